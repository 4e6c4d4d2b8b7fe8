extension CompactJSONEncoder {
    /// The `Encoder` handed to a value's `encode(to:)`: its containers write into the sink.
    struct StreamingEncoder: Encoder {
        let sink: Sink
        let frame: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let kind = sink.state.pointee.frames[frame].kind
            if kind == .none { sink.state.pointee.frames[frame].kind = .keyed } else if kind != .keyed { _ = sink.fallback() }
            return KeyedEncodingContainer(KeyedContainer<Key>(sink: sink))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let kind = sink.state.pointee.frames[frame].kind
            if kind == .none {
                sink.state.pointee.frames[frame].kind = .unkeyed
                sink.state.pointee.bytes.append(UInt8(ascii: "["))
            } else if kind != .unkeyed {
                _ = sink.fallback()
            }
            return UnkeyedContainer(sink: sink, frame: frame)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            if sink.state.pointee.frames[frame].kind == .none { sink.state.pointee.frames[frame].kind = .single } else { _ = sink.fallback() }
            return SingleValueContainer(sink: sink)
        }
    }

    /// An object's members, each written as `"key":value` and put in key order when the object closes.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {
            let name = key.stringValue
            let start = sink.beginMember(name)
            sink.writeRaw("null")
            sink.endMember(name, start: start)
        }

        mutating func encode(_ value: String, forKey key: Key) throws {
            let name = key.stringValue
            let start = sink.beginMember(name)
            sink.writeString(value)
            sink.endMember(name, start: start)
        }

        mutating func encode(_ value: Bool, forKey key: Key) throws {
            let name = key.stringValue
            let start = sink.beginMember(name)
            sink.writeRaw(value ? "true" : "false")
            sink.endMember(name, start: start)
        }

        mutating func encode(_ value: Int, forKey key: Key) throws {
            let name = key.stringValue
            let start = sink.beginMember(name)
            sink.writeRaw(String(value))
            sink.endMember(name, start: start)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let name = key.stringValue
            let start = sink.beginMember(name)
            try sink.encodeValue(value)
            sink.endMember(name, start: start)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink.fallback()))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            UnkeyedContainer(sink: sink.fallback(), frame: 0)
        }

        mutating func superEncoder() -> any Encoder {
            StreamingEncoder(sink: sink.fallback(), frame: 0)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            superEncoder()
        }
    }

    /// An array's elements, written in order with commas between them.
    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let sink: Sink
        let frame: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int { sink.state.pointee.frames[frame].count }

        private func separate() {
            if sink.state.pointee.frames[frame].count > 0 { sink.state.pointee.bytes.append(UInt8(ascii: ",")) }
            sink.state.pointee.frames[frame].count += 1
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
            try sink.encodeValue(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink.fallback()))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(sink: sink.fallback(), frame: 0)
        }

        mutating func superEncoder() -> any Encoder {
            StreamingEncoder(sink: sink.fallback(), frame: 0)
        }
    }

    /// One value written in place.
    struct SingleValueContainer: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { sink.writeRaw("null") }
        mutating func encode(_ value: String) throws { sink.writeString(value) }
        mutating func encode(_ value: Bool) throws { sink.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: Int) throws { sink.writeRaw(String(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try sink.encodeValue(value)
        }
    }
}
