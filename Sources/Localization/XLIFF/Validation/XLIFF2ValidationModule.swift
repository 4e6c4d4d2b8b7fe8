/// The Validation module (XLIFF 2.0 section 5.8): `<val:validation>` and its `<val:rule>`s.
enum XLIFF2ValidationModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.validation

    static let rules: [String: XLIFF2ElementRule] = [
        "validation": Rule(content: .sequence([.oneOrMore("rule", in: namespace)])),
        "rule": Rule(["isPresent": .text, "occurs": .positiveInteger, "isNotPresent": .text, "startsWith": .text, "endsWith": .text,
                      "existsInSource": .yesNo, "caseSensitive": .yesNo, "normalization": .normalization, "disabled": .yesNo],
                     foreign: .any, content: .empty),
    ]

    private static let kinds = ["isPresent", "isNotPresent", "startsWith", "endsWith"]

    /// Checks one `<val:rule>`: exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom
    /// rule (an attribute of another namespace), and existsInSource only beside isPresent, startsWith or endsWith.
    /// - Throws: ``CatalogError`` naming the rule's attributes when it breaks either constraint.
    static func checkElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        guard element.is("rule", in: namespace) else { return }
        let named = kinds.filter { element[$0] != nil }
        let custom = element.attributes.filter { !$0.namespaceURI.isEmpty && $0.namespaceURI != XLIFF2Namespace.xml }
            .map(\.qualifiedName)
        let all = named + custom
        if all.count != 1 {
            let found = all.isEmpty ? "none" : all.joined(separator: ", ")
            throw reporter.error(element, in: scope, "<val:rule> needs exactly one of isPresent, isNotPresent, startsWith, endsWith "
                                 + "or a custom rule attribute (found: \(found))")
        }
        if element["existsInSource"] != nil && !["isPresent", "startsWith", "endsWith"].contains(all[0]) {
            throw reporter.error(element, in: scope, "<val:rule> has existsInSource, which goes only with isPresent, startsWith or endsWith")
        }
    }
}
