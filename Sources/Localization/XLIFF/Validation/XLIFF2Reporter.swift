/// Turns a broken constraint into a ``CatalogError`` naming file:line and, before the reason,
/// the innermost `<file>`, `<group>` or `<unit>` it is in ("unit 'u1': …").
struct XLIFF2Reporter: Sendable {
    let path: String

    /// The error for `element` (its start-tag line) inside `scope`.
    func error(_ element: XLIFF2Element, in scope: String?, _ reason: String) -> CatalogError {
        error(line: element.line, in: scope, reason)
    }

    /// The error at `line` inside `scope`.
    func error(line: Int, in scope: String?, _ reason: String) -> CatalogError {
        let location = line > 0 ? "\(path):\(line)" : path
        guard let scope else { return CatalogError(file: location, reason: reason) }
        return CatalogError(file: location, reason: "\(scope): \(reason)")
    }

    /// "unit 'u1'" for the innermost core `<file>`, `<group>` or `<unit>` among `elements`
    /// (outermost first), nil when there is none.
    static func scope(of elements: [XLIFF2Element]) -> String? {
        elements.last { $0.namespace == XLIFF2Namespace.core && ["file", "group", "unit"].contains($0.localName) }
            .map(scope(of:))
    }

    /// "unit 'u1'" for one `<file>`, `<group>` or `<unit>`.
    static func scope(of element: XLIFF2Element) -> String {
        "\(element.localName) '\(element["id"] ?? "")'"
    }
}
