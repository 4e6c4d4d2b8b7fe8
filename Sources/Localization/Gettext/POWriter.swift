/// Writes gettext PO text: each message keyed by `msgctxt`, with its note and a fuzzy flag for
/// translations that need review.
public enum POWriter {
    public struct Entry: Sendable {
        public let key: String
        public let source: String
        public let target: String
        public let fuzzy: Bool
        public let notes: [String]

        public init(key: String, source: String, target: String, fuzzy: Bool, notes: [String]) {
            self.key = key
            self.source = source
            self.target = target
            self.fuzzy = fuzzy
            self.notes = notes
        }
    }

    public static func document(language: String, entries: [Entry]) -> String {
        var lines = ["msgid \"\"", "msgstr \"\"", quoted("Language: \(language)\n"), quoted("Content-Type: text/plain; charset=UTF-8\n"),
                     quoted("Content-Transfer-Encoding: 8bit\n"), ""]
        for entry in entries {
            for note in entry.notes { lines.append("#. " + note.replacingNewlines()) }
            if entry.fuzzy { lines.append("#, fuzzy") }
            lines.append("msgctxt " + quoted(entry.key))
            lines.append("msgid " + quoted(entry.source))
            lines.append("msgstr " + quoted(entry.target))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A PO string literal with C escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
