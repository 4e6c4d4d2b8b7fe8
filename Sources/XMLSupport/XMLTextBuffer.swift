/// A growable buffer of UTF-8 bytes that text is gathered into, reused element after element
/// (emptying it keeps its memory), so gathering text allocates only when a text is longer than
/// any before it.
///
/// Owns its memory and frees it in `deinit`; not thread safe.
public final class XMLTextBuffer {
    // Never accessed overlappingly: the buffer belongs to one reader on one thread.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The number of bytes gathered.
    @exclusivity(unchecked) public private(set) var count = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Forgets the bytes, keeping the memory.
    public func removeAll() {
        count = 0
    }

    /// Appends `length` bytes.
    public func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity {
            var grown = capacity * 2
            while grown < count + length { grown *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.update(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity = grown
        }
        (storage + count).update(from: bytes, count: length)
        count += length
    }

    /// The bytes as a String, without the XML whitespace (space, tab, CR, LF) around them.
    public func trimmedString() -> String {
        var start = 0
        var end = count
        while start < end, Self.isSpace(storage[start]) { start += 1 }
        while end > start, Self.isSpace(storage[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(start: storage + start, count: end - start), as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
