extension CompactJSONEncoder {
    /// The `Encoder` handed to a value's `encode(to:)`: its containers write into the sink.
    struct StreamingEncoder: Encoder {
        let sink: Sink
        let frame: Frame
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if frame.kind == .none { frame.kind = .keyed } else if frame.kind != .keyed { sink.needsFallback = true }
            return KeyedEncodingContainer(KeyedContainer<Key>(sink: sink, frame: frame, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if frame.kind == .none {
                frame.kind = .unkeyed
                sink.bytes.append(UInt8(ascii: "["))
            } else if frame.kind != .unkeyed {
                sink.needsFallback = true
            }
            return UnkeyedContainer(sink: sink, frame: frame, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            if frame.kind == .none { frame.kind = .single } else { sink.needsFallback = true }
            return SingleValueContainer(sink: sink, codingPath: codingPath)
        }
    }

    /// An object's members, each written as `"key":value` and placed in key order when the object closes.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        let frame: Frame
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws {
            member(key) { $0.writeRaw("null") }
        }

        mutating func encode(_ value: String, forKey key: Key) throws {
            member(key) { $0.writeString(value) }
        }

        mutating func encode(_ value: Bool, forKey key: Key) throws {
            member(key) { $0.writeRaw(value ? "true" : "false") }
        }

        mutating func encode(_ value: Int, forKey key: Key) throws {
            member(key) { $0.writeRaw(String(value)) }
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let start = sink.bytes.count
            sink.writeString(key.stringValue)
            sink.bytes.append(UInt8(ascii: ":"))
            try sink.encodeValue(value, codingPath: codingPath + [key])
            frame.members.append((key.stringValue, start, sink.bytes.count))
        }

        private func member(_ key: Key, _ write: (Sink) -> Void) {
            let start = sink.bytes.count
            sink.writeString(key.stringValue)
            sink.bytes.append(UInt8(ascii: ":"))
            write(sink)
            frame.members.append((key.stringValue, start, sink.bytes.count))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            sink.needsFallback = true
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: Sink(), frame: Frame(start: 0), codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            sink.needsFallback = true
            return UnkeyedContainer(sink: Sink(), frame: Frame(start: 0), codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            sink.needsFallback = true
            return StreamingEncoder(sink: Sink(), frame: Frame(start: 0), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            superEncoder()
        }
    }

    /// An array's elements, written in order with commas between them.
    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let sink: Sink
        let frame: Frame
        let codingPath: [any CodingKey]
        var count: Int { frame.count }

        private func separate() {
            if frame.count > 0 { sink.bytes.append(UInt8(ascii: ",")) }
            frame.count += 1
        }

        mutating func encodeNil() throws {
            separate()
            sink.writeRaw("null")
        }

        mutating func encode(_ value: String) throws {
            separate()
            sink.writeString(value)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            separate()
            try sink.encodeValue(value, codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            sink.needsFallback = true
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: Sink(), frame: Frame(start: 0), codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            sink.needsFallback = true
            return UnkeyedContainer(sink: Sink(), frame: Frame(start: 0), codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            sink.needsFallback = true
            return StreamingEncoder(sink: Sink(), frame: Frame(start: 0), codingPath: codingPath)
        }
    }

    /// One value written in place.
    struct SingleValueContainer: SingleValueEncodingContainer {
        let sink: Sink
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { sink.writeRaw("null") }
        mutating func encode(_ value: String) throws { sink.writeString(value) }
        mutating func encode(_ value: Bool) throws { sink.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: Int) throws { sink.writeRaw(String(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try sink.encodeValue(value, codingPath: codingPath)
        }
    }
}
