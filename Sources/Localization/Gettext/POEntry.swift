/// One entry of a gettext PO file.
public struct POEntry: Sendable, Equatable {
    public var context: String?
    public var id: String
    public var idPlural: String?
    /// The translation, or the plural translations by index (missing indices are empty).
    public var strings: [String]
    /// Flags from `#,` lines (`fuzzy`, `c-format`, …).
    public var flags: [String]
    /// Translator comments (`# …`) and extracted comments (`#. …`).
    public var comments: [String]
    public var extractedComments: [String]
    /// Source references from `#:` lines.
    public var references: [String]
    /// True for an obsolete entry (`#~`).
    public var isObsolete: Bool
    /// The line the entry starts on.
    public var line: Int

    public var isFuzzy: Bool { flags.contains("fuzzy") }
    /// True when every form has a translation.
    public var isTranslated: Bool { !strings.isEmpty && strings.allSatisfy { !$0.isEmpty } }
}
