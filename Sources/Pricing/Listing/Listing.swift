import MarketRules
import Money
import Products

/// A product as a buyer in one market sees it: translated texts and the landed-cost price of one
/// unit with the market's shipping, split into the item price and the shipping price so the two
/// add up to what is due at checkout.
public struct Listing: Sendable {
    /// A title or description and where it came from.
    public struct Text: Sendable, Equatable {
        /// Where a text came from.
        public enum Origin: String, Sendable {
            /// The catalog team's translations (`--translations`).
            case translation
            /// The supplier feed itself.
            case feed
        }

        public let text: String
        /// The BCP 47 language of the text.
        public let language: String
        /// True when the text is not in the buyer's language (or its CLDR parents).
        public let isFallback: Bool
        public let origin: Origin

        public init(text: String, language: String, isFallback: Bool, origin: Origin) {
            self.text = text
            self.language = language
            self.isFallback = isFallback
            self.origin = origin
        }
    }

    public let product: Product
    public let country: String
    public let region: String?
    /// The BCP 47 locale the listing is written for.
    public let locale: String
    public let currency: Currency
    public let title: Text
    public let description: Text?
    /// What one unit costs the buyer, shipping apart: goods plus their share of the duties, taxes
    /// and fees due at checkout (taxes left out where the market shows prices without them).
    public let price: Money
    /// The same for the supplier's sale price, when one applies on the date.
    public let salePrice: Money?
    /// What shipping costs the buyer with its share of the charges; nil when the seller's
    /// shipping policy does not serve the market.
    public let shippingPrice: Money?
    public let shippingRate: ShippingPolicy.Rate?
    public let shipsFrom: String?
    /// True when `price` includes the taxes due at checkout.
    public let priceIncludesTax: Bool
    /// Taxes due at checkout that `price` leaves out (tax-exclusive markets), zero otherwise.
    public let taxExcluded: Money
    /// Duties, taxes and fees the buyer pays the carrier on delivery (DAP), zero otherwise.
    public let importChargesOnDelivery: Money
    public let incoterm: Incoterm
    /// The short name of the market's consumption tax (`MwSt.`, `TVA`, `GST`), nil when it has none.
    public let taxName: String?
    /// The full breakdown for one unit at the regular price.
    public let quote: Quote
    /// The breakdown at the sale price, when one applies.
    public let saleQuote: Quote?
    /// The listing's own warnings (shipping, text fallbacks), in words.
    let listingWarnings: [String]
    /// The warnings of the quote that the listing passes on, written out when read.
    let quoteNotes: [QuoteWarning]

    /// What the reader should know: the listing's own warnings, then its quote's.
    public var warnings: [String] { listingWarnings + quoteNotes.map(\.text) }

    /// True when ``warnings`` is not empty (without writing them out).
    public var hasWarnings: Bool { !listingWarnings.isEmpty || !quoteNotes.isEmpty }

    /// The payment methods for the amount due at checkout at the price the buyer pays.
    public var paymentMethods: PaymentSelection { (saleQuote ?? quote).paymentMethods }

    /// The price the buyer pays now: the sale price when there is one.
    public var effectivePrice: Money { salePrice ?? price }

    /// Goods and shipping due at checkout for one unit (what the payment methods were chosen for).
    public var dueAtCheckout: Money { (saleQuote ?? quote).totals.dueAtCheckout }
}
