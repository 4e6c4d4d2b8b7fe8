import Foundation

/// A record left out of a run, as one line of `rejects.jsonl`: where the record is, its id, why,
/// and — when only one market or format refused it — which.
public struct FeedRunReject: Sendable, Codable, Equatable {
    /// What refused the record.
    public enum Stage: String, Sendable, Codable {
        /// The reader: the record itself is broken (no id, bad price, bad GTIN).
        case read
        /// Pricing or localization for a market (no price valid on the date, no rate for a currency).
        case listing
        /// Google Merchant Center's rules for that market's XML feed.
        case googleXML = "google-xml"
    }

    public let file: String
    public let line: Int
    public let column: Int
    public let recordID: String?
    public let reason: String
    public let stage: Stage
    public let market: String?

    enum CodingKeys: String, CodingKey {
        case file, line, column, reason, stage, market
        case recordID = "record_id"
    }

    public init(file: String, line: Int, column: Int, recordID: String?, reason: String, stage: Stage, market: String?) {
        self.file = file
        self.line = line
        self.column = column
        self.recordID = recordID
        self.reason = reason
        self.stage = stage
        self.market = market
    }

    /// A reader's reject.
    public init(_ reject: FeedReject) {
        self.init(file: reject.file, line: reject.line, column: reject.column, recordID: reject.recordID, reason: reject.reason,
                  stage: .read, market: nil)
    }
}
