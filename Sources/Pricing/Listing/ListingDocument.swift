import Localization
import MarketRules
import Money
import Products

/// The JSON form of a listing, shared by `POST /v1/listings` and the JSON Lines feed: the product's
/// identity, its texts in the buyer's language, the prices (with Google's `15.00 EUR` form and the
/// ICU-formatted string), the sentences a buyer reads, the payment methods and the full breakdown.
public struct ListingDocument: Encodable, Sendable {
    public typealias MoneyValue = QuoteDocument.MoneyValue

    struct Text: Encodable, Sendable {
        let text: String
        let language: String
        let fallback: Bool
        let origin: String
    }

    struct Shipping: Encodable, Sendable {
        struct Days: Encodable, Sendable {
            let min: Int
            let max: Int
        }

        let price: MoneyValue
        let service: String
        let deliveryDays: Days?
        let shipsFrom: String?

        enum CodingKeys: String, CodingKey {
            case price, service
            case deliveryDays = "delivery_days"
            case shipsFrom = "ships_from"
        }
    }

    let productID: String
    let market: String
    let region: String?
    let locale: String
    let currency: String
    let title: Text
    let description: Text?
    let price: MoneyValue
    let salePrice: MoneyValue?
    /// `15.00 EUR`, as Google Merchant Center reads prices.
    let googlePrice: String
    let googleSalePrice: String?
    let shipping: Shipping?
    let priceIncludesTax: Bool
    let taxExcluded: MoneyValue
    let importChargesOnDelivery: MoneyValue
    let incoterm: String
    let availability: String?
    let stock: Int?
    let gtin: String?
    let brand: String?
    let mpn: String?
    let variantGroup: String?
    let link: String?
    let images: [String]
    let texts: ListingTexts
    let paymentMethods: PaymentSelectionDocument
    let quote: QuoteDocument
    let saleQuote: QuoteDocument?
    let rulesVersion: String
    let warnings: [String]

    enum CodingKeys: String, CodingKey {
        case market, region, locale, currency, title, description, price, shipping, incoterm, availability, stock, gtin, brand
        case mpn, link, images, texts, quote, warnings
        case productID = "product_id"
        case salePrice = "sale_price"
        case googlePrice = "google_price"
        case googleSalePrice = "google_sale_price"
        case priceIncludesTax = "price_includes_tax"
        case taxExcluded = "tax_excluded"
        case importChargesOnDelivery = "import_charges_on_delivery"
        case variantGroup = "variant_group"
        case paymentMethods = "payment_methods"
        case saleQuote = "sale_quote"
        case rulesVersion = "rules_version"
    }

    /// `15.00 EUR`: the amount at the currency's exponent, a space, the ISO code.
    public static func googlePrice(_ money: Money) -> String { "\(money.amountString) \(money.currency.code)" }

    /// Presents a listing in its locale.
    /// - Throws: ``LocalizationError`` when a message or amount cannot be formatted.
    public init(_ listing: Listing, catalogs: CatalogSet, messages: MessageFormatCache, formatting: MoneyFormatting) throws {
        func value(_ money: Money) throws -> MoneyValue {
            MoneyValue(amount: money.amountString, currency: money.currency.code, formatted: try formatting.format(money))
        }
        func text(_ text: Listing.Text) -> Text {
            Text(text: text.text, language: text.language, fallback: text.isFallback, origin: text.origin.rawValue)
        }
        let product = listing.product
        productID = product.id
        market = listing.country
        region = listing.region
        locale = listing.locale
        currency = listing.currency.code
        title = text(listing.title)
        description = listing.description.map(text)
        price = try value(listing.price)
        salePrice = try listing.salePrice.map(value)
        googlePrice = Self.googlePrice(listing.price)
        googleSalePrice = listing.salePrice.map(Self.googlePrice)
        if let shippingPrice = listing.shippingPrice, let rate = listing.shippingRate {
            shipping = Shipping(price: try value(shippingPrice), service: rate.service,
                                deliveryDays: rate.deliveryDays.map { Shipping.Days(min: $0.minimum, max: $0.maximum) },
                                shipsFrom: listing.shipsFrom)
        } else {
            shipping = nil
        }
        priceIncludesTax = listing.priceIncludesTax
        taxExcluded = try value(listing.taxExcluded)
        importChargesOnDelivery = try value(listing.importChargesOnDelivery)
        incoterm = listing.incoterm.rawValue
        availability = product.effectiveAvailability?.rawValue
        stock = product.stock
        gtin = product.gtin?.digits
        brand = product.brand
        mpn = product.mpn
        variantGroup = product.variantGroup
        link = product.link
        images = product.images.map(\.url)
        texts = try ListingTexts(listing, catalogs: catalogs, messages: messages, formatting: formatting)
        paymentMethods = try PaymentSelectionDocument(listing.paymentMethods, formatting: formatting, names: catalogs)
        quote = try QuoteDocument(listing.quote, formatting: formatting, names: catalogs)
        saleQuote = try listing.saleQuote.map { try QuoteDocument($0, formatting: formatting, names: catalogs) }
        rulesVersion = listing.quote.rulesVersion
        warnings = listing.warnings + texts.fallbacks.map { "message from another locale: \($0)" }
    }
}
