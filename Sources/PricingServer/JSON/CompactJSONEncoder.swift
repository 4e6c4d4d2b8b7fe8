import Foundation

/// Encodes `Encodable` values to compact JSON with sorted keys, writing bytes as it goes.
///
/// The output is what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes, without its
/// intermediate tree of dictionaries: on a quote that tree was a third of the server's time. Keys are
/// sorted by their UTF-8 bytes. Values this encoder does not write itself (nested containers,
/// `superEncoder`, binary floating point, `Date`, `Data`, `URL`) make it hand the whole value to
/// `JSONEncoder` instead, so the output is always correct. `codingPath` is always empty.
///
/// ```swift
/// let bytes = try CompactJSONEncoder.encode(document)   // {"amount":"12.34","currency":"EUR",…}
/// ```
enum CompactJSONEncoder {
    /// The fallback for values the streaming path does not handle.
    static let foundation: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The JSON bytes of `value`. - Throws: `EncodingError` from the value's own `encode(to:)`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = Sink()
        try sink.encodeValue(value)
        if sink.state.pointee.needsFallback { return Array(try foundation.encode(value)) }
        return sink.state.pointee.bytes
    }

    /// An object member: its key and where its `"key":value` bytes are.
    struct Member {
        let key: String
        let start: Int
        let end: Int
    }

    /// What one value turned out to be.
    enum Kind { case none, keyed, unkeyed, single }

    /// One value being written.
    struct Frame {
        let start: Int
        let memberBase: Int
        var kind = Kind.none
        var count = 0
    }

    /// The bytes and the stacks of one `encode` call.
    ///
    /// Kept behind a pointer rather than in the sink's stored properties: appending to a class's stored
    /// array costs a dynamic exclusivity check each time, and this is the inner loop of every response.
    struct State {
        var bytes: [UInt8] = []
        var frames: [Frame] = []
        var members: [Member] = []
        var scratch: [UInt8] = []
        /// Set when a value needs `JSONEncoder`; the bytes are then thrown away.
        var needsFallback = false
    }

    /// The shared writer every container of one `encode` call writes through.
    final class Sink {
        let state: UnsafeMutablePointer<State>

        init() {
            state = .allocate(capacity: 1)
            state.initialize(to: State())
            state.pointee.bytes.reserveCapacity(8192)
            state.pointee.frames.reserveCapacity(16)
            state.pointee.members.reserveCapacity(64)
        }

        deinit {
            state.deinitialize(count: 1)
            state.deallocate()
        }

        /// Writes one value: a primitive directly, anything else through its `encode(to:)`.
        func encodeValue<T: Encodable>(_ value: T) throws {
            if T.self == String.self {
                writeString(value as! String)
            } else if T.self == Bool.self {
                writeRaw((value as! Bool) ? "true" : "false")
            } else if T.self == Int.self {
                writeRaw(String(value as! Int))
            } else if T.self == Int64.self {
                writeRaw(String(value as! Int64))
            } else if T.self == Decimal.self {
                writeRaw((value as! Decimal).description)
            } else if T.self == Double.self || T.self == Float.self || T.self == Date.self || T.self == Data.self
                        || T.self == URL.self {
                state.pointee.needsFallback = true
                writeRaw("null")
            } else {
                let index = state.pointee.frames.count
                state.pointee.frames.append(Frame(start: state.pointee.bytes.count, memberBase: state.pointee.members.count))
                try value.encode(to: StreamingEncoder(sink: self, frame: index))
                finish(index)
            }
        }

        /// Closes the value of the top frame: sorts and braces an object, brackets an array.
        func finish(_ index: Int) {
            let frame = state.pointee.frames.removeLast()
            assert(state.pointee.frames.count == index)
            switch frame.kind {
            case .none: writeRaw("{}")
            case .single: break
            case .unkeyed: state.pointee.bytes.append(UInt8(ascii: "]"))
            case .keyed: finishObject(frame)
            }
        }

        private func finishObject(_ frame: Frame) {
            let s = state
            let base = frame.memberBase
            let end = s.pointee.members.count
            var sorted = true
            if end - base > 1 {
                for index in (base + 1)..<end where !Self.precedes(s.pointee.members[index - 1].key, s.pointee.members[index].key) {
                    sorted = false
                    break
                }
            }
            if !sorted {
                s.pointee.members[base..<end].sort { Self.precedes($0.key, $1.key) }
            }
            s.pointee.scratch.removeAll(keepingCapacity: true)
            s.pointee.scratch.append(UInt8(ascii: "{"))
            for index in base..<end {
                if index > base { s.pointee.scratch.append(UInt8(ascii: ",")) }
                let member = s.pointee.members[index]
                s.pointee.scratch.append(contentsOf: s.pointee.bytes[member.start..<member.end])
            }
            s.pointee.scratch.append(UInt8(ascii: "}"))
            s.pointee.members.removeSubrange(base..<end)
            s.pointee.bytes.removeSubrange(frame.start...)
            s.pointee.bytes.append(contentsOf: s.pointee.scratch)
        }

        /// Byte-wise order of UTF-8 keys.
        static func precedes(_ a: String, _ b: String) -> Bool {
            a.utf8.lexicographicallyPrecedes(b.utf8)
        }

        func writeRaw(_ text: String) {
            state.pointee.bytes.append(contentsOf: text.utf8)
        }

        /// Writes `"key":` and returns where the member starts.
        func beginMember(_ key: String) -> Int {
            let start = state.pointee.bytes.count
            writeString(key)
            state.pointee.bytes.append(UInt8(ascii: ":"))
            return start
        }

        func endMember(_ key: String, start: Int) {
            state.pointee.members.append(Member(key: key, start: start, end: state.pointee.bytes.count))
        }

        /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
        func writeString(_ text: String) {
            let s = state
            s.pointee.bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var runStart = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                    if runStart < index { s.pointee.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                    runStart = index + 1
                    switch byte {
                    case 0x22: s.pointee.bytes.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: s.pointee.bytes.append(contentsOf: [0x5C, 0x5C])
                    case 0x0A: s.pointee.bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                    case 0x0D: s.pointee.bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                    case 0x09: s.pointee.bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                    case 0x08: s.pointee.bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                    case 0x0C: s.pointee.bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                    default:
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        s.pointee.bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                                            hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                    }
                }
                if runStart < utf8.count { s.pointee.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
            }
            s.pointee.bytes.append(UInt8(ascii: "\""))
        }

        /// Marks the output unusable (a shape only `JSONEncoder` writes) and returns a sink to discard.
        func fallback() -> Sink {
            state.pointee.needsFallback = true
            let discard = Sink()
            discard.state.pointee.frames.append(Frame(start: 0, memberBase: 0))
            return discard
        }
    }
}
