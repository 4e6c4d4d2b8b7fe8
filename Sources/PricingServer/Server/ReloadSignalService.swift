import ServiceLifecycle
import UnixSignals

/// Reloads the snapshot on every SIGHUP until the server shuts down.
struct ReloadSignalService: Service {
    let reloader: SnapshotReloader

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            _ = await reloader.reload(trigger: .signal)
        }
    }
}
