/// Checks one `<unit>`: a segment at least, unique note and data ids, languages of sources and
/// targets, inline markup, translation candidates and glossary references.
struct XLIFF2UnitChecker {
    let reporter: XLIFF2Reporter
    let languages: XLIFF2Languages
    let fileID: String
    let unit: XLIFF2Element
    /// The xml:lang in force on the unit, its own or inherited, nil when none.
    let inheritedLanguage: String?

    /// - Returns: the unit's `subFlows` references, to check once the file's units are known.
    /// - Throws: ``CatalogError`` at the first element at fault.
    func check() throws(CatalogError) -> [XLIFF2InlineChecker.SubFlowReference] {
        let scope = XLIFF2Reporter.scope(of: unit)
        let core = XLIFF2Namespace.core
        guard unit.children.contains(where: { $0.is("segment", in: core) }) else {
            throw reporter.error(unit, in: scope, "the unit has no <segment>; ignorables alone are not enough")
        }
        for segment in unit.children where segment.is("segment", in: core) && segment["subState"] != nil && segment["state"] == nil {
            throw reporter.error(segment, in: scope, "<segment\(segment["id"].map { " id='\($0)'" } ?? "")> has subState but no state; "
                                 + "subState refines a state and needs it")
        }
        var index = XLIFF2UnitIndex(fileID: fileID, unitID: unit["id"] ?? "")
        index.noteIDs = Set(unit.children.filter { $0.is("notes", in: core) }.flatMap(\.children).compactMap { $0["id"] })
        let originalData = unit.children.first { $0.is("originalData", in: core) }
        let dataIDs = try originalData.map { data throws(CatalogError) in try self.dataIDs(of: data, scope: scope) }
        index.dataIDs = dataIDs ?? []
        let content = XLIFF2InlineContent(containers: XLIFF2InlineContent.containers(of: unit))
        for container in content.containers {
            for part in [container.source, container.target].compactMap({ $0 }) {
                try languages.check(part, inherited: inheritedLanguage, reporter: reporter, scope: scope)
            }
        }
        let subFlows = try XLIFF2InlineChecker(reporter: reporter, scope: scope, content: content, dataIDs: dataIDs,
                                               comparesTargets: true).check(index: &index)
        for module in unit.children where !module.isIn(core) {
            if module.is("matches", in: XLIFF2Namespace.matches) {
                try checkMatches(module, index: index, scope: scope)
            } else if module.is("glossary", in: XLIFF2Namespace.glossary) {
                try XLIFF2GlossaryModule.checkReferences(in: module, unit: index, reporter: reporter, scope: scope)
            }
        }
        return subFlows
    }

    private func dataIDs(of originalData: XLIFF2Element, scope: String) throws(CatalogError) -> Set<String> {
        var seen: [String: XLIFF2Element] = [:]
        for data in originalData.children {
            guard let id = data["id"] else { continue }
            if let first = seen[id] {
                throw reporter.error(data, in: scope, "the data id '\(id)' is already used on line \(first.line); "
                                     + "data ids must be unique in <originalData>")
            }
            seen[id] = data
        }
        return Set(seen.keys)
    }

    /// Each match is checked as a small unit of its own (its codes refer to its own original data),
    /// then its reference into the unit and its languages.
    private func checkMatches(_ matches: XLIFF2Element, index: XLIFF2UnitIndex, scope: String) throws(CatalogError) {
        let core = XLIFF2Namespace.core
        for match in matches.children {
            let container = XLIFF2InlineContent.Container(element: match, position: 1,
                                                          source: match.children.first { $0.is("source", in: core) },
                                                          target: match.children.first { $0.is("target", in: core) })
            let originalData = match.children.first { $0.is("originalData", in: core) }
            let dataIDs = try originalData.map { data throws(CatalogError) in try self.dataIDs(of: data, scope: scope) }
            var matchIndex = XLIFF2UnitIndex(fileID: index.fileID, unitID: index.unitID)
            matchIndex.noteIDs = index.noteIDs
            _ = try XLIFF2InlineChecker(reporter: reporter, scope: scope, content: XLIFF2InlineContent(containers: [container]),
                                        dataIDs: dataIDs, comparesTargets: false).check(index: &matchIndex)
        }
        try XLIFF2MatchesModule.checkMatches(matches, unit: index, languages: languages, inherited: inheritedLanguage,
                                             reporter: reporter, scope: scope)
    }
}
