/// The Translation Candidates module (XLIFF 2.0 section 5.1): `<mtc:matches>` of `<mtc:match>`es,
/// each a source and target with its own original data, pointing to a span of its unit.
enum XLIFF2MatchesModule {
    private typealias Rule = XLIFF2ElementRule
    private static let namespace = XLIFF2Namespace.matches

    static let rules: [String: XLIFF2ElementRule] = [
        "matches": Rule(content: .sequence([.oneOrMore("match", in: namespace)])),
        "match": Rule(["id": .nmtoken, "matchQuality": .percentage, "matchSuitability": .percentage, "origin": .text, "ref": .text,
                       "reference": .yesNo, "similarity": .percentage, "subType": .prefixedValue,
                       "type": .choice(["am", "ebm", "idm", "ice", "mt", "other", "tb", "tm"])],
                      required: ["ref"], foreign: .any,
                      content: .sequence([.optional("metadata", in: XLIFF2Namespace.metadata), .optional("originalData"),
                                          .one("source"), .one("target"), .others(than: namespace)])),
    ]

    /// Checks a `<mtc:match>` has no xml:lang and no subType without type, and the ids of a
    /// `<mtc:matches>` are unique. - Throws: ``CatalogError`` at the match at fault.
    static func checkElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        if element.is("match", in: namespace) {
            if element.attribute("lang", namespace: XLIFF2Namespace.xml) != nil {
                throw reporter.error(element, in: scope, "\(described(element)) has xml:lang, which a match must not have "
                                     + "(its source and target carry the languages)")
            }
            if element["subType"] != nil && element["type"] == nil {
                throw reporter.error(element, in: scope, "\(described(element)) has subType but no type; subType needs type")
            }
        }
        if element.is("matches", in: namespace) {
            var seen = Set<String>()
            for match in element.children {
                if let id = match["id"], !seen.insert(id).inserted {
                    throw reporter.error(match, in: scope, "the id '\(id)' is used by two <mtc:match> elements of these matches")
                }
            }
        }
    }

    /// Checks a `<mtc:matches>` of `unit`: each match points to a span of the unit, and its
    /// languages agree with the document's unless it is a reference match (`inherited`: the unit's xml:lang).
    /// - Throws: ``CatalogError`` at the first match at fault.
    static func checkMatches(_ matches: XLIFF2Element, unit: XLIFF2UnitIndex, languages: XLIFF2Languages, inherited: String?,
                             reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        for match in matches.children {
            if let reference = match["ref"], let problem = unit.problemWithSpanReference(reference) {
                throw reporter.error(match, in: scope, "\(described(match)) has ref '\(reference)', \(problem)")
            }
            guard match["reference"] != "yes" else { continue }
            for content in match.children where content.isIn(XLIFF2Namespace.core) {
                try languages.check(content, inherited: inherited, reporter: reporter, scope: scope)
            }
        }
    }

    private static func described(_ match: XLIFF2Element) -> String {
        match["id"].map { "<mtc:match> '\($0)'" } ?? "<mtc:match>"
    }
}
