/// An HS code prefix (2 to 10 digits) as one integer, so tables keyed by prefix hash an integer
/// instead of a string: the digits' number times 16 plus their count (`0101` and `101` differ).
enum HSPrefixKey {
    /// The key of up to ten ASCII digits; nil for anything else.
    static func key(_ digits: some Collection<UInt8>) -> UInt64? {
        guard digits.count <= 10 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
        }
        return value << 4 | UInt64(digits.count)
    }

    /// The first of `match`'s answers for the keys of a code's prefixes of the given lengths
    /// (longest first, as given), found in one pass over its digits and without allocating; nil
    /// when none answers or the code is not all digits.
    static func firstMatch<T>(of code: String, lengths: [Int], _ match: (UInt64) -> T?) -> T? {
        let digits = code.utf8.prefix(10)
        guard let key = key(digits) else { return nil }
        let number = key >> 4
        let count = digits.count
        for length in lengths where length <= count {
            var prefix = number
            for _ in length..<count { prefix /= 10 }
            if let found = match(prefix << 4 | UInt64(length)) { return found }
        }
        return nil
    }
}
