/// The Size and Length Restriction module (XLIFF 2.0 section 5.7): `<slr:profiles>`, `<slr:data>`,
/// and the restriction attributes with their patterns and placement.
enum XLIFF2SizeRestrictionModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.sizeRestriction

    static let rules: [String: XLIFF2ElementRule] = [
        "profiles": Rule(["generalProfile": .text, "storageProfile": .text], foreign: .any,
                         content: .sequence([.optional("normalization", in: namespace), .others(than: namespace)])),
        "normalization": Rule(["general": .normalization, "storage": .normalization], content: .empty),
        "data": Rule(["profile": .text], required: ["profile"], content: .sequence([.others(than: namespace, minimum: 1)])),
    ]

    private static let attributeNames: Set<String> = ["storageRestriction", "sizeRestriction", "equivStorage", "sizeInfo", "sizeInfoRef"]

    /// Checks the restriction attributes of one element; `ancestors` (outermost first) let
    /// `sizeInfoRef` be resolved.
    /// - Throws: ``CatalogError`` for an unknown attribute, a restriction that is not `*`, `n`, `n,m` or `n,*`,
    ///   a non-integer `equivStorage`, `sizeInfo` with `sizeInfoRef`, a code attribute on a non-isolated
    ///   `<ec>`, or a `sizeInfoRef` that names nothing in a `<slr:data>` beside the element or an ancestor.
    static func checkAttributes(of element: XLIFF2Element, ancestors: [XLIFF2Element], reporter: XLIFF2Reporter,
                                scope: String?) throws(CatalogError) {
        let own = element.attributes.filter { $0.namespaceURI == namespace }
        guard !own.isEmpty else { return }
        if let unknown = own.first(where: { !attributeNames.contains($0.localName) }) {
            throw reporter.error(element, in: scope, "\(unknown.qualifiedName) is not an attribute of the Size and Length Restriction module")
        }
        for name in ["storageRestriction", "sizeRestriction"] {
            if let value = element.attribute(name, namespace: namespace), !isRestriction(value) {
                throw reporter.error(element, in: scope, "\(element.described) has slr:\(name) '\(value)', which is not '*', "
                                     + "an integer, 'min,max' or 'min,*'")
            }
        }
        if let value = element.attribute("equivStorage", namespace: namespace), XLIFF2Syntax.integer(value) == nil {
            throw reporter.error(element, in: scope, "\(element.described) has slr:equivStorage '\(value)', which is not a non-negative integer")
        }
        let sizeInfoReference = element.attribute("sizeInfoRef", namespace: namespace)
        if element.attribute("sizeInfo", namespace: namespace) != nil && sizeInfoReference != nil {
            throw reporter.error(element, in: scope, "\(element.described) has both slr:sizeInfo and slr:sizeInfoRef; use one")
        }
        if element.is("ec", in: XLIFF2Namespace.core) && element["isolated"] != "yes",
           let code = own.first(where: { ["equivStorage", "sizeInfo", "sizeInfoRef"].contains($0.localName) }) {
            throw reporter.error(element, in: scope, "<ec> with startRef '\(element["startRef"] ?? "")' has \(code.qualifiedName), "
                                 + "which <ec> may carry only when isolated='yes' (it belongs on its <sc>)")
        }
        if let sizeInfoReference, !referenceableIDs(around: ancestors).contains(sizeInfoReference) {
            throw reporter.error(element, in: scope, "\(element.described) has slr:sizeInfoRef '\(sizeInfoReference)', but no element "
                                 + "with that id is in a <slr:data> beside it or beside one of its ancestors")
        }
    }

    /// `*`, `n`, `n,m` or `n,*`.
    static func isRestriction(_ value: String) -> Bool {
        if value == "*" { return true }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1: return XLIFF2Syntax.integer(parts[0]) != nil
        case 2: return XLIFF2Syntax.integer(parts[0]) != nil && (parts[1] == "*" || XLIFF2Syntax.integer(parts[1]) != nil)
        default: return false
        }
    }

    /// The ids (`id` or `xml:id`) of elements inside the `<slr:data>` children of any of `ancestors`.
    private static func referenceableIDs(around ancestors: [XLIFF2Element]) -> Set<String> {
        var ids = Set<String>()
        for ancestor in ancestors {
            for data in ancestor.children where data.is("data", in: namespace) {
                collectIDs(in: data, into: &ids)
            }
        }
        return ids
    }

    private static func collectIDs(in element: XLIFF2Element, into ids: inout Set<String>) {
        for child in element.children {
            if let id = child["id"] ?? child.attribute("id", namespace: XLIFF2Namespace.xml) { ids.insert(id) }
            collectIDs(in: child, into: &ids)
        }
    }
}
