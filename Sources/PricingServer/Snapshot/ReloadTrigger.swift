/// What asked for a snapshot to be loaded (the `trigger` label of the reload metrics).
public enum ReloadTrigger: String, Sendable {
    /// The server starting without a snapshot.
    case startup
    /// `POST /v1/admin/reload`.
    case http
    /// SIGHUP.
    case signal
}
