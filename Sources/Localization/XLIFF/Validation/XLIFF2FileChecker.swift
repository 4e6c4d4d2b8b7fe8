/// Checks one `<file>` and what it holds: unique group and unit ids, the skeleton, notes,
/// extension ids, module data, every unit, and `subFlows` references between units.
struct XLIFF2FileChecker {
    let reporter: XLIFF2Reporter
    let languages: XLIFF2Languages
    let file: XLIFF2Element
    /// The xml:lang in force around the file (from `<xliff>`), nil when none.
    let inheritedLanguage: String?

    /// - Throws: ``CatalogError`` at the first element at fault.
    func check() throws(CatalogError) {
        let scope = XLIFF2Reporter.scope(of: file)
        try checkSkeleton(scope: scope)
        var groups: [String: XLIFF2Element] = [:]
        var units: [String: XLIFF2Element] = [:]
        try collectIDs(in: file, groups: &groups, units: &units)
        let resourceItems = XLIFF2ResourceDataModule.itemIDs(in: file)
        var subFlows: [XLIFF2InlineChecker.SubFlowReference] = []
        try visit(file, language: inheritedLanguage, resourceItems: resourceItems, subFlows: &subFlows)
        for reference in subFlows {
            if let missing = reference.unitIDs.first(where: { units[$0] == nil }) {
                throw reporter.error(reference.element, in: reference.scope, "\(reference.element.codeDescription) has "
                                     + "\(reference.attribute) '\(missing)', but \(scope) has no unit with that id")
            }
        }
    }

    private func checkSkeleton(scope: String) throws(CatalogError) {
        guard let skeleton = file.children.first(where: { $0.is("skeleton", in: XLIFF2Namespace.core) }) else { return }
        if skeleton["href"] == nil && skeleton.isBlank {
            throw reporter.error(skeleton, in: scope, "<skeleton> is empty and has no href; give the skeleton either as content or by href")
        }
        if skeleton["href"] != nil && !skeleton.isBlank {
            throw reporter.error(skeleton, in: scope, "<skeleton> has both href and content; give the skeleton one way only")
        }
    }

    private func collectIDs(in element: XLIFF2Element, groups: inout [String: XLIFF2Element],
                            units: inout [String: XLIFF2Element]) throws(CatalogError) {
        for child in element.children where child.isIn(XLIFF2Namespace.core) {
            guard child.localName == "group" || child.localName == "unit", let id = child["id"] else { continue }
            if let first = child.localName == "group" ? groups[id] : units[id] {
                throw reporter.error(child, in: XLIFF2Reporter.scope(of: file), "the \(child.localName) id '\(id)' is already used on line "
                                     + "\(first.line); \(child.localName) ids must be unique in a file")
            }
            if child.localName == "group" {
                groups[id] = child
                try collectIDs(in: child, groups: &groups, units: &units)
            } else {
                units[id] = child
            }
        }
    }

    private func visit(_ element: XLIFF2Element, language: String?, resourceItems: Set<String>,
                       subFlows: inout [XLIFF2InlineChecker.SubFlowReference]) throws(CatalogError) {
        let scope = XLIFF2Reporter.scope(of: element)
        let language = element.attribute("lang", namespace: XLIFF2Namespace.xml) ?? language
        try checkNotes(of: element, scope: scope)
        try checkExtensionIDs(of: element, scope: scope)
        try XLIFF2ResourceDataModule.checkData(in: element, itemIDs: resourceItems, languages: languages, reporter: reporter, scope: scope)
        try XLIFF2ChangeTrackingModule.checkTracks(in: element, reporter: reporter, scope: scope)
        if element.localName == "unit" {
            let checker = XLIFF2UnitChecker(reporter: reporter, languages: languages, fileID: file["id"] ?? "", unit: element,
                                            inheritedLanguage: language)
            subFlows += try checker.check()
            return
        }
        for child in element.children where child.is("group", in: XLIFF2Namespace.core) || child.is("unit", in: XLIFF2Namespace.core) {
            try visit(child, language: language, resourceItems: resourceItems, subFlows: &subFlows)
        }
    }

    private func checkNotes(of element: XLIFF2Element, scope: String) throws(CatalogError) {
        var seen: [String: XLIFF2Element] = [:]
        for notes in element.children where notes.is("notes", in: XLIFF2Namespace.core) {
            for note in notes.children {
                guard let id = note["id"] else { continue }
                if let first = seen[id] {
                    throw reporter.error(note, in: scope, "the note id '\(id)' is already used on line \(first.line); "
                                         + "note ids must be unique in their <notes>")
                }
                seen[id] = note
            }
        }
    }

    /// Extension elements with an `id` (or `xml:id`) are told apart by it within the nearest
    /// file, group or unit, among the elements of their namespace.
    private func checkExtensionIDs(of element: XLIFF2Element, scope: String) throws(CatalogError) {
        var seen: [String: XLIFF2Element] = [:]
        func visit(_ parent: XLIFF2Element) throws(CatalogError) {
            for child in parent.children where !child.isIn(XLIFF2Namespace.core) {
                if XLIFF2Namespace.isExtension(child.namespace),
                   let id = child["id"] ?? child.attribute("id", namespace: XLIFF2Namespace.xml) {
                    let key = "\(child.namespace) \(id)"
                    if let first = seen[key] {
                        throw reporter.error(child, in: scope, "the id '\(id)' of <\(child.qualifiedName)> is already used by "
                                             + "<\(first.qualifiedName)> on line \(first.line); ids of extension elements must be "
                                             + "unique in their file, group or unit")
                    }
                    seen[key] = child
                }
                try visit(child)
            }
        }
        try visit(element)
    }
}
