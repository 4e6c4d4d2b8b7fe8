/// What a unit defines that references can point to: the ids of its segments, ignorables and
/// inline elements (source and target side), notes and original data.
struct XLIFF2UnitIndex: Sendable {
    let fileID: String
    let unitID: String
    /// Segments, ignorables and inline elements of the sources.
    var sourceIDs = Set<String>()
    /// Inline elements of the targets.
    var targetIDs = Set<String>()
    var noteIDs = Set<String>()
    var dataIDs = Set<String>()

    /// Nil when `reference` points to a span of text of this unit (`#m1`, `#t=m2`, `#f=f1/u=u1/m1`),
    /// else why not, to follow "has ref '…', ".
    func problemWithSpanReference(_ reference: String) -> String? {
        let identifier: XLIFF2FragmentIdentifier
        switch parse(reference) {
        case .failure(let problem): return problem.reason
        case .success(let parsed): identifier = parsed
        }
        if let problem = problemWithPlace(identifier) { return problem }
        let leaf = identifier.leaf
        switch leaf.prefix {
        case nil:
            return sourceIDs.contains(leaf.id) ? nil : "but unit '\(unitID)' has no segment, ignorable or source element with id '\(leaf.id)'"
        case "t":
            return targetIDs.contains(leaf.id) ? nil : "but unit '\(unitID)' has no target element with id '\(leaf.id)'"
        default:
            return "which does not point to a span of text in unit '\(unitID)'"
        }
    }

    /// Nil when `reference` points to a `<note>` of this unit (`#n=n1`, `#f=f1/u=u1/n=n1`), else why not.
    func problemWithNoteReference(_ reference: String) -> String? {
        let identifier: XLIFF2FragmentIdentifier
        switch parse(reference) {
        case .failure(let problem): return problem.reason
        case .success(let parsed): identifier = parsed
        }
        if let problem = problemWithPlace(identifier) { return problem }
        guard identifier.leaf.prefix == "n" else { return "which does not point to a <note> (n=…) of unit '\(unitID)'" }
        return noteIDs.contains(identifier.leaf.id) ? nil : "but unit '\(unitID)' has no <note> with id '\(identifier.leaf.id)'"
    }

    private func parse(_ reference: String) -> Result<XLIFF2FragmentIdentifier, XLIFF2FragmentIdentifier.Malformed> {
        guard reference.first == "#" else {
            return .failure(.init(reason: "which is not a fragment identifier (#…) pointing into unit '\(unitID)'"))
        }
        do {
            return .success(try XLIFF2FragmentIdentifier(fragment: String(reference.dropFirst())))
        } catch {
            return .failure(.init(reason: "which is not a valid fragment identifier: \(error.reason)"))
        }
    }

    /// Nil when the file and unit selectors, if any, name this unit.
    private func problemWithPlace(_ identifier: XLIFF2FragmentIdentifier) -> String? {
        if let file = identifier.id(for: "f"), file != fileID { return "which points into file '\(file)', not into this unit" }
        if let unit = identifier.id(for: "u") {
            return unit == unitID ? nil : "which points into unit '\(unit)', not into this unit"
        }
        if identifier.id(for: "f") != nil || identifier.id(for: "g") != nil {
            return "which points outside unit '\(unitID)'"
        }
        return nil
    }
}
