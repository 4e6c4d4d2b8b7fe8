/// An API keys file that cannot be used, with where and why.
public struct APIKeyFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based line, 0 for the whole file.
    public let line: Int
    public let reason: String

    /// Creates the error.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `keys.txt:3: a key must be at least 16 characters long`.
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
