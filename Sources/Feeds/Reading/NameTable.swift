import XMLSupport

/// Maps interned element names to a dialect's tags with open addressing on the name's address:
/// one multiply and a compare or two per element, instead of a hashed Dictionary lookup.
struct NameTable<Tag> {
    private var keys: [UnsafeRawPointer?]
    private var values: [Tag?]
    private var count = 0
    private var mask: Int

    init() {
        mask = 63
        keys = Array(repeating: nil, count: 64)
        values = Array(repeating: nil, count: 64)
    }

    /// The tag stored for `name`: `.some(nil)` for a name known to be none of the dialect's, nil when never seen.
    func lookup(_ name: XMLName) -> Tag?? {
        var slot = Self.slot(name.pointer, mask)
        while let key = keys[slot] {
            if key == name.pointer { return .some(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ name: XMLName, _ tag: Tag?) {
        if (count + 1) * 2 > mask + 1 { grow() }
        var slot = Self.slot(name.pointer, mask)
        while keys[slot] != nil { slot = (slot + 1) & mask }
        keys[slot] = name.pointer
        values[slot] = tag
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        mask = mask * 2 + 1
        keys = Array(repeating: nil, count: mask + 1)
        values = Array(repeating: nil, count: mask + 1)
        count = 0
        for (index, key) in oldKeys.enumerated() {
            if let key { insert(XMLName(key), oldValues[index]) }
        }
    }

    private static func slot(_ pointer: UnsafeRawPointer, _ mask: Int) -> Int {
        let bits = UInt(bitPattern: pointer) >> 3
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
