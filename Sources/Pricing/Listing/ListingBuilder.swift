import Localization
import MarketRules
import Money
import Products

/// Builds listings: a pure function of the rules, the seller's shipping policy, the product
/// translations and the product.
///
/// ```swift
/// let builder = ListingBuilder(rules: ruleSet, shipping: policy, texts: translations)
/// let listing = try builder.listing(for: product, country: "DE", date: CalendarDate("2026-12-01"))
/// listing.price          // EUR, duties and VAT included (Germany shows prices with tax)
/// ```
public struct ListingBuilder: Sendable {
    public let rules: RuleSet
    public let shipping: ShippingPolicy
    public let texts: ProductTextCatalog

    public init(rules: RuleSet, shipping: ShippingPolicy = .none, texts: ProductTextCatalog = .empty) {
        self.rules = rules
        self.shipping = shipping
        self.texts = texts
    }

    /// Why `product` cannot be listed in any market, nil when that depends on the market: no
    /// price, no title in any language, no origin (and no `ships_from`), a malformed HS code.
    public func productProblem(_ product: Product) -> ListingError? {
        if product.price == nil { return .noPrice(productID: product.id) }
        if product.titles.isEmpty { return .noTitle(productID: product.id) }
        if product.originCountry == nil && shipping.shipsFrom == nil { return .noOrigin(productID: product.id) }
        if let hs = product.hsCode, !HSCodeFormat.isValid(hs) {
            return .invalidProduct(productID: product.id, reason: "HS code '\(hs)' is not 2 to 10 digits")
        }
        return nil
    }

    /// The listing of `product` in `country` on `date`, in `locale` (default: the market's first).
    /// - Throws: ``ListingError`` for an unknown country, a product without a usable price, title
    ///   or origin, or a quote that fails (a missing exchange rate names the pair and the date).
    public func listing(for product: Product, country: String, date: CalendarDate, locale: String? = nil,
                        channel: PaymentMethod.Channel = .web) throws(ListingError) -> Listing {
        try lister(country: country, locale: locale).listing(for: product, date: date, channel: channel)
    }

    /// Listings for one market and locale, for many products: the market, its shipping rate and
    /// the locale's fallback chain are looked up once.
    /// - Throws: ``ListingError/unknownCountry(_:)``.
    public func lister(country: String, locale: String? = nil) throws(ListingError) -> MarketLister {
        guard let market = rules.market(country) else { throw .unknownCountry(country) }
        let tag = locale ?? market.locales[0]
        return MarketLister(builder: self, market: market, country: country, tag: tag,
                            chain: texts.catalogs.fallbackChain(for: tag, includingSource: false),
                            rate: shipping.rate(for: country))
    }

    /// Makes the listings of one market in one locale; see ``lister(country:locale:)``.
    public struct MarketLister: Sendable {
        let builder: ListingBuilder
        let market: Market
        let country: String
        let tag: String
        /// The locale's CLDR chain in the product-text catalogs, without the source locale.
        let chain: [String]
        let rate: ShippingPolicy.Rate?

        /// The listing of `product` on `date`; throws as ``ListingBuilder/listing(for:country:date:locale:channel:)``.
        public func listing(for product: Product, date: CalendarDate,
                            channel: PaymentMethod.Channel = .web) throws(ListingError) -> Listing {
            guard let price = product.price else { throw .noPrice(productID: product.id) }
            guard price.applies(on: date) else { throw .noPriceOnDate(productID: product.id, date: date) }
            guard let title = builder.text(product.titles, field: .title, product: product, locale: tag, chain: chain) else {
                throw .noTitle(productID: product.id)
            }
            guard let origin = product.originCountry ?? builder.shipping.shipsFrom else { throw .noOrigin(productID: product.id) }
            if let hs = product.hsCode, !HSCodeFormat.isValid(hs) {
                throw .invalidProduct(productID: product.id, reason: "HS code '\(hs)' is not 2 to 10 digits")
            }
            var warnings: [String] = []
            if rate == nil { warnings.append("the shipping policy does not serve \(country): priced without shipping") }

            let regular = try builder.priced(price, product: product, market: market, origin: origin, rate: rate, date: date,
                                             tag: tag, channel: channel)
            var sale: Priced?
            if let salePrice = product.salePrice, salePrice.applies(on: date) {
                sale = try builder.priced(salePrice, product: product, market: market, origin: origin, rate: rate, date: date,
                                          tag: tag, channel: channel)
            }
            let quoteNotes = regular.quote.notes.filter { !$0.isMissingRegion || market.priceDisplay == .taxInclusive }
            let description = builder.text(product.descriptions, field: .description, product: product, locale: tag, chain: chain)
            if title.isFallback { warnings.append("no \(tag) title: shown in \(title.language)") }
            if let description, description.isFallback { warnings.append("no \(tag) description: shown in \(description.language)") }
            let shown = sale ?? regular
            return Listing(
                product: product, country: country, region: regular.quote.region, locale: tag, currency: market.currency,
                title: title, description: description, price: regular.price, salePrice: sale?.price,
                shippingPrice: rate == nil ? nil : shown.shipping, shippingRate: rate, shipsFrom: builder.shipping.shipsFrom,
                priceIncludesTax: market.priceDisplay == .taxInclusive, taxExcluded: shown.taxExcluded,
                importChargesOnDelivery: shown.quote.totals.dueOnDelivery, incoterm: regular.quote.incoterm,
                taxName: builder.taxName(shown.quote, market: market), quote: regular.quote, saleQuote: sale?.quote,
                listingWarnings: warnings, quoteNotes: quoteNotes)
        }
    }

    /// One price of a listing and how it was reached.
    struct Priced {
        let quote: Quote
        let price: Money
        let shipping: Money
        let taxExcluded: Money
    }

    /// Quotes one unit at a supplier price and splits what is due at checkout into the item's
    /// price and the shipping price, by value, so nothing is lost.
    func priced(_ supplierPrice: ProductPrice, product: Product, market: Market, origin: String,
                rate: ShippingPolicy.Rate?, date: CalendarDate, tag: String,
                channel: PaymentMethod.Channel) throws(ListingError) -> Priced {
        do {
            let unit = try supplierPrice.netMoney()
            var shippingCharge = rate?.price
            if let rate, let freeFrom = rate.freeFrom {
                let goods = unit.currency == freeFrom.currency ? unit
                    : try rules.exchangeRates.convert(unit, to: freeFrom.currency, on: date, rounding: .halfEven).result
                if goods.minorUnits >= freeFrom.minorUnits { shippingCharge = .zero(rate.price.currency) }
            }
            let item = QuoteRequest.Item(sku: product.id, quantity: 1, unitPrice: unit, hsCode: product.hsCode,
                                         originCountry: origin, category: category(of: product),
                                         dutyRate: nil, weightKg: product.weightKg)
            let request = QuoteRequest(
                country: market.country, region: rate?.regions[market.country], date: date, currency: nil, locale: tag,
                incoterm: rate?.incoterm ?? shipping.incoterm, transportMode: rate?.transportMode ?? .courier,
                registrations: shipping.taxRegistrations, shipping: shippingCharge, insurance: nil, extraFees: [],
                givenRates: [], items: [item], channel: channel)
            let quote = try LandedCostEngine.quote(request, rules: rules)
            let totals = quote.totals
            let freight = try totals.shipping + totals.insurance
            var charges = try totals.dueAtCheckout - totals.goods - freight
            var excluded = Money.zero(quote.currency)
            if market.priceDisplay == .taxExclusive {
                for line in quote.lines where line.due == .checkout && line.kind != .duty && line.kind != .fee {
                    excluded = try excluded + line.amount
                }
                charges = try charges - excluded
            }
            let weights = [totals.goods.minorUnits, freight.minorUnits]
            let shares = weights.allSatisfy { $0 == 0 } ? [charges, .zero(quote.currency)]
                : try charges.allocated(weights.map { Int($0) })
            return Priced(quote: quote, price: try totals.goods + shares[0], shipping: try freight + shares[1],
                          taxExcluded: excluded)
        } catch let error as QuoteError {
            throw .quote(productID: product.id, error)
        } catch let error as MoneyError {
            throw .money(productID: product.id, error)
        } catch let error as ProductError {
            throw .invalidProduct(productID: product.id, reason: error.description)
        } catch {
            throw .invalidProduct(productID: product.id, reason: "\(error)")
        }
    }

    /// The text for a locale: the catalog team's translation along the locale's CLDR chain, else
    /// the feed's own text in a language on that chain, else the feed's first text, flagged.
    /// `chain` is the locale's fallback chain in ``texts``' catalogs, without the source locale.
    func text(_ own: LocalizedTexts, field: ProductTextCatalog.Field, product: Product, locale: String,
              chain: [String]) -> Listing.Text? {
        if let translated = texts.text(productID: product.id, field: field, chain: chain) {
            return Listing.Text(text: translated.text, language: translated.locale, isFallback: false, origin: .translation)
        }
        for candidate in chain {
            if let entry = own.entries.first(where: { $0.language == candidate }) {
                return Listing.Text(text: entry.text, language: entry.language, isFallback: false, origin: .feed)
            }
        }
        if let entry = own.entries.first(where: { LocaleFallback.sameLanguageAndScript($0.language, locale) }) {
            return Listing.Text(text: entry.text, language: entry.language, isFallback: false, origin: .feed)
        }
        guard let first = own.first else { return nil }
        return Listing.Text(text: first.text, language: first.language, isFallback: true, origin: .feed)
    }

    /// The product's tax category: the feed's, else the one its HS code implies
    /// (`tax-rules/hs-categories.yaml`), else `standard`.
    func category(of product: Product) -> ProductCategory {
        if let category = product.taxCategory { return category }
        if let hs = product.hsCode, let category = rules.categoriesByHS.category(for: hs) { return category }
        return .standard
    }

    /// The tax the buyer reads about: the first tax line of the quote, else the market's first tax.
    func taxName(_ quote: Quote, market: Market) -> String? {
        if let line = quote.lines.first(where: { $0.kind != .duty && $0.kind != .fee && $0.rate != nil }) { return line.name }
        return market.taxes.first?.name
    }
}
