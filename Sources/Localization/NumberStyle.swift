/// The kinds of plain numbers ``DecimalFormatter`` writes.
public enum NumberStyle: String, Sendable, CaseIterable {
    /// Grouped decimal: `1.234,5` in de-DE.
    case decimal
    /// A fraction shown as a percentage: 0.19 → `19 %` in de-DE, `19%` in en-US.
    case percent
}
