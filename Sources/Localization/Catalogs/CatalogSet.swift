import Foundation

/// The catalogs in `locales/`, looked up along a locale's fallback chain.
///
/// A message missing in `pt-BR` is looked for in `pt`, then in the source language `en`; the
/// answer says which catalog answered, so a fallback is reported rather than hidden.
public struct CatalogSet: Sendable {
    /// A message found for a locale.
    public struct Lookup: Sendable, Equatable {
        public let text: String
        /// The catalog that had it.
        public let locale: String
        /// True when it came from a catalog other than the requested locale's.
        public let isFallback: Bool
    }

    public let catalogs: [String: MessageCatalog]
    /// The language every key exists in.
    public let sourceLocale: String

    public init(catalogs: [MessageCatalog], sourceLocale: String = "en") {
        var byLocale: [String: MessageCatalog] = [:]
        for catalog in catalogs { byLocale[catalog.locale] = catalog }
        self.catalogs = byLocale
        self.sourceLocale = sourceLocale
    }

    /// Loads every `*.json` catalog in a directory. - Throws: ``CatalogError`` for the first bad file.
    public static func load(directory: String) throws(CatalogError) -> CatalogSet {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var catalogs: [MessageCatalog] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            catalogs.append(try JSONCatalogReader.read(path: (directory as NSString).appendingPathComponent(name)))
        }
        return CatalogSet(catalogs: catalogs)
    }

    /// The locales to try for a tag, most specific first: `pt-BR` → `pt-BR`, `pt`, `en`.
    public func fallbackChain(for tag: String) -> [String] {
        var chain: [String] = []
        var subtags = tag.split(separator: "-").map(String.init)
        while !subtags.isEmpty {
            chain.append(subtags.joined(separator: "-"))
            subtags.removeLast()
        }
        if !chain.contains(sourceLocale) { chain.append(sourceLocale) }
        return chain
    }

    /// The message for `key` in `tag`, falling back along the chain; nil when no catalog has it.
    public func message(_ key: String, locale tag: String) -> Lookup? {
        let chain = fallbackChain(for: tag)
        for (position, candidate) in chain.enumerated() {
            if let text = catalogs[candidate]?.messages[key] {
                return Lookup(text: text, locale: candidate, isFallback: position > 0)
            }
        }
        return nil
    }
}
