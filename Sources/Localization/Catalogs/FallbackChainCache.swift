import Synchronization

/// Fallback chains already worked out, per tag, so a lookup does not ask ICU again for every key.
///
/// A chain is a pure function of the tag and of which catalogs exist, and a ``CatalogSet`` never
/// changes its catalogs, so a set can keep its chains for its whole life. At most ``limit`` tags are
/// kept; past that, chains are worked out on each call as before.
final class FallbackChainCache: Sendable {
    private struct Key: Hashable {
        let tag: String
        let includingSource: Bool
    }

    static let limit = 512
    private let chains = Mutex<[Key: [String]]>([:])

    init() {}

    /// The chain for `tag`, working it out with `make` the first time.
    func chain(for tag: String, includingSource: Bool, make: () -> [String]) -> [String] {
        let key = Key(tag: tag, includingSource: includingSource)
        if let known = chains.withLock({ $0[key] }) { return known }
        let chain = make()
        chains.withLock { chains in
            if chains.count < Self.limit { chains[key] = chain }
        }
        return chain
    }
}
