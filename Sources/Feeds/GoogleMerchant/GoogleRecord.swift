import Money
import Products

/// What one `item` or `entry` has said so far, as text until the record ends (a class, set in place).
final class GoogleRecord {
    // One reader fills a record on one thread: exclusivity checks on its fields are off (they cost
    // more than the assignments they guard; see ElementCursor).
    let line: Int
    let column: Int
    let depth: Int
    @exclusivity(unchecked) var googleID: String?
    @exclusivity(unchecked) var fallbackID: String?
    @exclusivity(unchecked) var title: String?
    @exclusivity(unchecked) var description: String?
    @exclusivity(unchecked) var link: String?
    @exclusivity(unchecked) var images: [Product.Image] = []
    @exclusivity(unchecked) var price: String?
    @exclusivity(unchecked) var salePrice: String?
    @exclusivity(unchecked) var currency: String?
    @exclusivity(unchecked) var availability: String?
    @exclusivity(unchecked) var gtin: String?
    @exclusivity(unchecked) var brand: String?
    @exclusivity(unchecked) var mpn: String?
    @exclusivity(unchecked) var itemGroup: String?
    @exclusivity(unchecked) var googleCategory: String?
    @exclusivity(unchecked) var productType: String?
    @exclusivity(unchecked) var shippingWeight: String?
    @exclusivity(unchecked) var condition: String?
    @exclusivity(unchecked) var quantity: String?

    init(line: Int, column: Int, depth: Int) {
        self.line = line
        self.column = column
        self.depth = depth
    }

    /// `g:id`, else the RSS `guid` or Atom `id` (legacy Google Base feeds have no `g:id`).
    var id: String? { googleID ?? fallbackID }

    /// The product. - Throws: ``RecordProblem`` for a bad price, GTIN, weight, quantity or currency.
    func product(language: String, defaultCurrency: Currency?, strictGTIN: Bool, source: Product.SourceLocation) throws(RecordProblem) -> Product {
        var titles = LocalizedTexts()
        if let title { titles.set(title, for: language) }
        var descriptions = LocalizedTexts()
        if let description { descriptions.set(description, for: language) }
        let fallback = try currency.map { (code) throws(RecordProblem) in try FieldParser.currency(code) } ?? defaultCurrency
        return Product(
            id: id ?? "", gtin: try gtin.flatMap { (text) throws(RecordProblem) in try FieldParser.gtin(text, strict: strictGTIN) },
            brand: brand, mpn: mpn, titles: titles, descriptions: descriptions,
            category: googleCategory ?? productType,
            price: try price.map { (text) throws(RecordProblem) in try Self.price(text, field: "price", currency: fallback) },
            salePrice: try salePrice.map { (text) throws(RecordProblem) in try Self.price(text, field: "sale_price", currency: fallback) },
            weightKg: try shippingWeight.map { (text) throws(RecordProblem) in try Self.weight(text) },
            images: images, availability: availability.flatMap(Self.availability),
            stock: try quantity.map { (text) throws(RecordProblem) in try FieldParser.integer(text, field: "quantity") },
            variantGroup: itemGroup, link: link, source: source,
            condition: condition.flatMap { Product.Condition(rawValue: $0.lowercased()) })
    }

    /// `"15.00 EUR"` (or `"EUR 15.00"`), or a bare amount in `currency` (legacy `g:currency`).
    static func price(_ text: String, field: String, currency: Currency?) throws(RecordProblem) -> ProductPrice {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var amountText = text
        var code: Currency? = currency
        if parts.count == 2 {
            let codeFirst = parts[0].count == 3 && parts[0].allSatisfy(\.isLetter)
            amountText = codeFirst ? parts[1] : parts[0]
            code = try FieldParser.currency(codeFirst ? parts[0] : parts[1])
        }
        let amount = try FieldParser.decimal(amountText, field: field)
        guard let code else {
            throw RecordProblem("\(field) '\(text)' has no currency: write '\(text) EUR' or give g:currency")
        }
        return ProductPrice(amount: amount, currency: code, kind: .net)
    }

    /// `"0.3 kg"`, `"1 lb"`, `"500 g"`, `"12 oz"` in kilograms.
    static func weight(_ text: String) throws(RecordProblem) -> ExactDecimal {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 2 else {
            throw RecordProblem("shipping_weight '\(text)' is not a number and a unit (kg, g, lb, oz)")
        }
        return try FieldParser.kilograms(parts[0], unit: parts[1], field: "shipping_weight")
    }

    /// `in stock`, `in_stock`, `out of stock`, `preorder`, `backorder`; nil for anything else.
    static func availability(_ text: String) -> Product.Availability? {
        let key = String(text.lowercased().map { $0 == " " ? "_" : $0 })
        switch key {
        case "in_stock", "available_for_order": return .inStock
        case "out_of_stock": return .outOfStock
        case "preorder": return .preorder
        case "backorder": return .backorder
        default: return nil
        }
    }
}
