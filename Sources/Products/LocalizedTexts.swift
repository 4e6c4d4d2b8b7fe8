/// One text in several languages, in the order the source gave them; the first is the source language.
///
/// Languages are BCP 47 tags (`de`, `en`, `pt-BR`).
public struct LocalizedTexts: Sendable, Hashable {
    /// One text and its language.
    public struct Entry: Sendable, Hashable {
        public let language: String
        public let text: String

        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    public private(set) var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = []
        for entry in entries { set(entry.text, for: entry.language) }
    }

    /// True when there is no text in any language.
    public var isEmpty: Bool { entries.isEmpty }

    /// The source language's text, nil when there is none.
    public var first: Entry? { entries.first }

    /// The text in exactly `language`, nil when absent.
    public subscript(language: String) -> String? {
        entries.first { $0.language == language }?.text
    }

    /// Sets the text for a language, replacing an earlier one and keeping its position.
    public mutating func set(_ text: String, for language: String) {
        if let index = entries.firstIndex(where: { $0.language == language }) {
            entries[index] = Entry(language: language, text: text)
        } else {
            entries.append(Entry(language: language, text: text))
        }
    }
}
