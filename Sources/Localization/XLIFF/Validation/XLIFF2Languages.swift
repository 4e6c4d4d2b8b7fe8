/// The document's languages (`srcLang`, `trgLang`) and the check that every `<source>` and
/// `<target>` is in them, whether its xml:lang is its own or inherited from an enclosing element.
struct XLIFF2Languages: Sendable {
    let source: String
    let target: String?

    /// Checks one core `<source>` or `<target>` (other elements pass).
    /// - Parameter inherited: the xml:lang in force around the element, nil when none.
    /// - Throws: ``CatalogError`` for a target without trgLang, or a language that differs from srcLang or trgLang.
    func check(_ element: XLIFF2Element, inherited: String?, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        guard element.isIn(XLIFF2Namespace.core), element.localName == "source" || element.localName == "target" else { return }
        let isTarget = element.localName == "target"
        if isTarget && target == nil {
            throw reporter.error(element, in: scope, "the document has a <target> but <xliff> has no trgLang")
        }
        let own = element.attribute("lang", namespace: XLIFF2Namespace.xml)
        guard let language = own ?? inherited, let expected = isTarget ? target : source else { return }
        if XLIFF2Syntax.sameLanguage(language, expected) { return }
        let attribute = isTarget ? "trgLang" : "srcLang"
        let origin = own != nil ? "has xml:lang '\(language)'" : "inherits xml:lang '\(language)' from an enclosing element"
        throw reporter.error(element, in: scope, "<\(element.localName)> \(origin), but the document's \(attribute) is '\(expected)'")
    }
}
