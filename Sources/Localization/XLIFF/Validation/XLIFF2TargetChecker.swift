/// What the targets of a unit must keep of its sources: distinct `order` positions within the
/// unit, every code that has canDelete='no', and the order and nesting of codes that have
/// canReorder='firstNo' or 'no'.
struct XLIFF2TargetChecker {
    let reporter: XLIFF2Reporter
    let scope: String
    let content: XLIFF2InlineContent

    /// - Throws: ``CatalogError`` at the first target or code at fault.
    func check() throws(CatalogError) {
        try checkOrder()
        guard content.containers.contains(where: { $0.target != nil }) else { return }
        try checkUndeletableCodes()
        try checkUnreorderableCodes()
    }

    private func checkOrder() throws(CatalogError) {
        var taken: [Int: XLIFF2Element] = [:]
        let count = content.containers.count
        for container in content.containers {
            guard let target = container.target else { continue }
            let order = container.targetOrder
            if order > count {
                throw reporter.error(target, in: scope, "<target> has order '\(order)', but the unit has only \(count) "
                                     + "segment\(count == 1 ? "" : "s") and ignorable\(count == 1 ? "" : "s")")
            }
            if let other = taken[order] {
                throw reporter.error(target, in: scope, "<target> takes position \(order), which the <target> on line \(other.line) "
                                     + "already has; each target needs its own order")
            }
            taken[order] = target
        }
    }

    /// The key that finds the same code on the other side: `ph 1`, `pc 1 end`, `ec 1` (by startRef).
    private func key(of event: XLIFF2InlineContent.Event) -> String {
        let element = event.element
        let id = element.localName == "ec" && element["isolated"] != "yes" ? element["startRef"] ?? "" : element["id"] ?? ""
        return "\(element.localName) \(id)\(event.isClosing ? " end" : "")"
    }

    private func isCode(_ event: XLIFF2InlineContent.Event) -> Bool { ["ph", "pc", "sc", "ec"].contains(event.kind) }

    private func checkUndeletableCodes() throws(CatalogError) {
        let translated = Set(content.containers.filter { $0.target != nil }.map(\.position))
        let targetKeys = Set(content.targetEvents.filter(isCode).map(key))
        for event in content.sourceEvents where isCode(event) && !event.isClosing && translated.contains(event.container) {
            if event.element.hint("canDelete") == "no" && !targetKeys.contains(key(of: event)) {
                throw reporter.error(event.element, in: scope, "\(event.element.codeDescription) has canDelete='no', but the target "
                                     + "leaves it out")
            }
        }
    }

    private func checkUnreorderableCodes() throws(CatalogError) {
        var sequences: [[XLIFF2InlineContent.Event]] = []
        var sequenceOfPairedCode: [String: Int] = [:]
        for event in content.sourceEvents where isCode(event) {
            let hint = event.element.hint("canReorder")
            guard hint != "yes" else { continue }
            if event.isClosing, let sequence = sequenceOfPairedCode[key(of: event)] {
                sequences[sequence].append(event)
            } else if hint == "firstNo" || sequences.isEmpty {
                sequences.append([event])
            } else {
                sequences[sequences.count - 1].append(event)
            }
            if event.kind == "pc" && !event.isClosing { sequenceOfPairedCode["\(key(of: event)) end"] = sequences.count - 1 }
        }
        let translated = Set(content.containers.filter { $0.target != nil }.map(\.position))
        let protectedKeys = Set(sequences.flatMap { $0.map(key) })
        let targetOrder = content.targetEvents.filter { isCode($0) && protectedKeys.contains(key(of: $0)) }.map(key)
        for sequence in sequences where sequence.allSatisfy({ translated.contains($0.container) }) {
            let keys = sequence.map(key)
            let positions = targetOrder.indices.filter { keys.contains(targetOrder[$0]) }
            let isContiguous = positions.last.map { $0 - positions[0] + 1 == positions.count } ?? true
            if positions.map({ targetOrder[$0] }) != keys || !isContiguous {
                let codes = sequence.filter { !$0.isClosing }.map(\.element.codeDescription).joined(separator: ", ")
                throw reporter.error(sequence[0].element, in: scope, "the codes \(codes) may not be reordered (canReorder='firstNo' "
                                     + "then 'no'), but the target changes their order or nesting")
            }
        }
    }
}
