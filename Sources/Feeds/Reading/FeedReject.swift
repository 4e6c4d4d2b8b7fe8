import Foundation

/// A record that was read but cannot be used: where it starts, its id when it has one, and a
/// sentence saying what is wrong (`"price '12,3x' is not a number"`).
///
/// ```swift
/// if case let .rejected(reject) = event { try rejects.write(contentsOf: Data((reject.jsonLine + "\n").utf8)) }
/// ```
public struct FeedReject: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The feed's path.
    public let file: String
    /// 1-based line where the record starts.
    public let line: Int
    /// 1-based column where the record starts, 0 when unknown.
    public let column: Int
    /// The supplier's id for the record, nil when it has none (which may be the reason).
    public let recordID: String?
    /// What is wrong, in a sentence a catalog team can act on.
    public let reason: String

    public init(file: String, line: Int, column: Int, recordID: String?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.recordID = recordID
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case file, line, column, reason
        case recordID = "record_id"
    }

    /// One JSON object on one line (JSON Lines): `{"column":7,"file":"…","line":12,"reason":"…","record_id":"A-1"}`.
    public var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `file:line:column: [id] reason`.
    public var description: String {
        let place = column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
        return recordID.map { "\(place): record '\($0)': \(reason)" } ?? "\(place): \(reason)"
    }
}
