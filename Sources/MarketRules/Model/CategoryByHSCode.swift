/// Which tax category goods fall in by their HS code, for products whose feed names no category
/// (`tax-rules/hs-categories.yaml`): printed books are `books` wherever they are sold.
///
/// The longest matching prefix wins, as for duty schedules.
public final class CategoryByHSCode: Sendable {
    /// One prefix and the category it implies.
    public struct Line: Sendable {
        public let hs: String
        public let category: ProductCategory
        public let provenance: Provenance

        public init(hs: String, category: ProductCategory, provenance: Provenance) {
            self.hs = hs
            self.category = category
            self.provenance = provenance
        }
    }

    public let lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines.sorted { $0.hs.count > $1.hs.count }
    }

    /// No lines: every product without a category is `standard`.
    public static let empty = CategoryByHSCode(lines: [])

    /// The category for an HS code, nil when no line matches.
    public func category(for hsCode: String) -> ProductCategory? {
        lines.first { hsCode.hasPrefix($0.hs) }?.category
    }
}
