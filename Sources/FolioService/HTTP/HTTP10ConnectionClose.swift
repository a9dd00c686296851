import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// HTTP/1.0 closes the connection after each response unless the client asked to keep it alive
/// (RFC 9112 §9.3). Hummingbird converts requests to version-less HTTP types before it decides,
/// and closes only on an explicit `Connection: close`, so an HTTP/1.0 client without keep-alive
/// was left holding an open connection (and the server a file descriptor) after its response.
///
/// This handler sits between NIO's request decoder, which still knows the version, and the
/// conversion: a request that is not keep-alive by its version's rules gets `Connection: close`.
final class HTTP10ConnectionClose: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data), !head.isKeepAlive else {
            context.fireChannelRead(data)
            return
        }
        head.headers.replaceOrAdd(name: "connection", value: "close")
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}

/// Hummingbird's HTTP/1 child channel with `HTTP10ConnectionClose` placed after the decoder.
struct ClosingHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let inner: HTTP1Channel

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(HTTP10ConnectionClose(), position: .after(decoder))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// `.http1(configuration:)`, closing HTTP/1.0 connections as that version requires.
    static func folioHTTP1(configuration: HTTP1Channel.Configuration = .init()) -> HTTPServerBuilder {
        .init { responder in ClosingHTTP1Channel(inner: HTTP1Channel(responder: responder, configuration: configuration)) }
    }
}
