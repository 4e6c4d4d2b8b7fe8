/// Product titles and descriptions translated by the catalog team, keyed by product id and field
/// (`TS-1.title`, `TS-1.description`), in XLIFF, PO or JSON files, one locale per file.
///
/// Unlike Meridian's own messages there is no source catalog to fall back to: a product without a
/// translation in the buyer's language keeps the feed's own text, and the listing says so.
public struct ProductTextCatalog: Sendable {
    /// The product fields that can be translated.
    public enum Field: String, Sendable, CaseIterable {
        case title
        case description
    }

    public let catalogs: CatalogSet

    public init(catalogs: CatalogSet) {
        self.catalogs = catalogs
    }

    /// No translations at all.
    public static let empty = ProductTextCatalog(catalogs: CatalogSet(catalogs: []))

    /// Loads every catalog in a directory (see ``CatalogSet/load(directory:)``).
    /// - Throws: ``CatalogError`` for the first bad file.
    public static func load(directory: String) throws(CatalogError) -> ProductTextCatalog {
        ProductTextCatalog(catalogs: try CatalogSet.load(directory: directory))
    }

    /// The catalog key of a product field.
    public static func key(productID: String, field: Field) -> String { "\(productID).\(field.rawValue)" }

    /// The translation for a locale, looked up along its CLDR fallback chain only (never in an
    /// unrelated language); nil when no catalog on the chain has it.
    public func text(productID: String, field: Field, locale: String) -> CatalogSet.Lookup? {
        guard !catalogs.catalogs.isEmpty else { return nil }
        return text(productID: productID, field: field, chain: catalogs.fallbackChain(for: locale, includingSource: false))
    }

    /// The translation along a chain the caller got from ``CatalogSet/fallbackChain(for:includingSource:)``
    /// of these catalogs (without the source locale), for many products in one locale.
    public func text(productID: String, field: Field, chain: [String]) -> CatalogSet.Lookup? {
        guard !catalogs.catalogs.isEmpty else { return nil }
        let key = Self.key(productID: productID, field: field)
        for (position, candidate) in chain.enumerated() {
            if let text = catalogs.catalogs[candidate]?.messages[key], !text.isEmpty {
                return CatalogSet.Lookup(text: text, locale: candidate, isFallback: position > 0)
            }
        }
        return nil
    }
}
