/// A problem in a rule file, with where it is and why it is wrong.
public struct RuleFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line, 0 when unknown.
    public let line: Int
    /// 1-based column, 0 when unknown.
    public let column: Int
    public let reason: String

    public init(file: String, line: Int, column: Int = 0, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `tax-rules/fx/ecb-2026-10-02.yaml:12:5: rate for USD must be above zero`.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): \(reason)"
    }
}

/// Several rule-file problems reported together.
public struct RuleFileErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [RuleFileError]

    public init(_ errors: [RuleFileError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
