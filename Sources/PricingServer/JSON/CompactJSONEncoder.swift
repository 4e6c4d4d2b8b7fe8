import Foundation

/// Encodes `Encodable` values to compact JSON with sorted keys, writing bytes as it goes.
///
/// The output is what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes, without its
/// intermediate tree of dictionaries: on a quote that tree was a third of the server's time. Keys are
/// sorted by their UTF-8 bytes. Values this encoder does not write itself (nested containers,
/// `superEncoder`, binary floating point, `Date`, `Data`, `URL`) make it hand the whole value to
/// `JSONEncoder` instead, so the output is always correct.
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
        try sink.encodeValue(value, codingPath: [])
        if sink.needsFallback { return Array(try foundation.encode(value)) }
        return sink.bytes
    }

    /// The output buffer and the encoding state shared by every container of one `encode` call.
    final class Sink {
        var bytes: [UInt8] = []
        /// Set when a value needs `JSONEncoder`; the bytes are then thrown away.
        var needsFallback = false

        init() {
            bytes.reserveCapacity(8192)
        }

        /// Writes one value: a primitive directly, anything else through its `encode(to:)`.
        func encodeValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
            switch value {
            case let text as String: writeString(text)
            case let flag as Bool: writeRaw(flag ? "true" : "false")
            case let number as Int: writeRaw(String(number))
            case let number as Int64: writeRaw(String(number))
            case let number as Decimal: writeRaw(number.description)
            case is Double, is Float, is Date, is Data, is URL:
                needsFallback = true
                writeRaw("null")
            default:
                let frame = Frame(start: bytes.count)
                try value.encode(to: StreamingEncoder(sink: self, frame: frame, codingPath: codingPath))
                finish(frame)
            }
        }

        /// Closes the value a frame holds: sorts and braces an object, brackets an array.
        func finish(_ frame: Frame) {
            switch frame.kind {
            case .none: writeRaw("{}")
            case .single: break
            case .unkeyed: bytes.append(UInt8(ascii: "]"))
            case .keyed: finishObject(frame)
            }
        }

        private func finishObject(_ frame: Frame) {
            let members = frame.members
            var order = Array(members.indices)
            if zip(members, members.dropFirst()).contains(where: { !Self.precedes($0.key, $1.key) }) {
                order.sort { Self.precedes(members[$0].key, members[$1].key) }
            }
            var object: [UInt8] = [UInt8(ascii: "{")]
            object.reserveCapacity(bytes.count - frame.start + members.count + 2)
            for (position, index) in order.enumerated() {
                if position > 0 { object.append(UInt8(ascii: ",")) }
                object.append(contentsOf: bytes[members[index].start..<members[index].end])
            }
            object.append(UInt8(ascii: "}"))
            bytes.replaceSubrange(frame.start..., with: object)
        }

        /// Byte-wise order of UTF-8 keys.
        static func precedes(_ a: String, _ b: String) -> Bool {
            a.utf8.lexicographicallyPrecedes(b.utf8)
        }

        func writeRaw(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
        func writeString(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var runStart = 0
                for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                    runStart = index + 1
                    switch byte {
                    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                                  hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                    }
                }
                if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// What one value turned out to be, and for an object where each member's bytes are.
    final class Frame {
        enum Kind { case none, keyed, unkeyed, single }

        let start: Int
        var kind = Kind.none
        var members: [(key: String, start: Int, end: Int)] = []
        var count = 0

        init(start: Int) {
            self.start = start
        }
    }
}
