/// The Format Style module (`fs:fs`, `fs:subFs`; XLIFF 2.0 section 5.3): HTML element names
/// for previews, their attributes as name,value pairs, and `<ec>` only when isolated.
enum XLIFF2FormatStyleModule {
    /// The HTML elements `fs:fs` may name (section 5.3.5.1, table 4).
    static let elementNames: Set<String> = [
        "a", "b", "bdo", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
        "colgroup", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i",
        "img", "label", "legend", "li", "ol", "p", "pre", "q", "s", "samp", "select", "small", "span", "strike",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul",
    ]

    /// Checks the Format Style attributes of one element.
    /// - Throws: ``CatalogError`` for an unknown fs attribute, an fs value outside the list, a malformed
    ///   subFs, subFs without fs, or either on an `<ec>` that is not isolated.
    static func checkAttributes(of element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        let namespace = XLIFF2Namespace.formatStyle
        if let unknown = element.attributes.first(where: { $0.namespaceURI == namespace && !["fs", "subFs"].contains($0.localName) }) {
            throw reporter.error(element, in: scope, "\(unknown.qualifiedName) is not an attribute of the Format Style module (it has fs and subFs)")
        }
        let format = element.attribute("fs", namespace: namespace)
        let subFormat = element.attribute("subFs", namespace: namespace)
        guard format != nil || subFormat != nil else { return }
        if let format, !elementNames.contains(format) {
            throw reporter.error(element, in: scope, "\(element.described) has fs:fs '\(format)', which is not one of the HTML "
                                 + "element names the Format Style module allows")
        }
        if let subFormat {
            guard format != nil else {
                throw reporter.error(element, in: scope, "\(element.described) has fs:subFs '\(subFormat)' but no fs:fs; subFs needs fs")
            }
            if !isPairList(subFormat) {
                throw reporter.error(element, in: scope, "\(element.described) has fs:subFs '\(subFormat)', which is not a list of "
                                     + "name,value pairs separated by '\\' (escape ',' and '\\' in values with '\\')")
            }
        }
        if element.is("ec", in: XLIFF2Namespace.core) && element["isolated"] != "yes" {
            throw reporter.error(element, in: scope, "<ec> with startRef '\(element["startRef"] ?? "")' has Format Style attributes, "
                                 + "which <ec> may carry only when isolated='yes' (they belong on its <sc>)")
        }
    }

    /// True for `name,value\name,value`: pairs split at unescaped `\`, each with an unescaped `,`
    /// after a non-empty name; `\` escapes `,` and `\` only.
    static func isPairList(_ text: String) -> Bool {
        var pairs: [[Character]] = [[]]
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == "\\" {
                if let next = characters.first, next == "\\" || next == "," {
                    pairs[pairs.count - 1] += ["\\", next]
                    characters.removeFirst()
                } else {
                    pairs.append([])
                }
            } else {
                pairs[pairs.count - 1].append(character)
            }
        }
        return pairs.allSatisfy { pair in
            var escaped = false
            for (index, character) in pair.enumerated() {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "," { return index > 0 }
            }
            return false
        }
    }
}
