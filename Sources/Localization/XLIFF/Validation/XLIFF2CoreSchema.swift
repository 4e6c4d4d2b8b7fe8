/// The element rules of XLIFF 2.0 core (XLIFF Version 2.0, OASIS Standard, 2014, section 4):
/// attributes, their value sets, and the order of child elements.
enum XLIFF2CoreSchema {
    private typealias Rule = XLIFF2ElementRule
    private typealias Particle = XLIFF2Particle

    /// The rule of a core element by local name; nil for a name the core does not define.
    static func rule(for localName: String) -> XLIFF2ElementRule? { rules[localName] }

    /// Attributes common to every inline code (`ph`, `pc`, `sc`, `ec`).
    private static let codeAttributes: [String: XLIFF2ValueRule] = [
        "id": .nmtoken, "canCopy": .yesNo, "canDelete": .yesNo, "canReorder": .reorder, "copyOf": .nmtoken,
        "subType": .prefixedValue, "type": .codeType,
    ]

    private static let annotationAttributes: [String: XLIFF2ValueRule] = [
        "id": .nmtoken, "translate": .yesNo, "type": .annotationType, "ref": .text, "value": .text,
    ]

    private static let structuralAttributes: [String: XLIFF2ValueRule] = [
        "id": .nmtoken, "name": .text, "canResegment": .yesNo, "translate": .yesNo, "srcDir": .direction,
        "trgDir": .direction, "type": .prefixedValue, "xml:space": .space,
    ]

    private static let rules: [String: XLIFF2ElementRule] = [
        "xliff": Rule(["version": .text, "srcLang": .language, "trgLang": .language, "xml:space": .space],
                      required: ["version", "srcLang"], foreign: .any, content: .sequence([.oneOrMore("file")])),
        "file": Rule(["id": .nmtoken, "canResegment": .yesNo, "original": .text, "translate": .yesNo, "srcDir": .direction,
                      "trgDir": .direction, "xml:space": .space],
                     required: ["id"], foreign: .any,
                     content: .sequence([.optional("skeleton"), .others(), .optional("notes"), .oneOrMore("unit", "group")])),
        "skeleton": Rule(["href": .text], content: .textAndExtensions),
        "group": Rule(structuralAttributes, required: ["id"], foreign: .any,
                      content: .sequence([.others(), .optional("notes"), .any("unit", "group")])),
        "unit": Rule(structuralAttributes, required: ["id"], foreign: .any,
                     content: .sequence([.others(), .optional("notes"), .optional("originalData"),
                                         .oneOrMore("segment", "ignorable")])),
        "notes": Rule(content: .sequence([.oneOrMore("note")])),
        "note": Rule(["id": .nmtoken, "appliesTo": .choice(["source", "target"]), "priority": .integer(1...10), "category": .text],
                     foreign: .any, content: .text),
        "originalData": Rule(content: .sequence([.oneOrMore("data")])),
        "data": Rule(["id": .nmtoken, "dir": .direction, "xml:space": .choice(["preserve"])], required: ["id"], content: .codeData),
        "segment": Rule(["id": .nmtoken, "canResegment": .yesNo, "state": .choice(["initial", "translated", "reviewed", "final"]),
                         "subState": .prefixedValue],
                        content: .sequence([.one("source"), .optional("target")])),
        "ignorable": Rule(["id": .nmtoken], content: .sequence([.one("source"), .optional("target")])),
        "source": Rule(["xml:lang": .language, "xml:space": .space], content: .inline),
        "target": Rule(["xml:lang": .language, "xml:space": .space, "order": .positiveInteger], content: .inline),
        "cp": Rule(["hex": .forbiddenCharacter], required: ["hex"], content: .empty),
        "ph": Rule(codeAttributes.merging(["dataRef": .nmtoken, "disp": .text, "equiv": .text, "subFlows": .nmtokens]) { $1 },
                   required: ["id"], foreign: .inlineModules, content: .empty),
        "pc": Rule(codeAttributes.merging(["canOverlap": .yesNo, "dataRefEnd": .nmtoken, "dataRefStart": .nmtoken, "dir": .direction,
                                           "dispEnd": .text, "dispStart": .text, "equivEnd": .text, "equivStart": .text,
                                           "subFlowsEnd": .nmtokens, "subFlowsStart": .nmtokens]) { $1 },
                   required: ["id"], foreign: .inlineModules, content: .inline),
        "sc": Rule(codeAttributes.merging(["canOverlap": .yesNo, "dataRef": .nmtoken, "dir": .direction, "disp": .text,
                                           "equiv": .text, "isolated": .yesNo, "subFlows": .nmtokens]) { $1 },
                   required: ["id"], foreign: .inlineModules, content: .empty),
        "ec": Rule(codeAttributes.merging(["canOverlap": .yesNo, "dataRef": .nmtoken, "dir": .direction, "disp": .text,
                                           "equiv": .text, "isolated": .yesNo, "startRef": .nmtoken, "subFlows": .nmtokens]) { $1 },
                   foreign: .inlineModules, content: .empty),
        "mrk": Rule(annotationAttributes, required: ["id"], foreign: .any, content: .inline),
        "sm": Rule(annotationAttributes, required: ["id"], foreign: .any, content: .empty),
        "em": Rule(["startRef": .nmtoken], required: ["startRef"], content: .empty),
    ]

    /// The inline elements a `<source>`, `<target>`, `<pc>` or `<mrk>` may hold.
    static let inlineElements: Set<String> = ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"]
}
