/// A product category that tax rates are given for (`standard`, `books`, …).
///
/// Every market gives a rate for each of ``required`` on every date it covers; rule files may
/// add more (`ebooks`, `newspapers`).
public struct ProductCategory: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    /// The first eight bytes of the name and its length, so unequal categories are told apart
    /// without comparing strings (the engine looks a category up for every item).
    private let key: UInt64

    public init(rawValue: String) {
        self.rawValue = rawValue
        var key = UInt64(truncatingIfNeeded: rawValue.utf8.count) << 56
        for (position, byte) in rawValue.utf8.prefix(7).enumerated() { key |= UInt64(byte) << (UInt64(position) * 8) }
        self.key = key
    }

    public static func == (lhs: ProductCategory, rhs: ProductCategory) -> Bool {
        lhs.key == rhs.key && lhs.rawValue == rhs.rawValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
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
