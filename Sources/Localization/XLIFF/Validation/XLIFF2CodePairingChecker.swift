/// Pairs the `<sc>`/`<ec>` and `<sm>`/`<em>` of one side of a unit (its sources, or its targets in
/// target order): each end after its start, isolated codes unpaired, paired codes agreeing.
struct XLIFF2CodePairingChecker {
    let reporter: XLIFF2Reporter
    let scope: String
    let side: XLIFF2InlineContent.Side
    let events: [XLIFF2InlineContent.Event]
    /// False for targets when some segment has none yet: then a start without its end is not an error.
    let isComplete: Bool

    /// - Throws: ``CatalogError`` at the first start or end code at fault.
    func check() throws(CatalogError) {
        let elements = events.filter { !$0.isClosing }.map(\.element)
        let startIDs = Set(elements.filter { $0.localName == "sc" }.compactMap { $0["id"] })
        let markerIDs = Set(elements.filter { $0.localName == "sm" }.compactMap { $0["id"] })
        var openCodes: [String: XLIFF2Element] = [:]
        var openOrder: [String] = []
        var isolatedCodes: [String: XLIFF2Element] = [:]
        var openMarkers = Set<String>()
        for element in elements {
            switch element.localName {
            case "sc":
                guard let id = element["id"] else { continue }
                if element["isolated"] == "yes" {
                    isolatedCodes[id] = element
                } else {
                    openCodes[id] = element
                    openOrder.append(id)
                }
            case "ec":
                guard element["isolated"] != "yes", let start = element["startRef"] else { continue }
                if let opening = openCodes.removeValue(forKey: start) {
                    try checkAgreement(of: element, with: opening)
                } else if let isolated = isolatedCodes[start] {
                    throw reporter.error(isolated, in: scope, "<sc> '\(start)' has isolated='yes', but the \(side.rawValue) has its "
                                         + "<ec> (line \(element.line)); a paired <sc> is not isolated")
                } else if startIDs.contains(start) {
                    throw reporter.error(element, in: scope, "<ec> with startRef '\(start)' comes before its <sc> in the \(side.rawValue)")
                } else {
                    throw reporter.error(element, in: scope, "<ec> with startRef '\(start)' has no matching <sc> in the \(side.rawValue)")
                }
            case "sm":
                if let id = element["id"] { openMarkers.insert(id) }
            case "em":
                guard let start = element["startRef"] else { continue }
                if openMarkers.remove(start) == nil {
                    let problem = markerIDs.contains(start) ? "comes before its <sm>" : "has no matching <sm>"
                    throw reporter.error(element, in: scope, "<em> with startRef '\(start)' \(problem) in the \(side.rawValue)")
                }
            default:
                break
            }
        }
        if isComplete, let id = openOrder.first(where: { openCodes[$0] != nil }), let unclosed = openCodes[id] {
            throw reporter.error(unclosed, in: scope, "<sc> '\(id)' has no matching <ec> in the \(side.rawValue) of the unit; "
                                 + "a start code whose end is outside the unit needs isolated='yes'")
        }
    }

    /// An `<ec>` repeats its `<sc>`'s editing hints, type, subType and direction; after an
    /// `<sc>` with canReorder='firstNo' it has canReorder='no'.
    private func checkAgreement(of end: XLIFF2Element, with start: XLIFF2Element) throws(CatalogError) {
        let name = end.codeDescription
        for hint in ["canCopy", "canDelete", "canOverlap"] where end.hint(hint) != start.hint(hint) {
            throw reporter.error(end, in: scope, "\(name) has \(hint) '\(end.hint(hint))', but its <sc> has '\(start.hint(hint))'; "
                                 + "they must agree")
        }
        let startReorder = start.hint("canReorder")
        let expectedReorder = startReorder == "firstNo" ? "no" : startReorder
        if end.hint("canReorder") != expectedReorder {
            let reason = startReorder == "firstNo" ? "its <sc> has canReorder 'firstNo', so the <ec> must have 'no'"
                : "but its <sc> has '\(startReorder)'; they must agree"
            throw reporter.error(end, in: scope, "\(name) has canReorder '\(end.hint("canReorder"))', \(reason)")
        }
        for attribute in ["type", "subType", "dir"] {
            if let endValue = end[attribute], let startValue = start[attribute], endValue != startValue {
                throw reporter.error(end, in: scope, "\(name) has \(attribute) '\(endValue)', but its <sc> has '\(startValue)'; "
                                     + "they must agree")
            }
        }
    }
}
