/// A product category that tax rates are given for (`standard`, `books`, …).
///
/// Every market gives a rate for each of ``required`` on every date it covers; rule files may
/// add more (`ebooks`, `newspapers`).
public struct ProductCategory: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let standard = ProductCategory(rawValue: "standard")
    public static let reduced = ProductCategory(rawValue: "reduced")
    public static let books = ProductCategory(rawValue: "books")
    public static let food = ProductCategory(rawValue: "food")
    public static let childrensClothing = ProductCategory(rawValue: "childrens_clothing")
    public static let medicines = ProductCategory(rawValue: "medicines")

    /// The categories every market must cover.
    public static let required: [ProductCategory] = [.standard, .reduced, .books, .food, .childrensClothing, .medicines]

    public var description: String { rawValue }

    public static func < (lhs: ProductCategory, rhs: ProductCategory) -> Bool { lhs.rawValue < rhs.rawValue }
}
