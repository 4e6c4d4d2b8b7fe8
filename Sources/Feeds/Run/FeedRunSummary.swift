/// What a run did, as `summary.json` (no timings, so the same run writes the same bytes).
public struct FeedRunSummary: Sendable, Codable, Equatable {
    /// One input feed.
    public struct Input: Sendable, Codable, Equatable {
        public let file: String
        public let dialect: String?
        public var products: Int
        public var rejected: Int
        /// Why the read stopped early (`file:line:column: reason`), nil when it read to the end.
        public var error: String?
    }

    /// One market's output.
    public struct Market: Sendable, Codable, Equatable {
        public let market: String
        public let locale: String
        public let currency: String
        /// Products written, per format.
        public var written: [String: Int]
        /// Products this market could not list or Google would refuse.
        public var rejected: Int
        /// Listings written with warnings (a text shown in another language, a duty assumed 0…).
        public var warnings: Int
        /// The files written, relative to the output folder (`DE/products.xml`).
        public let files: [String]
    }

    public var inputs: [Input]
    public var markets: [Market]
    public let date: String
    public let rulesVersion: String
    public let formats: [String]
    /// `0` clean, `1` finished with rejects, `2` an input could not be read to its end.
    public var exitStatus: Int32

    enum CodingKeys: String, CodingKey {
        case inputs, markets, date, formats
        case rulesVersion = "rules_version"
        case exitStatus = "exit_status"
    }
}
