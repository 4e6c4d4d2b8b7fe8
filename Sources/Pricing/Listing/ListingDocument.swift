import Localization
import MarketRules
import Money
import Products

/// The JSON form of a listing, shared by `POST /v1/listings` and the JSON Lines feed: the product's
/// identity, its texts in the buyer's language, the prices (with Google's `15.00 EUR` form and the
/// ICU-formatted string), the sentences a buyer reads, the payment methods and the full breakdown.
public struct ListingDocument: Encodable, Sendable {
    public typealias MoneyValue = QuoteDocument.MoneyValue

    public struct Text: Encodable, Sendable {
        public let text: String
        public let language: String
        public let fallback: Bool
        public let origin: String
    }

    public struct Shipping: Encodable, Sendable {
        public struct Days: Encodable, Sendable {
            public let min: Int
            public let max: Int
        }

        public let price: MoneyValue
        public let service: String
        public let deliveryDays: Days?
        public let shipsFrom: String?

        enum CodingKeys: String, CodingKey {
            case price, service
            case deliveryDays = "delivery_days"
            case shipsFrom = "ships_from"
        }
    }

    public let productID: String
    public let market: String
    public let region: String?
    public let locale: String
    public let currency: String
    public let title: Text
    public let description: Text?
    public let price: MoneyValue
    public let salePrice: MoneyValue?
    /// `15.00 EUR`, as Google Merchant Center reads prices.
    public let googlePrice: String
    public let googleSalePrice: String?
    public let shipping: Shipping?
    public let priceIncludesTax: Bool
    public let taxExcluded: MoneyValue
    public let importChargesOnDelivery: MoneyValue
    public let incoterm: String
    public let availability: String?
    public let stock: Int?
    public let gtin: String?
    public let brand: String?
    public let mpn: String?
    public let variantGroup: String?
    public let link: String?
    public let images: [String]
    public let texts: ListingTexts
    public let paymentMethods: PaymentSelectionDocument
    public let quote: QuoteDocument
    public let saleQuote: QuoteDocument?
    public let rulesVersion: String
    public let warnings: [String]

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
