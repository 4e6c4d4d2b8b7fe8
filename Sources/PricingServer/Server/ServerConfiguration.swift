/// How a ``PricingServer`` listens, where it loads from, and its limits.
public struct ServerConfiguration: Sendable {
    /// The address to bind, `127.0.0.1` by default.
    public var host: String
    /// The port; 0 asks the system for a free one (``PricingServer`` reports the one bound).
    public var port: Int
    /// Where snapshots are loaded from, at start and on every reload.
    public var sources: SnapshotSources
    /// Browser origins allowed by CORS (`https://shop.example`); empty allows none.
    public var corsOrigins: [String]
    /// The largest request body accepted; larger ones answer 413.
    public var maxBodyBytes: Int
    /// The time allowed to receive a request body (408 after it); a connection idle for twice as long
    /// (at least 5 s) is closed.
    public var requestTimeout: Duration
    /// The bearer token `POST /v1/admin/reload` needs; nil disables reloading over HTTP.
    public var adminToken: String?
    /// True to reload on SIGHUP (the `meridian serve` default; tests leave the process's signals alone).
    public var reloadOnSIGHUP: Bool

    /// A configuration with the `meridian serve` defaults: 127.0.0.1:8080, 1 MiB bodies, 30 s timeout.
    public init(host: String = "127.0.0.1", port: Int = 8080, sources: SnapshotSources, corsOrigins: [String] = [],
                maxBodyBytes: Int = 1_048_576, requestTimeout: Duration = .seconds(30), adminToken: String? = nil,
                reloadOnSIGHUP: Bool = false) {
        self.host = host
        self.port = port
        self.sources = sources
        self.corsOrigins = corsOrigins
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
        self.adminToken = adminToken
        self.reloadOnSIGHUP = reloadOnSIGHUP
    }
}
