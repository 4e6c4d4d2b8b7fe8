/// An XML document that cannot be read, with the line where the problem is.
public struct XMLReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line, 0 when unknown.
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
