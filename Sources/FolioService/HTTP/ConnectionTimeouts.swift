import NIOCore
import NIOHTTPTypes

/// Per-connection deadlines, so a client that sends slowly cannot keep a connection (and its
/// file descriptor) forever: the first request's head must arrive within `header` of the
/// connection opening, each request's body within `body` of its head, and a kept-alive
/// connection's next head within `idle` of the last response. Past a deadline the connection
/// is closed. No deadline runs while a response is being prepared (a render has its own).
///
/// Also reports each connection's busy and idle spells to the `ConnectionRoster`, which closes
/// the oldest idle connections when there are too many. One handler per connection, on its
/// event loop, placed after HTTP decoding.
final class ConnectionTimeouts: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    struct Limits: Sendable {
        var header: TimeAmount
        var body: TimeAmount
        var idle: TimeAmount
    }

    private let limits: Limits
    private let roster: ConnectionRoster
    private var deadline: Scheduled<Void>?
    private var registered = false

    init(limits: Limits, roster: ConnectionRoster) {
        self.limits = limits
        self.roster = roster
    }

    func handlerAdded(context: ChannelHandlerContext) {
        registered = true
        roster.admit(context.channel)
        schedule(limits.header, context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        if registered { roster.remove(context.channel) }
        registered = false
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        if registered { roster.remove(context.channel) }
        registered = false
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            roster.busy(context.channel)
            schedule(limits.body, context: context)
        case .body:
            break
        case .end:
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), registered {
            roster.idle(context.channel)
            schedule(limits.idle, context: context)
        }
        context.write(data, promise: promise)
    }

    /// Replaces the running deadline: close the connection `delay` from now.
    private func schedule(_ delay: TimeAmount, context: ChannelHandlerContext) {
        deadline?.cancel()
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: delay) { channel.close(promise: nil) }
    }
}
