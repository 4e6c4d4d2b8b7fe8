/// The output formats of a feed run.
public enum FeedFormat: String, Sendable, CaseIterable, Codable {
    /// Google Merchant Center RSS 2.0 (`products.xml`), also read by Meta, TikTok and Pinterest.
    case googleXML = "google-xml"
    /// CSV with Google's column names and Meridian's (`products.csv`).
    case csv
    /// JSON Lines with the full listing, quote breakdown and payment methods (`products.jsonl`).
    case jsonl

    /// The file name inside the market's folder.
    public var fileName: String {
        switch self {
        case .googleXML: return "products.xml"
        case .csv: return "products.csv"
        case .jsonl: return "products.jsonl"
        }
    }
}
