/// Something wrong with a translation, with where it is.
public struct CatalogProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let file: String
    public let line: Int
    public let key: String
    public let severity: Severity
    public let message: String

    public var description: String { "\(file):\(line): \(severity.rawValue): \(key): \(message)" }
}
