/// The Resource Data module (XLIFF 2.0 section 5.5): `<res:resourceData>` items and references to
/// them, ids unique in the enclosing file, group or unit, languages agreeing with the document.
enum XLIFF2ResourceDataModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.resourceData

    static let rules: [String: XLIFF2ElementRule] = [
        "resourceData": Rule(["id": .nmtoken], content: .sequence([
            XLIFF2Particle(accepts: .names(["resourceItemRef", "resourceItem"], namespace: namespace), minimum: 1, maximum: nil),
        ])),
        "resourceItem": Rule(["id": .nmtoken, "mimeType": .text, "context": .yesNo], foreign: .any,
                             content: .sequence([.optional("source", in: namespace), .optional("target", in: namespace),
                                                 .any("reference", in: namespace)])),
        "source": Rule(["href": .text, "xml:lang": .language], foreign: .any, content: .sequence([.others(than: namespace)])),
        "target": Rule(["href": .text, "xml:lang": .language], foreign: .any, content: .sequence([.others(than: namespace)])),
        "reference": Rule(["href": .text, "xml:lang": .language], required: ["href"], foreign: .any, content: .empty),
        "resourceItemRef": Rule(["id": .nmtoken, "ref": .nmtoken], required: ["ref"], foreign: .any, content: .empty),
    ]

    /// Checks a `<res:source>` or `<res:target>` has href if and only if it is empty.
    /// - Throws: ``CatalogError`` at the element at fault.
    static func checkElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        guard element.isIn(namespace), ["source", "target"].contains(element.localName) else { return }
        if element.isBlank && element["href"] == nil {
            throw reporter.error(element, in: scope, "<res:\(element.localName)> is empty and has no href; give one or the other")
        }
        if !element.isBlank && element["href"] != nil {
            throw reporter.error(element, in: scope, "<res:\(element.localName)> has both content and href; give one or the other")
        }
    }

    /// Checks the `<res:resourceData>` children of one file, group or unit: ids unique among its
    /// items and references, references naming an item of the file (`itemIDs`), languages agreeing.
    /// - Throws: ``CatalogError`` at the first element at fault.
    static func checkData(in owner: XLIFF2Element, itemIDs: Set<String>, languages: XLIFF2Languages, reporter: XLIFF2Reporter,
                          scope: String?) throws(CatalogError) {
        var seen = Set<String>()
        for data in owner.children where data.is("resourceData", in: namespace) {
            for item in data.children {
                if let id = item["id"], !seen.insert(id).inserted {
                    throw reporter.error(item, in: scope, "the id '\(id)' is used twice among the resource items and references here")
                }
                if item.localName == "resourceItemRef", let reference = item["ref"], !itemIDs.contains(reference) {
                    throw reporter.error(item, in: scope, "<res:resourceItemRef> has ref '\(reference)', but the file has no "
                                         + "<res:resourceItem> with that id")
                }
                for part in item.children where ["source", "target"].contains(part.localName) {
                    guard let language = part.attribute("lang", namespace: XLIFF2Namespace.xml) else { continue }
                    let expected = part.localName == "source" ? languages.source : languages.target
                    let attribute = part.localName == "source" ? "srcLang" : "trgLang"
                    if let expected, !XLIFF2Syntax.sameLanguage(language, expected) {
                        throw reporter.error(part, in: scope, "<res:\(part.localName)> has xml:lang '\(language)', but the document's "
                                             + "\(attribute) is '\(expected)'")
                    }
                }
            }
        }
    }

    /// The ids of every `<res:resourceItem>` under `element`.
    static func itemIDs(in element: XLIFF2Element) -> Set<String> {
        var ids = Set<String>()
        for child in element.children {
            if child.is("resourceItem", in: namespace), let id = child["id"] { ids.insert(id) }
            if child.isIn(namespace) || child.isIn(XLIFF2Namespace.core) { ids.formUnion(itemIDs(in: child)) }
        }
        return ids
    }
}
