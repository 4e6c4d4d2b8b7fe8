import Foundation

/// A bounded hand-over of batches from the reading thread to the pricing side: the reader
/// blocks when `capacity` batches wait, so memory stays flat however large the feed.
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Element] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds an element, waiting while the channel is full.
    func send(_ element: Element) {
        condition.lock()
        while queue.count >= capacity { condition.wait() }
        queue.append(element)
        condition.broadcast()
        condition.unlock()
    }

    /// No more elements will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, nil once the channel is closed and empty.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let element = queue.removeFirst()
        condition.broadcast()
        return element
    }
}
