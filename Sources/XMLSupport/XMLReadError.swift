/// An XML document that cannot be read, with the line (and column, where libxml2 knows it) of the problem.
public struct XMLReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem stopped the read, for callers that react differently to each.
    public enum Kind: String, Sendable {
        /// The file cannot be opened.
        case cannotOpen
        /// The document stops being well-formed XML (or uses an encoding libxml2 cannot decode).
        case malformed
        /// One text node is longer than ``XMLReaderOptions/maximumTextBytes``.
        case textTooLarge
        /// Entity references expand to more text than ``XMLReaderOptions/maximumEntityExpansionBytes``,
        /// or libxml2 refused the entities (a "billion laughs" document).
        case entityExpansion
    }

    /// The document's path.
    public let file: String
    /// 1-based line, 0 when unknown.
    public let line: Int
    /// 1-based column, 0 when unknown.
    public let column: Int
    /// What is wrong.
    public let reason: String
    /// The kind of problem.
    public let kind: Kind

    public init(file: String, line: Int, reason: String) {
        self.init(file: file, line: line, column: 0, reason: reason, kind: .malformed)
    }

    public init(file: String, line: Int, column: Int, reason: String, kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.kind = kind
    }

    /// `file:line:column: reason`, leaving out what is unknown.
    public var description: String {
        if line > 0 && column > 0 { return "\(file):\(line):\(column): \(reason)" }
        return line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
