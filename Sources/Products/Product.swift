import MarketRules
import Money

/// One product as read from a supplier feed or sent to the listings API: what Meridian needs to
/// price, translate and list it.
public struct Product: Sendable, Hashable {
    /// Stock state, with the values Google Merchant Center uses.
    public enum Availability: String, Sendable, CaseIterable {
        case inStock = "in_stock"
        case outOfStock = "out_of_stock"
        case preorder
        case backorder
    }

    /// The state of the goods, with the values Google Merchant Center uses.
    public enum Condition: String, Sendable, CaseIterable {
        case new
        case refurbished
        case used
    }

    /// What a record asks the catalog to do with the product it names, where the feed says so
    /// (BMEcat transactions and `mode`, ONIX `NotificationType`).
    public enum Change: String, Sendable, CaseIterable {
        /// A new product, or a full record that replaces what was known.
        case new
        /// Changed fields of a known product (BMEcat `T_UPDATE_PRODUCTS` with `mode="update"`).
        case update
        /// Only the prices of a known product change (BMEcat `T_UPDATE_PRICES`); other fields are absent, not empty.
        case pricesOnly = "prices_only"
        /// The product is withdrawn (BMEcat `mode="delete"`, ONIX notification 05).
        case delete
    }

    /// A picture of the product.
    public struct Image: Sendable, Hashable {
        public let url: String
        /// What the supplier says it is for (`normal`, `thumbnail`, `detail`), nil when unsaid.
        public let purpose: String?

        public init(url: String, purpose: String? = nil) {
            self.url = url
            self.purpose = purpose
        }
    }

    /// A technical feature (BMEcat `FEATURE`): name, value and unit as the supplier wrote them.
    public struct Feature: Sendable, Hashable {
        public let name: String
        public let value: String
        public let unit: String?

        public init(name: String, value: String, unit: String? = nil) {
            self.name = name
            self.value = value
            self.unit = unit
        }
    }

    /// Where the record starts in its source, for rejects and warnings.
    public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        public var description: String { "\(file):\(line):\(column)" }
    }

    /// The fields live in one shared box, so that handing a product to every market's listing
    /// costs one reference count, not one per field; products are made whole and rarely changed.
    struct Fields: Hashable, Sendable {
        var id: String
        var gtin: GTIN?
        var brand: String?
        var mpn: String?
        var titles: LocalizedTexts
        var descriptions: LocalizedTexts
        var category: String?
        var hsCode: String?
        var originCountry: String?
        var taxCategory: ProductCategory?
        var price: ProductPrice?
        var salePrice: ProductPrice?
        var weightKg: ExactDecimal?
        var images: [Image]
        var availability: Availability?
        var stock: Int?
        var variantGroup: String?
        var link: String?
        var orderUnit: String?
        var features: [Feature]
        var source: SourceLocation?
        var condition: Condition?
        var authors: [String]
        var change: Change?
    }

    /// One product's fields, never changed once made: a write makes a new box.
    final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// Applies `change` to a copy of the fields and keeps the copy.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    /// The supplier's id for the product (BMEcat `SUPPLIER_PID`, Google `g:id`, ONIX `RecordReference`).
    public var id: String {
        get { storage.fields.id }
        set { update { $0.id = newValue } }
    }
    public var gtin: GTIN? {
        get { storage.fields.gtin }
        set { update { $0.gtin = newValue } }
    }
    public var brand: String? {
        get { storage.fields.brand }
        set { update { $0.brand = newValue } }
    }
    /// Manufacturer part number.
    public var mpn: String? {
        get { storage.fields.mpn }
        set { update { $0.mpn = newValue } }
    }
    public var titles: LocalizedTexts {
        get { storage.fields.titles }
        set { update { $0.titles = newValue } }
    }
    public var descriptions: LocalizedTexts {
        get { storage.fields.descriptions }
        set { update { $0.descriptions = newValue } }
    }
    /// The supplier's or Google's category path (`Apparel & Accessories > Clothing`).
    public var category: String? {
        get { storage.fields.category }
        set { update { $0.category = newValue } }
    }
    /// HS code digits (2 to 10), nil when the supplier gives none.
    public var hsCode: String? {
        get { storage.fields.hsCode }
        set { update { $0.hsCode = newValue } }
    }
    /// ISO 3166-1 alpha-2 country of origin.
    public var originCountry: String? {
        get { storage.fields.originCountry }
        set { update { $0.originCountry = newValue } }
    }
    /// The tax category for rates (`standard`, `books`, …), nil for standard.
    public var taxCategory: ProductCategory? {
        get { storage.fields.taxCategory }
        set { update { $0.taxCategory = newValue } }
    }
    public var price: ProductPrice? {
        get { storage.fields.price }
        set { update { $0.price = newValue } }
    }
    public var salePrice: ProductPrice? {
        get { storage.fields.salePrice }
        set { update { $0.salePrice = newValue } }
    }
    /// Weight of one unit in kilograms.
    public var weightKg: ExactDecimal? {
        get { storage.fields.weightKg }
        set { update { $0.weightKg = newValue } }
    }
    public var images: [Image] {
        get { storage.fields.images }
        set { update { $0.images = newValue } }
    }
    public var availability: Availability? {
        get { storage.fields.availability }
        set { update { $0.availability = newValue } }
    }
    /// Units in stock, nil when unknown.
    public var stock: Int? {
        get { storage.fields.stock }
        set { update { $0.stock = newValue } }
    }
    /// Products that are variants of one another share this (Google `item_group_id`).
    public var variantGroup: String? {
        get { storage.fields.variantGroup }
        set { update { $0.variantGroup = newValue } }
    }
    /// The product page.
    public var link: String? {
        get { storage.fields.link }
        set { update { $0.link = newValue } }
    }
    /// The unit it is ordered in (BMEcat `ORDER_UNIT`: `C62` piece, `PK` pack…).
    public var orderUnit: String? {
        get { storage.fields.orderUnit }
        set { update { $0.orderUnit = newValue } }
    }
    public var features: [Feature] {
        get { storage.fields.features }
        set { update { $0.features = newValue } }
    }
    public var source: SourceLocation? {
        get { storage.fields.source }
        set { update { $0.source = newValue } }
    }
    /// New, refurbished or used (Google `g:condition`), nil when unsaid.
    public var condition: Condition? {
        get { storage.fields.condition }
        set { update { $0.condition = newValue } }
    }
    /// The people who wrote or made a book (ONIX `Contributor`), in the feed's order. Kept apart
    /// from ``brand``: a book has several, and listings show "by …" beside the publisher's brand.
    public var authors: [String] {
        get { storage.fields.authors }
        set { update { $0.authors = newValue } }
    }
    /// What the record asks for (new, update, prices only, delete), nil when the feed does not say.
    public var change: Change? {
        get { storage.fields.change }
        set { update { $0.change = newValue } }
    }

    public init(id: String, gtin: GTIN? = nil, brand: String? = nil, mpn: String? = nil,
                titles: LocalizedTexts = LocalizedTexts(), descriptions: LocalizedTexts = LocalizedTexts(),
                category: String? = nil, hsCode: String? = nil, originCountry: String? = nil,
                taxCategory: ProductCategory? = nil, price: ProductPrice? = nil, salePrice: ProductPrice? = nil,
                weightKg: ExactDecimal? = nil, images: [Image] = [], availability: Availability? = nil, stock: Int? = nil,
                variantGroup: String? = nil, link: String? = nil, orderUnit: String? = nil, features: [Feature] = [],
                source: SourceLocation? = nil, condition: Condition? = nil, authors: [String] = [], change: Change? = nil) {
        storage = Storage(Fields(id: id, gtin: gtin, brand: brand, mpn: mpn, titles: titles,
                                     descriptions: descriptions, category: category, hsCode: hsCode,
                                     originCountry: originCountry, taxCategory: taxCategory, price: price,
                                     salePrice: salePrice, weightKg: weightKg, images: images,
                                     availability: availability, stock: stock, variantGroup: variantGroup,
                                     link: link, orderUnit: orderUnit, features: features, source: source,
                                     condition: condition, authors: authors, change: change))
    }

    /// The availability to show: the supplier's word, else in stock when the count is positive.
    public var effectiveAvailability: Availability? {
        if let availability { return availability }
        guard let stock else { return nil }
        return stock > 0 ? .inStock : .outOfStock
    }
}

extension Product {
    public static func == (lhs: Product, rhs: Product) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }
}
