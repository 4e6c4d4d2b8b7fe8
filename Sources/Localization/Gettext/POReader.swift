import Foundation

/// Reads gettext PO files: `msgctxt`, `msgid`, `msgid_plural`, `msgstr`, `msgstr[N]`, multi-line
/// strings, C escapes, flags (`#, fuzzy`), comments, references and obsolete entries (`#~`).
///
/// A malformed file is refused with its line and the reason.
public enum POReader {
    /// Reads a file. - Throws: ``CatalogError`` naming file, line and reason.
    public static func read(path: String) throws(CatalogError) -> POFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw CatalogError(file: path, reason: "cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CatalogError(file: path, reason: "the file is not UTF-8 (only UTF-8 PO files are read)")
        }
        return try parse(text, file: path)
    }

    /// Parses PO text. - Throws: ``CatalogError`` naming file, line and reason.
    public static func parse(_ text: String, file: String) throws(CatalogError) -> POFile {
        var entries: [POEntry] = []
        var current = POEntry(context: nil, id: "", idPlural: nil, strings: [], flags: [], comments: [],
                              extractedComments: [], references: [], isObsolete: false, line: 1)
        var hasKeyword = false
        var field: Field?
        var sawMsgid = false

        enum Field { case context, id, idPlural, string(Int) }

        func finish() {
            if hasKeyword { entries.append(current) }
            current = POEntry(context: nil, id: "", idPlural: nil, strings: [], flags: [], comments: [],
                              extractedComments: [], references: [], isObsolete: false, line: 0)
            hasKeyword = false
            field = nil
            sawMsgid = false
        }

        func fail(_ line: Int, _ reason: String) -> CatalogError {
            CatalogError(file: "\(file):\(line)", reason: reason)
        }

        func append(_ value: String, to field: Field) {
            switch field {
            case .context: current.context = (current.context ?? "") + value
            case .id: current.id += value
            case .idPlural: current.idPlural = (current.idPlural ?? "") + value
            case let .string(index):
                while current.strings.count <= index { current.strings.append("") }
                current.strings[index] += value
            }
        }

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            var line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            line = line.drop { $0 == " " || $0 == "\t" }
            var obsolete = false
            if line.hasPrefix("#~") {
                obsolete = true
                line = line.dropFirst(2).drop { $0 == " " }
                if line.hasPrefix("|") { continue }
            } else if line.hasPrefix("#") {
                // A comment after a msgstr starts the next entry.
                if hasKeyword { finish() }
                if current.line == 0 { current.line = number }
                if line.hasPrefix("#,") {
                    current.flags += line.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }
                } else if line.hasPrefix("#.") {
                    current.extractedComments.append(line.dropFirst(2).trimmingCharacters(in: .whitespaces))
                } else if line.hasPrefix("#:") {
                    current.references += line.dropFirst(2).split(separator: " ").map(String.init)
                } else if !line.hasPrefix("#|") {
                    current.comments.append(line.dropFirst(1).trimmingCharacters(in: .whitespaces))
                }
                continue
            }
            if line.isEmpty {
                finish()
                continue
            }
            if line.hasPrefix("\"") {
                guard let field else { throw fail(number, "a string continues no msgid, msgstr or msgctxt") }
                append(try unquote(line, line: number, file: file), to: field)
                continue
            }
            let keyword = line.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
            let rest = line.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
            let value = try unquote(rest, line: number, file: file)
            if obsolete { current.isObsolete = true }
            if current.line == 0 { current.line = number }
            switch keyword {
            case "msgctxt":
                if hasKeyword && sawMsgid { finish(); current.line = number; if obsolete { current.isObsolete = true } }
                field = .context
                current.context = value
            case "msgid":
                if sawMsgid { finish(); current.line = number; if obsolete { current.isObsolete = true } }
                field = .id
                current.id = value
                sawMsgid = true
            case "msgid_plural":
                guard sawMsgid else { throw fail(number, "msgid_plural before msgid") }
                field = .idPlural
                current.idPlural = value
            case "msgstr":
                guard sawMsgid else { throw fail(number, "msgstr before msgid") }
                guard current.idPlural == nil else { throw fail(number, "a plural entry needs msgstr[0], msgstr[1], …") }
                field = .string(0)
                append(value, to: .string(0))
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                      let index = Int(keyword.dropFirst(7).dropLast()), index >= 0, index < 100 else {
                    throw fail(number, "unknown keyword '\(keyword)'")
                }
                guard current.idPlural != nil else { throw fail(number, "msgstr[\(index)] without msgid_plural") }
                field = .string(index)
                append(value, to: .string(index))
            }
            hasKeyword = true
        }
        finish()

        var header: [String: String] = [:]
        var body: [POEntry] = []
        for entry in entries {
            if entry.id.isEmpty && entry.context == nil && !entry.isObsolete {
                for headerLine in (entry.strings.first ?? "").split(separator: "\n") {
                    guard let colon = headerLine.firstIndex(of: ":") else { continue }
                    header[String(headerLine[..<colon])] = headerLine[headerLine.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            } else {
                body.append(entry)
            }
        }
        return POFile(header: header, entries: body, file: file)
    }

    /// The content of a quoted PO string with C escapes resolved.
    static func unquote(_ text: Substring, line: Int, file: String) throws(CatalogError) -> String {
        let trimmed = text.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        let chars = Array(String(trimmed).unicodeScalars)
        guard chars.count >= 2, chars.first == "\"", chars.last == "\"" else {
            throw CatalogError(file: "\(file):\(line)", reason: "expected a quoted string")
        }
        var result = String.UnicodeScalarView()
        var index = 1
        while index < chars.count - 1 {
            let scalar = chars[index]
            if scalar == "\"" { throw CatalogError(file: "\(file):\(line)", reason: "an unescaped '\"' inside a string") }
            guard scalar == "\\" else {
                result.append(scalar)
                index += 1
                continue
            }
            index += 1
            guard index < chars.count - 1 else { throw CatalogError(file: "\(file):\(line)", reason: "a string ends with a lone backslash") }
            let escape = chars[index]
            switch escape {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "a": result.append("\u{7}")
            case "b": result.append("\u{8}")
            case "f": result.append("\u{C}")
            case "v": result.append("\u{B}")
            case "\\", "\"", "'", "?": result.append(escape)
            case "x":
                var value: UInt32 = 0
                var digits = 0
                while index + 1 < chars.count - 1, let digit = UInt32(String(chars[index + 1]), radix: 16) {
                    value = value * 16 + digit
                    index += 1
                    digits += 1
                }
                guard digits > 0, let decoded = Unicode.Scalar(value) else {
                    throw CatalogError(file: "\(file):\(line)", reason: "a \\x escape needs hexadecimal digits")
                }
                result.append(decoded)
            case "0"..."7":
                var value = UInt32(String(escape), radix: 8)!
                var digits = 1
                while digits < 3, index + 1 < chars.count - 1, let digit = UInt32(String(chars[index + 1]), radix: 8) {
                    value = value * 8 + digit
                    index += 1
                    digits += 1
                }
                result.append(Unicode.Scalar(value)!)
            default:
                throw CatalogError(file: "\(file):\(line)", reason: "unknown escape '\\\(escape)'")
            }
            index += 1
        }
        return String(result)
    }
}
