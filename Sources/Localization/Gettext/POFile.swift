/// A parsed gettext PO catalog: its header and its entries.
public struct POFile: Sendable {
    /// The header entry's fields (`Language`, `Plural-Forms`, …), from the entry whose msgid is empty.
    public let header: [String: String]
    /// Every entry except the header, in file order (obsolete ones included, marked).
    public let entries: [POEntry]
    public let file: String

    /// The parsed `Plural-Forms`, nil when the header has none.
    public func pluralForms() throws(PluralFormsError) -> PluralFormsExpression? {
        guard let value = header["Plural-Forms"] else { return nil }
        return try PluralFormsExpression(value)
    }

    /// The translated, non-fuzzy, non-obsolete entries keyed by context and id (`ctx\u{4}id`, as gettext).
    public var translations: [String: POEntry] {
        var result: [String: POEntry] = [:]
        for entry in entries where !entry.isObsolete && !entry.isFuzzy && entry.strings.contains(where: { !$0.isEmpty }) {
            result[entry.context.map { $0 + "\u{4}" + entry.id } ?? entry.id] = entry
        }
        return result
    }
}
