/// How complete one locale's catalog is against the source catalog.
public struct CatalogCoverage: Sendable, Equatable, Encodable {
    public let locale: String
    public let total: Int
    /// Messages with a translation whose state is final (or not stated).
    public let translated: Int
    /// Messages with a translation marked for review (`translated`, `needs-review-…`).
    public let needsReview: Int
    /// Source messages with no translation.
    public let missing: Int
    /// Translations whose placeholders or plural categories are wrong.
    public let placeholderMismatches: Int

    enum CodingKeys: String, CodingKey {
        case locale, total, translated, missing
        case needsReview = "needs_review"
        case placeholderMismatches = "placeholder_mismatches"
    }

    /// Compares a translated document with the source messages (key → text).
    public static func measure(_ document: XLIFFDocument, locale: String, source: [String: String]) -> CatalogCoverage {
        var translated = 0
        var review = 0
        var present = Set<String>()
        for unit in document.units where source[unit.key] != nil {
            guard let target = unit.target, !target.isEmpty else { continue }
            present.insert(unit.key)
            if let state = unit.state, state == "translated" || state.hasPrefix("needs-review") || state == "initial" {
                review += 1
            } else {
                translated += 1
            }
        }
        let mismatched = Set(CatalogLinter.lint(document, locale: locale, source: source)
            .filter { $0.severity == .error }.map(\.key)).count
        return CatalogCoverage(locale: locale, total: source.count, translated: translated, needsReview: review,
                               missing: source.count - present.count, placeholderMismatches: mismatched)
    }
}
