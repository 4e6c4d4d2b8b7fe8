import Logging
import NIOPosix

/// Loads new snapshots and puts them in force, one reload at a time.
///
/// The load runs on NIO's blocking-I/O thread pool, not on the threads that answer requests. The
/// new snapshot is validated whole before the swap; a snapshot that fails is refused and the old one
/// stays in force. Requests keep the snapshot they pinned, so none sees a mix.
public actor SnapshotReloader {
    private let sources: SnapshotSources
    private let store: SnapshotStore
    private let metrics: ServerMetrics
    private let logger: Logger
    private var last: Task<Result<ReloadOutcome, SnapshotError>, Never>?

    /// Creates a reloader that loads from `sources` into `store`.
    public init(sources: SnapshotSources, store: SnapshotStore, metrics: ServerMetrics, logger: Logger) {
        self.sources = sources
        self.store = store
        self.metrics = metrics
        self.logger = logger
    }

    /// Loads, validates and swaps in a new snapshot, after any reload already running.
    /// - Returns: what changed, or every problem that made the new snapshot unusable.
    public func reload(trigger: ReloadTrigger) async -> Result<ReloadOutcome, SnapshotError> {
        let previous = last
        let task = Task { [sources, store, metrics, logger] () async -> Result<ReloadOutcome, SnapshotError> in
            _ = await previous?.value
            let result: Result<PricingSnapshot, SnapshotError>
            do {
                result = .success(try await NIOThreadPool.singleton.runIfActive { try SnapshotLoader.load(sources) })
            } catch let error as SnapshotError {
                result = .failure(error)
            } catch {
                result = .failure(SnapshotError(problems: ["the load could not run: \(error)"]))
            }
            metrics.reload(trigger: trigger.rawValue, succeeded: (try? result.get()) != nil)
            switch result {
            case let .success(snapshot):
                let replaced = store.replace(with: snapshot)
                metrics.rulesVersion(snapshot.version)
                logger.info("rules loaded", metadata: [
                    "trigger": .string(trigger.rawValue), "rules_version": .string(snapshot.version),
                    "previous_rules_version": .string(replaced?.version ?? "none"),
                    "markets": .stringConvertible(snapshot.rules.markets.count),
                ])
                return .success(ReloadOutcome(rulesVersion: snapshot.version, previousRulesVersion: replaced?.version,
                                              markets: snapshot.rules.markets.count))
            case let .failure(error):
                logger.error("reload refused; the rules in force are unchanged", metadata: [
                    "trigger": .string(trigger.rawValue), "problems": .array(error.problems.map { .string($0) }),
                ])
                return .failure(error)
            }
        }
        last = task
        return await task.value
    }
}
