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

    /// The supplier's id for the product (BMEcat `SUPPLIER_PID`, Google `g:id`, ONIX `RecordReference`).
    public var id: String
    public var gtin: GTIN?
    public var brand: String?
    /// Manufacturer part number.
    public var mpn: String?
    public var titles: LocalizedTexts
    public var descriptions: LocalizedTexts
    /// The supplier's or Google's category path (`Apparel & Accessories > Clothing`).
    public var category: String?
    /// HS code digits (2 to 10), nil when the supplier gives none.
    public var hsCode: String?
    /// ISO 3166-1 alpha-2 country of origin.
    public var originCountry: String?
    /// The tax category for rates (`standard`, `books`, …), nil for standard.
    public var taxCategory: ProductCategory?
    public var price: ProductPrice?
    public var salePrice: ProductPrice?
    /// Weight of one unit in kilograms.
    public var weightKg: ExactDecimal?
    public var images: [Image]
    public var availability: Availability?
    /// Units in stock, nil when unknown.
    public var stock: Int?
    /// Products that are variants of one another share this (Google `item_group_id`).
    public var variantGroup: String?
    /// The product page.
    public var link: String?
    /// The unit it is ordered in (BMEcat `ORDER_UNIT`: `C62` piece, `PK` pack…).
    public var orderUnit: String?
    public var features: [Feature]
    public var source: SourceLocation?
    /// New, refurbished or used (Google `g:condition`), nil when unsaid.
    public var condition: Condition?
    /// The people who wrote or made a book (ONIX `Contributor`), in the feed's order. Kept apart
    /// from ``brand``: a book has several, and listings show "by …" beside the publisher's brand.
    public var authors: [String]
    /// What the record asks for (new, update, prices only, delete), nil when the feed does not say.
    public var change: Change?

    public init(id: String, gtin: GTIN? = nil, brand: String? = nil, mpn: String? = nil,
                titles: LocalizedTexts = LocalizedTexts(), descriptions: LocalizedTexts = LocalizedTexts(),
                category: String? = nil, hsCode: String? = nil, originCountry: String? = nil,
                taxCategory: ProductCategory? = nil, price: ProductPrice? = nil, salePrice: ProductPrice? = nil,
                weightKg: ExactDecimal? = nil, images: [Image] = [], availability: Availability? = nil, stock: Int? = nil,
                variantGroup: String? = nil, link: String? = nil, orderUnit: String? = nil, features: [Feature] = [],
                source: SourceLocation? = nil, condition: Condition? = nil, authors: [String] = [], change: Change? = nil) {
        self.id = id
        self.gtin = gtin
        self.brand = brand
        self.mpn = mpn
        self.titles = titles
        self.descriptions = descriptions
        self.category = category
        self.hsCode = hsCode
        self.originCountry = originCountry
        self.taxCategory = taxCategory
        self.price = price
        self.salePrice = salePrice
        self.weightKg = weightKg
        self.images = images
        self.availability = availability
        self.stock = stock
        self.variantGroup = variantGroup
        self.link = link
        self.orderUnit = orderUnit
        self.features = features
        self.source = source
        self.condition = condition
        self.authors = authors
        self.change = change
    }

    /// The availability to show: the supplier's word, else in stock when the count is positive.
    public var effectiveAvailability: Availability? {
        if let availability { return availability }
        guard let stock else { return nil }
        return stock > 0 ? .inStock : .outOfStock
    }
}
