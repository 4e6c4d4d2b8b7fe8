/// The Change Tracking module (XLIFF 2.0 section 5.6): `<ctr:changeTrack>` revisions of an element
/// of the enclosing file, group or unit, each item naming content or an attribute of it.
enum XLIFF2ChangeTrackingModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.changeTracking

    static let rules: [String: XLIFF2ElementRule] = [
        "changeTrack": Rule(content: .sequence([.oneOrMore("revisions", in: namespace)])),
        "revisions": Rule(["appliesTo": .nmtoken, "ref": .nmtoken, "currentVersion": .nmtoken], required: ["appliesTo"],
                          foreign: .any, content: .sequence([.oneOrMore("revision", in: namespace)])),
        "revision": Rule(["author": .text, "datetime": .text, "version": .nmtoken], foreign: .any,
                         content: .sequence([.oneOrMore("item", in: namespace)])),
        "item": Rule(["property": .text], required: ["property"], foreign: .any, content: .text),
    ]

    /// Checks a `<ctr:revisions>` whose currentVersion names one of its revisions, and a
    /// `<ctr:revision>` that records each property once. - Throws: ``CatalogError`` at the element at fault.
    static func checkElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        if element.is("revisions", in: namespace), let current = element["currentVersion"],
           !element.children.contains(where: { $0["version"] == current }) {
            throw reporter.error(element, in: scope, "<ctr:revisions> has currentVersion '\(current)', but no <ctr:revision> has that version")
        }
        if element.is("revision", in: namespace) {
            var seen = Set<String>()
            for item in element.children {
                guard let property = item["property"] else { continue }
                if !seen.insert(property).inserted {
                    throw reporter.error(item, in: scope, "<ctr:revision\(element["version"].map { " version='\($0)'" } ?? "")> records "
                                         + "the property '\(property)' twice")
                }
            }
        }
    }

    /// Checks the change tracks of one file, group or unit (`owner`): what each `<ctr:revisions>`
    /// applies to and refers to exists there, and each item names content or an attribute of it with a valid value.
    /// - Throws: ``CatalogError`` at the first revisions or item at fault.
    static func checkTracks(in owner: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        for track in owner.children where track.is("changeTrack", in: namespace) {
            for revisions in track.children {
                guard let appliesTo = revisions["appliesTo"] else { continue }
                try checkTarget(of: revisions, appliesTo: appliesTo, in: owner, reporter: reporter, scope: scope)
                for item in revisions.children.flatMap(\.children) {
                    try checkItem(item, appliesTo: appliesTo, reporter: reporter, scope: scope)
                }
            }
        }
    }

    /// The elements named `appliesTo` that `owner` holds and that ids can tell apart; nil when
    /// the validator cannot list them (source, target, extension elements).
    private static func instances(of appliesTo: String, in owner: XLIFF2Element) -> [XLIFF2Element]? {
        switch appliesTo {
        case "note":
            return owner.children.filter { $0.is("notes", in: XLIFF2Namespace.core) }.flatMap(\.children)
        case "segment", "ignorable", "unit", "group":
            return owner.children.filter { $0.is(appliesTo, in: XLIFF2Namespace.core) }
        default:
            return nil
        }
    }

    private static func checkTarget(of revisions: XLIFF2Element, appliesTo: String, in owner: XLIFF2Element,
                                    reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        guard let candidates = instances(of: appliesTo, in: owner) else { return }
        if let reference = revisions["ref"] {
            if !candidates.contains(where: { $0["id"] == reference }) {
                throw reporter.error(revisions, in: scope, "<ctr:revisions> applies to the <\(appliesTo)> '\(reference)', but there is no "
                                     + "<\(appliesTo)> with that id here")
            }
        } else if candidates.count > 1 && candidates.contains(where: { $0["id"] != nil }) {
            throw reporter.error(revisions, in: scope, "<ctr:revisions> applies to <\(appliesTo)>, of which there are \(candidates.count) "
                                 + "here; name the one it tracks with ref")
        }
    }

    private static func checkItem(_ item: XLIFF2Element, appliesTo: String, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        guard let property = item["property"], property != "content", !property.contains(":"),
              let rule = XLIFF2CoreSchema.rule(for: appliesTo) else { return }
        guard let valueRule = rule.attributes[property] else {
            throw reporter.error(item, in: scope, "<ctr:item> has property '\(property)', which is neither 'content' nor an attribute "
                                 + "of <\(appliesTo)>")
        }
        let value = item.text.trimmingXMLWhitespace()
        if let problem = valueRule.problem(with: value) {
            throw reporter.error(item, in: scope, "<ctr:item> records '\(value)' for the \(property) of <\(appliesTo)>, \(problem)")
        }
    }
}
