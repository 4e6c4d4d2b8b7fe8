/// Checks the inline markup of one unit or match: ids, references to original data, copies,
/// editing hints, annotations, and start/end pairs; and, for a unit, what its targets must
/// keep of its sources (order, codes that cannot be deleted or reordered).
struct XLIFF2InlineChecker {
    let reporter: XLIFF2Reporter
    let scope: String
    let content: XLIFF2InlineContent
    /// The ids of the `<data>` elements of the unit's (or match's) `<originalData>`; nil when it has none.
    let dataIDs: Set<String>?
    /// For a match, only the markup is checked, not what a target keeps of the source.
    let comparesTargets: Bool

    /// A `subFlows` reference to units of the file, resolved once the whole file is read.
    struct SubFlowReference: Sendable {
        let element: XLIFF2Element
        /// The unit it is in, for messages.
        let scope: String
        let attribute: String
        let unitIDs: [String]
    }

    /// Runs every check and fills in the ids the unit defines.
    /// - Returns: the `subFlows` references to check against the file's units.
    /// - Throws: ``CatalogError`` at the first element at fault.
    func check(index: inout XLIFF2UnitIndex) throws(CatalogError) -> [SubFlowReference] {
        try collectIDs(into: &index)
        var subFlows: [SubFlowReference] = []
        for side in [XLIFF2InlineContent.Side.source, .target] {
            for event in content.events(on: side) where !event.isClosing {
                try checkElement(event.element, index: index)
                for attribute in ["subFlows", "subFlowsStart", "subFlowsEnd"] {
                    if let value = event.element[attribute] {
                        subFlows.append(SubFlowReference(element: event.element, scope: scope, attribute: attribute, unitIDs: XLIFF2Syntax.tokens(of: value)))
                    }
                }
            }
            try XLIFF2CodePairingChecker(reporter: reporter, scope: scope, side: side, events: content.events(on: side),
                                         isComplete: side == .source || content.everySegmentHasTarget).check()
        }
        try checkCopies()
        if comparesTargets {
            try XLIFF2TargetChecker(reporter: reporter, scope: scope, content: content).check()
        }
        return subFlows
    }

    // MARK: - Ids

    private func collectIDs(into index: inout XLIFF2UnitIndex) throws(CatalogError) {
        var sourceLines: [String: XLIFF2Element] = [:]
        for container in content.containers where comparesTargets {
            if let id = container.element["id"] { try claim(id, by: container.element, in: &sourceLines, side: "source") }
        }
        for event in content.sourceEvents where !event.isClosing {
            if let id = event.element["id"] { try claim(id, by: event.element, in: &sourceLines, side: "source") }
        }
        var targetLines: [String: XLIFF2Element] = [:]
        for event in content.targetEvents where !event.isClosing {
            if let id = event.element["id"] { try claim(id, by: event.element, in: &targetLines, side: "target") }
        }
        index.sourceIDs.formUnion(sourceLines.keys)
        index.targetIDs.formUnion(targetLines.keys)
    }

    private func claim(_ id: String, by element: XLIFF2Element, in seen: inout [String: XLIFF2Element], side: String) throws(CatalogError) {
        if let first = seen[id] {
            let what = side == "source" ? "segments, ignorables and source inline elements" : "inline elements of the targets"
            throw reporter.error(element, in: scope, "the id '\(id)' of <\(element.localName)> is already used by <\(first.localName)> "
                                 + "on line \(first.line); ids of \(what) must be unique in a unit")
        }
        seen[id] = element
    }

    // MARK: - One element

    private func checkElement(_ element: XLIFF2Element, index: XLIFF2UnitIndex) throws(CatalogError) {
        switch element.localName {
        case "ph", "pc", "sc", "ec":
            try checkCode(element)
        case "mrk", "sm":
            try checkAnnotation(element, index: index)
        default:
            break
        }
    }

    private func checkCode(_ code: XLIFF2Element) throws(CatalogError) {
        let name = code.codeDescription
        if code.localName == "ec" {
            if code["isolated"] == "yes" {
                if code["startRef"] != nil {
                    throw reporter.error(code, in: scope, "\(name) is isolated='yes', so it must have an id and no startRef")
                }
                if code["id"] == nil { throw reporter.error(code, in: scope, "<ec> with isolated='yes' needs an id") }
            } else if code["startRef"] == nil {
                throw reporter.error(code, in: scope, "\(name) is not isolated, so it needs a startRef naming its <sc> "
                                     + "(or isolated='yes' when its <sc> is outside the unit)")
            }
        }
        if let subType = code["subType"] {
            guard let type = code["type"] else {
                throw reporter.error(code, in: scope, "\(name) has subType '\(subType)' but no type; subType needs type")
            }
            let reserved = ["xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui"]
            if subType.hasPrefix("xlf:") {
                guard let expected = reserved[subType] else {
                    throw reporter.error(code, in: scope, "\(name) has subType '\(subType)', which is not one of the xlf: values "
                                         + "(xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u, xlf:var)")
                }
                if type != expected {
                    throw reporter.error(code, in: scope, "\(name) has subType '\(subType)', which needs type '\(expected)', not '\(type)'")
                }
            }
        }
        if code.hint("canReorder") != "yes" && (code.hint("canCopy") != "no" || code.hint("canDelete") != "no") {
            throw reporter.error(code, in: scope, "\(name) has canReorder '\(code.hint("canReorder"))', so canCopy and canDelete "
                                 + "must be 'no' too")
        }
        for attribute in ["dataRef", "dataRefStart", "dataRefEnd"] {
            guard let reference = code[attribute] else { continue }
            if code["copyOf"] != nil {
                throw reporter.error(code, in: scope, "\(name) has both copyOf and \(attribute); a copy takes its original data from its base code")
            }
            guard let dataIDs else {
                throw reporter.error(code, in: scope, "\(name) has \(attribute) '\(reference)', but there is no <originalData>")
            }
            if !dataIDs.contains(reference) {
                throw reporter.error(code, in: scope, "\(name) has \(attribute) '\(reference)', but <originalData> has no <data> with that id")
            }
        }
    }

    private func checkAnnotation(_ annotation: XLIFF2Element, index: XLIFF2UnitIndex) throws(CatalogError) {
        let name = annotation.described
        let reference = annotation["ref"]
        if annotation["type"] == "comment" {
            switch (annotation["value"], reference) {
            case (nil, nil):
                throw reporter.error(annotation, in: scope, "\(name) is a comment annotation, so it needs a value (the comment) "
                                     + "or a ref to a <note> of the unit")
            case (.some, .some):
                throw reporter.error(annotation, in: scope, "\(name) is a comment annotation with both value and ref; use one of them")
            case (nil, .some(let reference)):
                if let problem = index.problemWithNoteReference(reference) {
                    throw reporter.error(annotation, in: scope, "\(name) is a comment annotation with ref '\(reference)', \(problem)")
                }
            case (.some, nil):
                break
            }
        } else if let reference, reference.first == "#" {
            do {
                _ = try XLIFF2FragmentIdentifier(fragment: String(reference.dropFirst()))
            } catch {
                throw reporter.error(annotation, in: scope, "\(name) has ref '\(reference)', which is not a valid fragment identifier: "
                                     + error.reason)
            }
        }
    }

    // MARK: - Copies

    private func checkCopies() throws(CatalogError) {
        let codes = (content.sourceEvents + content.targetEvents).filter { !$0.isClosing && ["ph", "pc", "sc", "ec"].contains($0.kind) }
        var bases: [String: XLIFF2Element] = [:]
        for event in codes where event.element["copyOf"] == nil {
            if let id = event.element["id"], bases[id] == nil { bases[id] = event.element }
        }
        for event in codes {
            guard let baseID = event.element["copyOf"] else { continue }
            guard let base = bases[baseID] else {
                throw reporter.error(event.element, in: scope, "\(event.element.codeDescription) has copyOf '\(baseID)', but no code "
                                     + "with that id is in the unit")
            }
            if base.hint("canCopy") == "no" {
                throw reporter.error(event.element, in: scope, "\(event.element.codeDescription) copies \(base.codeDescription), "
                                     + "which has canCopy='no'")
            }
        }
    }
}
