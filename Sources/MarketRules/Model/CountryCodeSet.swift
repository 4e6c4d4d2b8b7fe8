/// A set of ISO 3166-1 alpha-2 codes as a bitmap of the 676 two-letter combinations, so the
/// engine tests membership with a shift and a mask instead of hashing strings.
public struct CountryCodeSet: Sendable, Hashable {
    private var words: InlineArray<11, UInt64>

    /// The empty set.
    public init() {
        words = InlineArray(repeating: 0)
    }

    /// The codes of `codes` that are two capital letters (others cannot be ISO codes and are left out).
    public init<S: Sequence>(_ codes: S) where S.Element == String {
        self.init()
        for code in codes {
            if let index = Self.index(of: code) { insert(index) }
        }
    }

    /// The position of a code among the 676 (`AA` = 0, `ZZ` = 675), nil when it is not two capital letters.
    public static func index(of code: String) -> Int? {
        var utf8 = code.utf8.makeIterator()
        guard let first = utf8.next(), let second = utf8.next(), utf8.next() == nil,
              first >= 65, first <= 90, second >= 65, second <= 90 else { return nil }
        return Int(first - 65) * 26 + Int(second - 65)
    }

    public mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// True when the code at `index` (see ``index(of:)``) is in the set; false for a negative index.
    public func contains(_ index: Int) -> Bool {
        guard index >= 0 else { return false }
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// True when no code is in the set.
    public var isEmpty: Bool {
        for position in 0..<11 where words[position] != 0 { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        for position in 0..<11 { hasher.combine(words[position]) }
    }

    public static func == (lhs: CountryCodeSet, rhs: CountryCodeSet) -> Bool {
        for position in 0..<11 where lhs.words[position] != rhs.words[position] { return false }
        return true
    }
}

/// A set of transport modes as bits; the empty mask stands for "any mode".
public struct TransportModeMask: Sendable, Hashable {
    public let bits: UInt8

    /// The modes of a rule, nil (no restriction) as the empty mask.
    public init(_ modes: Set<TransportMode>?) {
        var bits: UInt8 = 0
        for mode in modes ?? [] { bits |= Self.bit(mode) }
        self.bits = bits
    }

    static func bit(_ mode: TransportMode) -> UInt8 {
        switch mode {
        case .courier: return 1
        case .post: return 2
        case .freight: return 4
        }
    }

    /// True when the rule applies to `mode` (always, when it names no modes).
    public func allows(_ mode: TransportMode) -> Bool { bits == 0 || bits & Self.bit(mode) != 0 }
}
