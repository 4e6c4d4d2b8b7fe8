/// Checks translations against their source: MessageFormat syntax, the same placeholders
/// (`{name}`, `%(name)s`, `%d`, `%1$s`), and the plural categories the target language needs
/// (a Russian plural without `few` and `many` is an error).
public enum CatalogLinter {
    /// The problems of one translated document.
    /// - Parameter source: key → source text; when nil, each unit's own `<source>` is used.
    public static func lint(_ document: XLIFFDocument, locale: String, source: [String: String]? = nil) -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        for unit in document.units {
            guard let target = unit.target, !target.isEmpty else { continue }
            let original = source?[unit.key] ?? unit.source
            func problem(_ severity: CatalogProblem.Severity, _ message: String) {
                problems.append(CatalogProblem(file: document.path, line: unit.line, key: unit.key, severity: severity, message: message))
            }
            if let source, source[unit.key] == nil {
                problem(.warning, "the source catalog has no such message")
            }
            let targetStructure: MessageStructure
            do { targetStructure = try MessageStructure(pattern: target) } catch {
                problem(.error, "the translation is not a valid ICU message: \(error)")
                continue
            }
            if let sourceStructure = try? MessageStructure(pattern: original) {
                let missing = sourceStructure.names.subtracting(targetStructure.names).sorted()
                let extra = targetStructure.names.subtracting(sourceStructure.names).sorted()
                if !missing.isEmpty || !extra.isEmpty {
                    var parts: [String] = []
                    if !missing.isEmpty { parts.append("missing " + missing.map { "{\($0)}" }.joined(separator: ", ")) }
                    if !extra.isEmpty { parts.append("not in the source " + extra.map { "{\($0)}" }.joined(separator: ", ")) }
                    problem(.error, "placeholders differ from the source: " + parts.joined(separator: "; "))
                }
            }
            let printfSource = printfPlaceholders(original)
            let printfTarget = printfPlaceholders(target)
            if printfSource != printfTarget {
                problem(.error, "printf placeholders differ from the source: \(printfSource.keys.sorted()) vs \(printfTarget.keys.sorted())")
            }
            for argument in targetStructure.arguments where argument.kind == "plural" || argument.kind == "selectordinal" {
                let ordinal = argument.kind == "selectordinal"
                guard let needed = try? PluralRules.categories(locale: locale, ordinal: ordinal) else { continue }
                let given = Set(argument.selectors.filter { !$0.hasPrefix("=") })
                let missing = needed.filter { !given.contains($0) }
                if !missing.isEmpty {
                    problem(.error, "{\(argument.name), \(argument.kind)} lacks the categories \(locale) needs: \(missing.joined(separator: ", "))")
                }
                let unused = given.subtracting(needed).sorted()
                if !unused.isEmpty {
                    problem(.warning, "{\(argument.name), \(argument.kind)} has categories \(locale) never uses: \(unused.joined(separator: ", "))")
                }
            }
        }
        return problems
    }

    /// printf-style placeholders: `%(name)s`, `%1$s`, `%d`, `%s`, `%@`.
    static func printfPlaceholders(_ text: String) -> [String: Int] {
        var found: [String: Int] = [:]
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "%", index + 1 < scalars.count else {
                index += 1
                continue
            }
            var end = index + 1
            if scalars[end] == "%" {
                index = end + 1
                continue
            }
            if scalars[end] == "(" {
                while end < scalars.count, scalars[end] != ")" { end += 1 }
                end += 1
            } else {
                while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == "$" { end += 1 }
            }
            if end < scalars.count, "sdif@ucxX".unicodeScalars.contains(scalars[end]) {
                let token = String(String.UnicodeScalarView(scalars[index...end]))
                found[token, default: 0] += 1
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }
}
