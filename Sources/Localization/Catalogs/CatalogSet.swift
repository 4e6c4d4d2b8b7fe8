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

        public init(text: String, locale: String, isFallback: Bool) {
            self.text = text
            self.locale = locale
            self.isFallback = isFallback
        }
    }

    public let catalogs: [String: MessageCatalog]
    /// The language every key exists in.
    public let sourceLocale: String
    /// Chains already worked out (a server looks up dozens of keys per request in one locale).
    private let chains = FallbackChainCache()

    public init(catalogs: [MessageCatalog], sourceLocale: String = "en") {
        var byLocale: [String: MessageCatalog] = [:]
        for catalog in catalogs { byLocale[catalog.locale] = catalog }
        self.catalogs = byLocale
        self.sourceLocale = sourceLocale
    }

    /// Loads every catalog in a directory: XLIFF (`*.xlf`, `*.xliff`, keyed by unit name or id,
    /// the locale from trgLang, else srcLang), gettext PO (`*.po`, keyed by msgctxt, else msgid; the
    /// locale from the `Language` header, else the file name; fuzzy and obsolete entries left out)
    /// and JSON (`*.json`).
    /// - Throws: ``CatalogError`` for the first bad file.
    public static func load(directory: String) throws(CatalogError) -> CatalogSet {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var catalogs: [MessageCatalog] = []
        for name in names.sorted() {
            let path = (directory as NSString).appendingPathComponent(name)
            if name.hasSuffix(".json") {
                catalogs.append(try JSONCatalogReader.read(path: path))
            } else if name.hasSuffix(".po") {
                catalogs.append(try Self.catalog(po: try POReader.read(path: path), name: String(name.dropLast(3))))
            } else if name.hasSuffix(".xlf") || name.hasSuffix(".xliff") {
                let document = try XLIFFReader.read(path: path)
                var messages: [String: String] = [:]
                var locale: String?
                for file in document.files {
                    let target = file.targetLanguage
                    locale = locale ?? target ?? file.sourceLanguage
                    for unit in file.units {
                        let text = target == nil ? unit.source : (unit.target ?? "")
                        if !text.isEmpty { messages[unit.key] = text }
                    }
                }
                guard let locale else { throw CatalogError(file: path, reason: "the document names no language") }
                catalogs.append(MessageCatalog(locale: locale, messages: messages, file: path))
            }
        }
        return CatalogSet(catalogs: catalogs)
    }

    /// The messages of a PO file: translated entries only, so a fuzzy guess never reaches a buyer.
    static func catalog(po: POFile, name: String) throws(CatalogError) -> MessageCatalog {
        let language = po.header["Language"].flatMap { $0.isEmpty ? nil : $0 } ?? name
        let tag = language.replacingOccurrences(of: "_", with: "-")
        var messages: [String: String] = [:]
        for entry in po.entries where !entry.isObsolete && !entry.isFuzzy && entry.isTranslated && !entry.id.isEmpty {
            messages[entry.context ?? entry.id] = entry.strings[0]
        }
        return MessageCatalog(locale: tag, messages: messages, file: po.file)
    }

    /// The catalogs to try for a tag, most specific first, following CLDR's parents
    /// (`pt-AO` → `pt-PT` → `pt`; `zh-TW` → `zh-Hant-TW` → `zh-Hant`), then the source language.
    /// A tag without a script also matches a catalog named by its likely script (`zh` → `zh-Hans`).
    public func fallbackChain(for tag: String) -> [String] {
        fallbackChain(for: tag, includingSource: true)
    }

    /// The chain for a tag; with `includingSource` false it stops at the tag's own CLDR parents.
    public func fallbackChain(for tag: String, includingSource: Bool) -> [String] {
        chains.chain(for: tag, includingSource: includingSource) { computeFallbackChain(for: tag, includingSource: includingSource) }
    }

    private func computeFallbackChain(for tag: String, includingSource: Bool) -> [String] {
        var chain: [String]
        if let locale = try? ResolvedLocale(tag) {
            chain = LocaleFallback.chain(for: locale)
        } else {
            chain = []
            var subtags = tag.split(separator: "-").map(String.init)
            while !subtags.isEmpty {
                chain.append(subtags.joined(separator: "-"))
                subtags.removeLast()
            }
        }
        var expanded: [String] = []
        for candidate in chain {
            if !expanded.contains(candidate) { expanded.append(candidate) }
            if catalogs[candidate] == nil, let scripted = Self.scriptAlias(candidate), catalogs[scripted] != nil,
               !expanded.contains(scripted) {
                expanded.append(scripted)
            }
        }
        if includingSource && !expanded.contains(sourceLocale) { expanded.append(sourceLocale) }
        return expanded
    }

    /// `zh` → `zh-Hans`, `zh-CN` → `zh-Hans`: the language with its likely script, nil when the tag names a script.
    static func scriptAlias(_ tag: String) -> String? {
        let parts = tag.split(separator: "-")
        guard let language = parts.first, !parts.dropFirst().contains(where: { $0.count == 4 }),
              let script = LocaleFallback.script(of: tag.replacingOccurrences(of: "-", with: "_")) else { return nil }
        return "\(language)-\(script)"
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
