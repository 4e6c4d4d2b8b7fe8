/// The Glossary module (XLIFF 2.0 section 5.2): `<gls:glossary>` entries with a term and a
/// translation or a definition, ids unique in the glossary, references into the unit.
enum XLIFF2GlossaryModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.glossary

    static let rules: [String: XLIFF2ElementRule] = [
        "glossary": Rule(foreign: .any, content: .sequence([.oneOrMore("glossEntry", in: namespace)])),
        "glossEntry": Rule(["id": .nmtoken, "ref": .text], foreign: .any,
                           content: .sequence([.one("term", in: namespace), .any("translation", in: namespace),
                                               .optional("definition", in: namespace), .others(than: namespace)])),
        "term": Rule(["source": .text], foreign: .any, content: .text),
        "translation": Rule(["id": .nmtoken, "ref": .text, "source": .text], foreign: .any, content: .text),
        "definition": Rule(["source": .text], foreign: .any, content: .text),
    ]

    /// Checks a `<gls:glossEntry>` holds a translation or a definition, and the ids of a
    /// `<gls:glossary>`'s entries and translations are unique.
    /// - Throws: ``CatalogError`` at the entry or the repeated id.
    static func checkElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        if element.is("glossEntry", in: namespace),
           !element.children.contains(where: { $0.is("translation", in: namespace) || $0.is("definition", in: namespace) }) {
            throw reporter.error(element, in: scope, "<gls:glossEntry\(element["id"].map { " id='\($0)'" } ?? "")> needs a "
                                 + "<gls:translation> or a <gls:definition>")
        }
        if element.is("glossary", in: namespace) {
            var seen = Set<String>()
            for entry in element.children {
                for item in [entry] + entry.children.filter({ $0.is("translation", in: namespace) }) {
                    guard let id = item["id"] else { continue }
                    if !seen.insert(id).inserted {
                        throw reporter.error(item, in: scope, "the id '\(id)' of <gls:\(item.localName)> is used twice in this glossary")
                    }
                }
            }
        }
    }

    /// Checks the `ref`s of a glossary point into the unit (`#m1`, `#t=m2`).
    /// - Throws: ``CatalogError`` for a reference that is malformed or names no span of the unit.
    static func checkReferences(in glossary: XLIFF2Element, unit: XLIFF2UnitIndex, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        for entry in glossary.children {
            for item in [entry] + entry.children.filter({ $0.is("translation", in: namespace) }) {
                guard let reference = item["ref"] else { continue }
                if let problem = unit.problemWithSpanReference(reference) {
                    throw reporter.error(item, in: scope, "<gls:\(item.localName)> has ref '\(reference)', \(problem)")
                }
            }
        }
    }
}
