import Foundation
import Hummingbird
import NIOCore

/// The typed per-request context of the pricing API.
///
/// Middleware fill it in on the way in: ``SnapshotMiddleware`` pins the snapshot the request is
/// answered from (so a reload mid-request never mixes two rule sets), ``RequestBodyMiddleware``
/// collects the JSON body within the size limit and the deadline.
public struct PricingRequestContext: RequestContext {
    /// Hummingbird's own per-request values (logger, route, parameters).
    public var coreContext: CoreRequestContextStorage
    /// The snapshot this request is answered from, pinned when the request arrives.
    public var snapshot: PricingSnapshot?
    /// The request body, collected and size-checked; nil for requests without one.
    public var body: ByteBuffer?
    /// The client's address, for the request log.
    public let remoteAddress: String?
    /// The request id: the `hb.request.id` of the log lines, `Meridian-Request-Id` and the problems' `instance`.
    public let requestID: String

    /// Creates the context for a request arriving on a channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
        requestID = source.logger[metadataKey: "hb.request.id"]?.description ?? RequestID().description
    }

    /// The pinned snapshot. - Throws: ``ProblemError`` 503 when no middleware pinned one (a routing bug).
    public func requireSnapshot() throws -> PricingSnapshot {
        guard let snapshot else { throw ProblemError.notReady }
        return snapshot
    }

    /// The collected body as `Data`, empty when there was none.
    public var bodyData: Data {
        guard let body else { return Data() }
        return Data(body.readableBytesView)
    }
}
