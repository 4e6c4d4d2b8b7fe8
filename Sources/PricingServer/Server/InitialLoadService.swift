import ServiceLifecycle

/// Loads the first snapshot once the server is listening, for a server started without one.
/// A load that fails is logged and leaves `/readyz` at 503 until a reload succeeds.
struct InitialLoadService: Service {
    let reloader: SnapshotReloader

    func run() async throws {
        _ = await reloader.reload(trigger: .startup)
    }
}
