/// The supplier XML dialects Meridian reads.
///
/// ```swift
/// FeedDialect(rawValue: "google-merchant")                        // .googleMerchant
/// FeedDialect.detect(root: "BMECAT", namespace: nil)              // .bmecat
/// ```
public enum FeedDialect: String, Sendable, CaseIterable, CustomStringConvertible {
    /// BMEcat 1.01, 1.2 and 2005 (`<BMECAT>`, `ARTICLE` or `PRODUCT` records).
    case bmecat
    /// Google Merchant Center RSS 2.0 (`<rss>`, `item`) and Atom (`<feed>`, `entry`), legacy Google Base included.
    case googleMerchant = "google-merchant"
    /// ONIX for Books 2.1 and 3.0, reference and short tags (`<ONIXMessage>`/`<ONIXmessage>`, `Product`/`product`).
    case onix
    /// Any other shape, read through a ``FeedMapping`` file.
    case mapped

    public var description: String { rawValue }

    static let googleNamespace = "http://base.google.com/ns/1.0"
    static let atomNamespace = "http://www.w3.org/2005/Atom"

    /// The dialect a document's root element names, nil when it is none Meridian knows.
    ///
    /// BMEcat by its root `BMECAT` (any version, with or without namespace); Google Merchant by
    /// `rss` or an Atom `feed`; ONIX by `ONIXMessage`/`ONIXmessage`, a bare `Product`/`product`,
    /// or an `editeur.org` namespace.
    public static func detect(root: String, namespace: String?) -> FeedDialect? {
        switch root {
        case "BMECAT": return .bmecat
        case "rss": return .googleMerchant
        case "feed" where namespace == atomNamespace || namespace == nil: return .googleMerchant
        case "ONIXMessage", "ONIXmessage", "Product", "product": return .onix
        default:
            if let namespace, namespace.contains("editeur.org/onix") { return .onix }
            if let namespace, namespace.contains("bmecat.org") { return .bmecat }
            return nil
        }
    }
}
