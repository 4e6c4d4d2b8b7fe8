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
    /// The first line for each prefix, by ``HSPrefixKey``.
    private let byPrefix: [UInt64: Line]
    /// The prefix lengths the table has, longest first.
    private let lengths: [Int]

    public init(lines: [Line]) {
        self.lines = lines.sorted { $0.hs.count > $1.hs.count }
        var byPrefix: [UInt64: Line] = [:]
        for line in self.lines {
            if let key = HSPrefixKey.key(line.hs.utf8), byPrefix[key] == nil { byPrefix[key] = line }
        }
        self.byPrefix = byPrefix
        self.lengths = Set(self.lines.map(\.hs.utf8.count)).sorted(by: >)
    }

    /// No lines: every product without a category is `standard`.
    public static let empty = CategoryByHSCode(lines: [])

    /// The category for an HS code, nil when no line matches.
    public func category(for hsCode: String) -> ProductCategory? {
        HSPrefixKey.firstMatch(of: hsCode, lengths: lengths) { byPrefix[$0]?.category }
    }
}
