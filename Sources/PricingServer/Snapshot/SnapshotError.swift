/// A snapshot that did not load or validate, with every problem found.
public struct SnapshotError: Error, Sendable, CustomStringConvertible {
    /// Each problem, with its file and line where known.
    public let problems: [String]

    /// Creates the error from its problems.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// `3 problems; first: tax-rules/markets/DE.yaml:12: …`.
    public var description: String {
        problems.count == 1 ? problems[0] : "\(problems.count) problems; first: \(problems.first ?? "")"
    }
}
