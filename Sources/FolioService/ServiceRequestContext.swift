import Hummingbird
import Logging

/// Per-request context: Hummingbird's core storage plus the peer address for the access log.
public struct ServiceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// `ip:port` of the client, when the channel knows it.
    let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress.map { address in
            address.ipAddress.map { "\($0):\(address.port ?? 0)" } ?? "\(address)"
        }
    }
}
