/// A set of positions (items of a quote, candidates of a payment selection): the first 64 as bits held inline, more in words that are
/// only allocated for consignments that have them. Iterates in ascending order.
struct ItemSet: Sendable, Sequence, Equatable {
    private var first: UInt64 = 0
    private var more: [UInt64] = []

    init() {}

    /// Positions `0..<count`.
    static func all(_ count: Int) -> ItemSet {
        var set = ItemSet()
        if count >= 64 {
            set.first = .max
            var remaining = count - 64
            while remaining > 0 {
                set.more.append(remaining >= 64 ? .max : (1 << UInt64(remaining)) - 1)
                remaining -= 64
            }
        } else if count > 0 {
            set.first = (1 << UInt64(count)) - 1
        }
        return set
    }

    /// One position.
    static func single(_ position: Int) -> ItemSet {
        var set = ItemSet()
        set.insert(position)
        return set
    }

    mutating func insert(_ position: Int) {
        if position < 64 {
            first |= 1 << UInt64(position)
        } else {
            let word = position / 64 - 1
            while more.count <= word { more.append(0) }
            more[word] |= 1 << UInt64(position % 64)
        }
    }

    func contains(_ position: Int) -> Bool {
        if position < 64 { return first & (1 << UInt64(position)) != 0 }
        let word = position / 64 - 1
        return word < more.count && more[word] & (1 << UInt64(position % 64)) != 0
    }

    var isEmpty: Bool { first == 0 && more.allSatisfy { $0 == 0 } }

    var count: Int { first.nonzeroBitCount + more.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The lowest position, nil when empty.
    var firstPosition: Int? {
        var iterator = makeIterator()
        return iterator.next()
    }

    struct Iterator: IteratorProtocol {
        let set: ItemSet
        var word: UInt64
        var wordIndex = 0

        init(_ set: ItemSet) {
            self.set = set
            self.word = set.first
        }

        mutating func next() -> Int? {
            while word == 0 {
                guard wordIndex < set.more.count else { return nil }
                word = set.more[wordIndex]
                wordIndex += 1
            }
            let bit = word.trailingZeroBitCount
            word &= word - 1
            return wordIndex * 64 + bit
        }
    }

    func makeIterator() -> Iterator { Iterator(self) }
}
