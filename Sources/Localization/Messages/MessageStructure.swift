import ICUBridge

/// The arguments of a MessageFormat pattern as ICU parses them, for checking translations.
public struct MessageStructure: Sendable, Equatable {
    /// One argument: `{count, plural, one{…} other{…}}` is ("count", "plural", ["one", "other"]).
    public struct Argument: Sendable, Equatable, Hashable {
        public let name: String
        /// none, number, date, time, choice, plural, selectordinal or select.
        public let kind: String
        public let selectors: [String]
    }

    public let arguments: [Argument]

    /// Parses a pattern. - Throws: ``LocalizationError/invalidMessage(_:line:offset:status:)``.
    public init(pattern: String) throws(LocalizationError) {
        var capacity: Int32 = 1024
        var offset: Int32 = -1
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            var length: Int32 = 0
            let status = meridian_icu_message_arguments(pattern, &buffer, capacity, &length, &offset)
            if status == ICUStatus.bufferOverflow {
                capacity = length + 1
                continue
            }
            guard status <= 0 else { throw .invalidMessage(pattern, line: 0, offset: Int(offset), status: ICUStatus.name(status)) }
            arguments = buffer.cString.split(separator: "\n").map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return Argument(name: fields[0], kind: fields.count > 1 ? fields[1] : "none",
                                selectors: fields.count > 2 ? fields[2].split(separator: " ").map(String.init) : [])
            }
            return
        }
        throw .icu(operation: "parse the message '\(pattern)'", status: ICUStatus.name(ICUStatus.bufferOverflow))
    }

    /// The names of every argument, nested ones included.
    public var names: Set<String> { Set(arguments.map(\.name)) }
}
