/// The Metadata module (XLIFF 2.0 section 5.4): `<mda:metadata>` of nested `<mda:metaGroup>`s
/// of typed `<mda:meta>` values, ids unique in the metadata.
enum XLIFF2MetadataModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.metadata

    static let rules: [String: XLIFF2ElementRule] = [
        "metadata": Rule(["id": .nmtoken], content: .sequence([.oneOrMore("metaGroup", in: namespace)])),
        "metaGroup": Rule(["id": .nmtoken, "category": .text, "appliesTo": .choice(["source", "target", "ignorable"])],
                          content: .sequence([.oneOrMore("meta", "metaGroup", in: namespace)])),
        "meta": Rule(["type": .text], required: ["type"], content: .text),
    ]

    /// Checks the ids of a `<mda:metadata>` and its groups are unique.
    /// - Throws: ``CatalogError`` at the element that repeats an id.
    static func checkElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        guard element.is("metadata", in: namespace) else { return }
        var seen = Set<String>()
        try checkIDs(of: element, seen: &seen, reporter: reporter, scope: scope)
    }

    private static func checkIDs(of element: XLIFF2Element, seen: inout Set<String>, reporter: XLIFF2Reporter,
                                 scope: String?) throws(CatalogError) {
        if let id = element["id"], !seen.insert(id).inserted {
            throw reporter.error(element, in: scope, "the id '\(id)' of <mda:\(element.localName)> is used twice in this <mda:metadata>")
        }
        for group in element.children where group.is("metaGroup", in: namespace) {
            try checkIDs(of: group, seen: &seen, reporter: reporter, scope: scope)
        }
    }
}
