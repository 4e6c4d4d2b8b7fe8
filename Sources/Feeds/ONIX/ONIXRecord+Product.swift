import MarketRules
import Money
import Products

extension ONIXRecord {
    /// Defaults the ONIX 2.1 header gives (`DefaultCurrencyCode`, `DefaultPriceTypeCode`) and the language of texts.
    struct Defaults {
        var language: String
        var currency: Currency?
        var priceType: String?
        var strictGTIN = true
    }

    /// The product. - Throws: ``RecordProblem`` for a bad ISBN/GTIN, price, currency, date or weight.
    func product(defaults: Defaults, source: Product.SourceLocation) throws(RecordProblem) -> Product {
        var titles = LocalizedTexts()
        if let fullTitle { titles.set(fullTitle, for: defaults.language) }
        var descriptions = LocalizedTexts()
        if let description { descriptions.set(description, for: defaults.language) }
        let form = form ?? ""
        // Printed books (ProductForm B…: BA book, BB hardback, BC paperback …) are HS 4901.99
        // "other printed books" and take the books rate; digital forms (E…, DG) are services,
        // not goods, so they get no HS code and the `ebooks` category rule files may define.
        let printed = form.hasPrefix("B")
        let digital = form.hasPrefix("E") || form == "DG"
        return Product(
            id: id ?? "", gtin: try gtinText.flatMap { (text) throws(RecordProblem) in try FieldParser.gtin(text, strict: defaults.strictGTIN) },
            brand: imprint ?? publisher, titles: titles, descriptions: descriptions,
            hsCode: printed ? "490199" : nil,
            taxCategory: printed ? .books : (digital ? ProductCategory(rawValue: "ebooks") : nil),
            price: try chosenPrice(defaults),
            weightKg: try weight.map { (weight) throws(RecordProblem) in
                try FieldParser.kilograms(weight.value, unit: weight.unit, field: "Measurement")
            },
            images: images, availability: availabilityValue,
            stock: try stock.map { (text) throws(RecordProblem) in try FieldParser.integer(text, field: "OnHand") },
            link: link, source: source, authors: authors, change: change)
    }

    /// The first price in the header's default currency, else the first price; tax-inclusive
    /// price types (ONIX code list 58: 02, 04, 07, 09, 12, 14, 17, 22, 24, 27, 32, 42) are gross.
    private func chosenPrice(_ defaults: Defaults) throws(RecordProblem) -> ProductPrice? {
        let usable = prices.filter { $0.amount != nil }
        let preferred = usable.first { price in
            guard let currency = defaults.currency else { return false }
            return price.currency?.uppercased() == currency.code
        }
        guard let price = preferred ?? usable.first, let amountText = price.amount else { return nil }
        let amount = try FieldParser.decimal(amountText, field: "PriceAmount")
        let currency: Currency
        if let code = price.currency {
            currency = try FieldParser.currency(code)
        } else if let fallback = defaults.currency {
            currency = fallback
        } else {
            throw RecordProblem("price '\(amountText)' has no currency: no CurrencyCode, no DefaultCurrencyCode, and no default currency was given")
        }
        let type = price.type ?? defaults.priceType ?? "01"
        let inclusive = ["02", "04", "07", "09", "12", "14", "17", "22", "24", "27", "32", "42"].contains(type)
        let tax = try price.taxPercent.map { (text) throws(RecordProblem) in
            FieldParser.percentage(try FieldParser.decimal(text, field: "TaxRatePercent"))
        }
        return ProductPrice(
            amount: amount, currency: currency, kind: inclusive ? .gross : .net, taxRate: inclusive ? tax : nil,
            validFrom: try price.from.map { (text) throws(RecordProblem) in try FieldParser.date(text, field: "PriceEffectiveFrom") },
            validTo: try price.until.map { (text) throws(RecordProblem) in try FieldParser.date(text, field: "PriceEffectiveUntil") })
    }

    /// ProductAvailability (code list 65), else the ONIX 2.1 AvailabilityCode (list 54).
    private var availabilityValue: Product.Availability? {
        if let code = availability {
            switch code {
            case "20", "21", "23": return .inStock
            case "10", "12": return .preorder
            case "11", "22", "30", "31", "32", "33", "34": return .backorder
            case "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52": return .outOfStock
            default: break
            }
        }
        switch availabilityCode {
        case "IP"?: return .inStock
        case "NP"?, "FM"?: return .preorder
        case "TU"?, "RP"?, "RM"?: return .backorder
        case "OP"?, "OF"?, "MD"?, "WR"?, "WS"?, "AB"?, "OI"?: return .outOfStock
        default: return nil
        }
    }
}
