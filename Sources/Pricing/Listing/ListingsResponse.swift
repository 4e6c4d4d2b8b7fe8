import Localization
import Money

/// The answer to a listings request, shared by `meridian listing` and `POST /v1/listings`: a
/// listing per market that could be listed, and for each other market the reason.
public struct ListingsResponse: Encodable, Sendable {
    /// A market the product could not be listed in.
    public struct Failure: Encodable, Sendable {
        public let market: String
        public let detail: String
    }

    public let listings: [ListingDocument]
    public let errors: [Failure]

    /// Lists the product in every market of the request, in the request's order.
    /// - Parameter locales: the locale to resolve for a market tag (each market's own when the
    ///   request names none); a locale that ICU cannot resolve fails that market.
    public init(_ request: ListingRequest, builder: ListingBuilder, catalogs: CatalogSet, messages: MessageFormatCache) {
        var listings: [ListingDocument] = []
        var errors: [Failure] = []
        for market in request.markets {
            do {
                let listing = try builder.listing(for: request.product, country: market, date: request.date,
                                                  locale: request.locale, channel: request.channel)
                let formatting = MoneyFormatting(locale: try ResolvedLocale(listing.locale))
                listings.append(try ListingDocument(listing, catalogs: catalogs, messages: messages, formatting: formatting))
            } catch {
                errors.append(Failure(market: market, detail: "\(error)"))
            }
        }
        self.listings = listings
        self.errors = errors
    }
}
