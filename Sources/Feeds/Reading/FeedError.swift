import XMLSupport

/// Why a feed cannot be read any further. Records delivered before the error stay valid.
public enum FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be opened, or the encoding override is unknown.
    case cannotOpen(file: String, reason: String)
    /// The document stops being well-formed XML at file:line:column.
    case malformedDocument(file: String, line: Int, column: Int, reason: String)
    /// A text node is longer than the configured limit.
    case textTooLarge(file: String, line: Int, reason: String)
    /// Entity references expand without bound ("billion laughs") or past the configured budget.
    case entityExpansion(file: String, line: Int, reason: String)
    /// The root element names no dialect Meridian reads; name one explicitly or use a mapping.
    case unknownDialect(file: String, root: String, namespace: String?)
    /// The dialect is `mapped` but no mapping was given, or the mapping cannot be used.
    case invalidMapping(file: String, line: Int, reason: String)

    init(_ error: XMLReadError) {
        switch error.kind {
        case .cannotOpen: self = .cannotOpen(file: error.file, reason: error.reason)
        case .malformed: self = .malformedDocument(file: error.file, line: error.line, column: error.column, reason: error.reason)
        case .textTooLarge: self = .textTooLarge(file: error.file, line: error.line, reason: error.reason)
        case .entityExpansion: self = .entityExpansion(file: error.file, line: error.line, reason: error.reason)
        }
    }

    public var description: String {
        switch self {
        case let .cannotOpen(file, reason):
            return "\(file): \(reason)"
        case let .malformedDocument(file, line, column, reason):
            return column > 0 ? "\(file):\(line):\(column): \(reason)" : "\(file):\(line): \(reason)"
        case let .textTooLarge(file, line, reason), let .entityExpansion(file, line, reason):
            return "\(file):\(line): \(reason)"
        case let .unknownDialect(file, root, namespace):
            let space = namespace.map { " in namespace \($0)" } ?? ""
            return "\(file): the root element <\(root)>\(space) is not BMEcat, Google Merchant or ONIX; name the dialect or give a mapping file"
        case let .invalidMapping(file, line, reason):
            return line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
        }
    }
}
