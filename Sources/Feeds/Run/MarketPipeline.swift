import Foundation
import Products

/// Prices and writes batches in every market on a fixed number of worker threads.
///
/// Each market takes its batches in input order, one at a time (its files are written in that
/// order), but markets do not wait for each other: a market that finished batch k starts batch
/// k + 1 while a slower one is still on k, so no core idles at the end of every batch. At most
/// `maximumInFlight` batches are submitted and not yet taken back, which bounds memory.
final class MarketPipeline: @unchecked Sendable {
    typealias Outcome = Result<[FeedRunReject], any Error>

    /// One submitted batch and what each market made of it.
    private final class Batch {
        let products: [Product]
        let shared: [SharedItem]
        var outcomes: [Outcome?]
        var remaining: Int

        init(products: [Product], shared: [SharedItem], markets: Int) {
            self.products = products
            self.shared = shared
            outcomes = Array(repeating: nil, count: markets)
            remaining = markets
        }
    }

    private let markets: [MarketFeed]
    let maximumInFlight: Int
    private let condition = NSCondition()
    /// Batches submitted and not yet taken, oldest first.
    private var batches: [Batch] = []
    /// Per market, how many of `batches` (from the oldest) it has started.
    private var started: [Int]
    private var busy: [Bool]
    private var closed = false
    private var workers: [Thread] = []

    /// Starts `threads` workers for `markets`.
    init(markets: [MarketFeed], threads: Int, maximumInFlight: Int = 4) {
        self.markets = markets
        self.maximumInFlight = max(1, maximumInFlight)
        started = Array(repeating: 0, count: markets.count)
        busy = Array(repeating: false, count: markets.count)
        for _ in 0..<max(1, threads) {
            // The worker holds the pipeline until `close()` lets it finish.
            let worker = Thread { self.work() }
            worker.stackSize = 8 << 20
            workers.append(worker)
            worker.start()
        }
    }

    /// Hands a batch to every market, waiting while `maximumInFlight` batches are not taken back.
    func submit(_ products: [Product], shared: [SharedItem]) {
        condition.lock()
        while batches.count >= maximumInFlight { condition.wait() }
        batches.append(Batch(products: products, shared: shared, markets: markets.count))
        condition.broadcast()
        condition.unlock()
    }

    /// Batches submitted and not yet taken back.
    var inFlight: Int {
        condition.lock()
        defer { condition.unlock() }
        return batches.count
    }

    /// Waits until every market has finished the oldest batch not yet taken, and returns what
    /// each market made of it, in market order; nil when nothing is in flight.
    func takeOldest() -> [Outcome]? {
        condition.lock()
        defer { condition.unlock() }
        guard let oldest = batches.first else { return nil }
        while oldest.remaining > 0 { condition.wait() }
        batches.removeFirst()
        for market in started.indices { started[market] -= 1 }
        condition.broadcast()
        return oldest.outcomes.map { $0! }
    }

    /// Stops the workers once they are idle; batches not yet taken are dropped.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        condition.lock()
        while true {
            if let (market, batch) = nextTask() {
                busy[market] = true
                started[market] += 1
                condition.unlock()
                let outcome = Outcome { try markets[market].handle(batch.products, shared: batch.shared) }
                condition.lock()
                batch.outcomes[market] = outcome
                batch.remaining -= 1
                busy[market] = false
                condition.broadcast()
                continue
            }
            if closed { break }
            condition.wait()
        }
        condition.unlock()
    }

    /// The idle market whose next batch is the oldest, with that batch; called with the lock held.
    private func nextTask() -> (Int, Batch)? {
        guard !closed else { return nil }
        var choice: Int?
        for market in markets.indices where !busy[market] && started[market] < batches.count {
            if choice == nil || started[market] < started[choice!] { choice = market }
        }
        guard let market = choice else { return nil }
        return (market, batches[started[market]])
    }
}
