import MarketRules
import Money
import Products

/// The JSON shape of a product (as `POST /v1/listings` takes it), snake_case, before validation.
///
/// Texts are objects keyed by BCP 47 language (`{"en": "T-shirt", "de": "T-Shirt"}`);
/// `source_language` names the one written first, the others follow in tag order so the
/// record reads the same every time.
struct ProductBody: Decodable {
    struct PriceBody: Decodable {
        let amount: String
        let currency: String
        let kind: String?
        let taxRate: String?
        let validFrom: String?
        let validTo: String?

        enum CodingKeys: String, CodingKey {
            case amount, currency, kind
            case taxRate = "tax_rate"
            case validFrom = "valid_from"
            case validTo = "valid_to"
        }
    }

    let id: String
    let gtin: String?
    let brand: String?
    let mpn: String?
    let title: [String: String]?
    let description: [String: String]?
    let sourceLanguage: String?
    let category: String?
    let hsCode: String?
    let originCountry: String?
    let taxCategory: String?
    let price: PriceBody?
    let salePrice: PriceBody?
    let weightKg: String?
    let images: [String]?
    let availability: String?
    let stock: Int?
    let variantGroup: String?
    let link: String?

    enum CodingKeys: String, CodingKey {
        case id, gtin, brand, mpn, title, description, category, price, images, availability, stock, link
        case sourceLanguage = "source_language"
        case hsCode = "hs_code"
        case originCountry = "origin_country"
        case taxCategory = "tax_category"
        case salePrice = "sale_price"
        case weightKg = "weight_kg"
        case variantGroup = "variant_group"
    }

    /// The product, every value checked. - Throws: ``QuoteRequestError`` with the JSON path under `prefix`.
    func validated(path prefix: String) throws(QuoteRequestError) -> Product {
        func at(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }
        guard !id.isEmpty else { throw QuoteRequestError(path: at("id"), reason: "must not be empty") }
        var product = Product(id: id)
        if let gtin {
            do { product.gtin = try GTIN(gtin) } catch { throw QuoteRequestError(path: at("gtin"), reason: error.description) }
        }
        product.brand = brand
        product.mpn = mpn
        product.titles = try texts(title, path: at("title"))
        product.descriptions = try texts(description, path: at("description"))
        product.category = category
        if let hsCode {
            guard HSCodeFormat.isValid(hsCode) else {
                throw QuoteRequestError(path: at("hs_code"), reason: "'\(hsCode)' is not an HS code: 2 to 10 digits, no dots")
            }
            product.hsCode = hsCode
        }
        if let originCountry {
            guard originCountry.count == 2, originCountry.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw QuoteRequestError(path: at("origin_country"), reason: "'\(originCountry)' is not an ISO 3166-1 alpha-2 code")
            }
            product.originCountry = originCountry
        }
        if let taxCategory {
            guard !taxCategory.isEmpty, taxCategory.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "_") }) else {
                throw QuoteRequestError(path: at("tax_category"), reason: "'\(taxCategory)' is not a category such as standard, books, food")
            }
            product.taxCategory = ProductCategory(rawValue: taxCategory)
        }
        product.price = try price.map { (body: PriceBody) throws(QuoteRequestError) in try Self.price(body, path: at("price")) }
        product.salePrice = try salePrice.map { (body: PriceBody) throws(QuoteRequestError) in try Self.price(body, path: at("sale_price")) }
        if let weightKg {
            let value = try QuoteRequestBody.decimal(weightKg, path: at("weight_kg"))
            guard !value.isNegative else { throw QuoteRequestError(path: at("weight_kg"), reason: "must not be negative") }
            product.weightKg = value
        }
        product.images = (images ?? []).map { Product.Image(url: $0) }
        if let availability {
            guard let value = Product.Availability(rawValue: availability) else {
                throw QuoteRequestError(path: at("availability"), reason: "'\(availability)' is not one of: "
                    + Product.Availability.allCases.map(\.rawValue).joined(separator: ", "))
            }
            product.availability = value
        }
        if let stock {
            guard stock >= 0 else { throw QuoteRequestError(path: at("stock"), reason: "must not be negative") }
            product.stock = stock
        }
        product.variantGroup = variantGroup
        product.link = link
        return product
    }

    func texts(_ values: [String: String]?, path: String) throws(QuoteRequestError) -> LocalizedTexts {
        guard let values else { return LocalizedTexts() }
        var texts = LocalizedTexts()
        if let sourceLanguage {
            guard let text = values[sourceLanguage] else {
                throw QuoteRequestError(path: path, reason: "has no text in the source_language '\(sourceLanguage)'")
            }
            texts.set(text, for: sourceLanguage)
        }
        for language in values.keys.sorted() where language != sourceLanguage {
            guard !language.isEmpty else { throw QuoteRequestError(path: path, reason: "a language tag must not be empty") }
            texts.set(values[language]!, for: language)
        }
        return texts
    }

    static func price(_ body: PriceBody, path: String) throws(QuoteRequestError) -> ProductPrice {
        let currency = try QuoteRequestBody.currency(body.currency, path: "\(path).currency")
        let amount = try QuoteRequestBody.decimal(body.amount, path: "\(path).amount")
        guard !amount.isNegative else { throw QuoteRequestError(path: "\(path).amount", reason: "must not be negative, found \(body.amount)") }
        var kind = ProductPrice.Kind.net
        if let text = body.kind {
            guard let value = ProductPrice.Kind(rawValue: text) else {
                throw QuoteRequestError(path: "\(path).kind", reason: "'\(text)' is not net or gross")
            }
            kind = value
        }
        let taxRate = try body.taxRate.map { (text: String) throws(QuoteRequestError) in
            try QuoteRequestBody.decimal(text, path: "\(path).tax_rate")
        }
        if kind == .gross && taxRate == nil {
            throw QuoteRequestError(path: "\(path).tax_rate", reason: "a gross price needs the tax rate it includes")
        }
        func date(_ text: String?, _ key: String) throws(QuoteRequestError) -> CalendarDate? {
            guard let text else { return nil }
            do { return try CalendarDate(text) } catch { throw QuoteRequestError(path: "\(path).\(key)", reason: error.description) }
        }
        return ProductPrice(amount: amount, currency: currency, kind: kind, taxRate: taxRate,
                            validFrom: try date(body.validFrom, "valid_from"), validTo: try date(body.validTo, "valid_to"))
    }
}
