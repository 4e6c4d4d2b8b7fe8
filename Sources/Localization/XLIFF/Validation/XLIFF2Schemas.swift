/// Finds the rule of any element the validator knows: the core's and each module's.
enum XLIFF2Schemas {
    /// The rule for `element`; nil for an extension element or a name its namespace does not define.
    static func rule(for element: XLIFF2Element) -> XLIFF2ElementRule? {
        switch element.namespace {
        case XLIFF2Namespace.core: return XLIFF2CoreSchema.rule(for: element.localName)
        case XLIFF2Namespace.matches: return XLIFF2MatchesModule.rules[element.localName]
        case XLIFF2Namespace.glossary: return XLIFF2GlossaryModule.rules[element.localName]
        case XLIFF2Namespace.metadata: return XLIFF2MetadataModule.rules[element.localName]
        case XLIFF2Namespace.resourceData: return XLIFF2ResourceDataModule.rules[element.localName]
        case XLIFF2Namespace.changeTracking: return XLIFF2ChangeTrackingModule.rules[element.localName]
        case XLIFF2Namespace.sizeRestriction: return XLIFF2SizeRestrictionModule.rules[element.localName]
        case XLIFF2Namespace.validation: return XLIFF2ValidationModule.rules[element.localName]
        default: return nil
        }
    }

    /// Where each module's outermost elements may stand: the core elements whose extension
    /// points take them (section 5 of the specification, "Module elements … used in").
    private static let placements: [String: [String: Set<String>]] = [
        XLIFF2Namespace.matches: ["matches": ["unit"]],
        XLIFF2Namespace.glossary: ["glossary": ["unit"]],
        XLIFF2Namespace.metadata: ["metadata": ["file", "group", "unit"]],
        XLIFF2Namespace.resourceData: ["resourceData": ["file", "group", "unit"]],
        XLIFF2Namespace.changeTracking: ["changeTrack": ["file", "group", "unit"]],
        XLIFF2Namespace.sizeRestriction: ["profiles": ["file"], "data": ["file", "group", "unit"]],
        XLIFF2Namespace.validation: ["validation": ["file", "group", "unit"]],
    ]

    /// Nil when the module element `element` may stand directly in the core element `parent`,
    /// else where it may stand, for the message.
    static func misplacement(of element: XLIFF2Element, in parent: XLIFF2Element) -> String? {
        guard let byName = placements[element.namespace], parent.isIn(XLIFF2Namespace.core), parent.localName != "skeleton" else {
            return nil
        }
        guard let parents = byName[element.localName] else {
            let outer = byName.keys.sorted().map { "<\(XLIFF2Namespace.conventionalPrefix(element.namespace))\($0)>" }
            return "only \(outer.joined(separator: " and ")) of its module may stand directly in a core element"
        }
        if parents.contains(parent.localName) { return nil }
        return "it belongs in " + parents.sorted().map { "<\($0)>" }.joined(separator: " or ")
    }

    /// "XLIFF 2.0 core", "the Glossary module": what messages call a namespace.
    static func name(of namespace: String) -> String {
        switch namespace {
        case XLIFF2Namespace.core: return "XLIFF 2.0 core"
        case XLIFF2Namespace.matches: return "the Translation Candidates module"
        case XLIFF2Namespace.glossary: return "the Glossary module"
        case XLIFF2Namespace.formatStyle: return "the Format Style module (which has attributes only)"
        case XLIFF2Namespace.metadata: return "the Metadata module"
        case XLIFF2Namespace.resourceData: return "the Resource Data module"
        case XLIFF2Namespace.changeTracking: return "the Change Tracking module"
        case XLIFF2Namespace.sizeRestriction: return "the Size and Length Restriction module"
        case XLIFF2Namespace.validation: return "the Validation module"
        default: return "namespace '\(namespace)'"
        }
    }

    /// Runs the checks of a module element that need only the element itself (ids unique in a
    /// glossary, exactly one kind of validation rule, …).
    /// - Throws: ``CatalogError`` from the module's check.
    static func checkModuleElement(_ element: XLIFF2Element, reporter: XLIFF2Reporter, scope: String?) throws(CatalogError) {
        switch element.namespace {
        case XLIFF2Namespace.matches: try XLIFF2MatchesModule.checkElement(element, reporter: reporter, scope: scope)
        case XLIFF2Namespace.glossary: try XLIFF2GlossaryModule.checkElement(element, reporter: reporter, scope: scope)
        case XLIFF2Namespace.metadata: try XLIFF2MetadataModule.checkElement(element, reporter: reporter, scope: scope)
        case XLIFF2Namespace.resourceData: try XLIFF2ResourceDataModule.checkElement(element, reporter: reporter, scope: scope)
        case XLIFF2Namespace.changeTracking: try XLIFF2ChangeTrackingModule.checkElement(element, reporter: reporter, scope: scope)
        case XLIFF2Namespace.validation: try XLIFF2ValidationModule.checkElement(element, reporter: reporter, scope: scope)
        default: break
        }
    }
}
