import Synchronization

/// Holds the snapshot in force and swaps in a new one atomically.
///
/// Reading is one short lock and a reference copy; a request keeps the snapshot it read for its whole
/// life, so a swap never changes the rules under a request in flight.
public final class SnapshotStore: Sendable {
    private let state: Mutex<PricingSnapshot?>

    /// Creates a store, empty (not ready) or with a first snapshot.
    public init(_ snapshot: PricingSnapshot? = nil) {
        state = Mutex(snapshot)
    }

    /// The snapshot in force, nil until the first one is loaded.
    public var current: PricingSnapshot? {
        state.withLock { $0 }
    }

    /// Puts `snapshot` in force and returns the one it replaces.
    @discardableResult
    public func replace(with snapshot: PricingSnapshot) -> PricingSnapshot? {
        state.withLock { current in
            let previous = current
            current = snapshot
            return previous
        }
    }
}
