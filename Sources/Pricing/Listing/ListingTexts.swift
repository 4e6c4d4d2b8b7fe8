import Localization
import Money

/// The buyer-facing sentences of a listing in its locale, from the catalogs in `locales/` through
/// ICU MessageFormat: availability, the tax and duty notes, shipping and delivery.
///
/// A message missing in the buyer's locale comes from the next locale on its CLDR chain and is
/// reported in ``fallbacks``; one missing everywhere is an error, never a raw key.
public struct ListingTexts: Sendable, Encodable {
    public let availability: String?
    /// "Incl. VAT", "inkl. MwSt., zzgl. Versand", "Excl. GST".
    public let taxNote: String?
    /// "Duties and taxes included" (DDP) or "Import charges due on delivery" (DAP).
    public let dutiesNote: String?
    /// "Estimated import charges: €4.20" (DAP with charges).
    public let importChargesEstimate: String?
    /// "Free shipping" or "Shipping: €4.90".
    public let shipping: String?
    /// "Ships from China in 5–8 business days".
    public let delivery: String?
    /// "Only 3 left in stock".
    public let lowStock: String?
    /// Messages that came from a catalog in another language or script: `key (locale)`.
    public let fallbacks: [String]

    enum CodingKeys: String, CodingKey {
        case availability, shipping, delivery, fallbacks
        case taxNote = "tax_note"
        case dutiesNote = "duties_note"
        case importChargesEstimate = "import_charges_estimate"
        case lowStock = "low_stock"
    }

    /// Stock counts at or below this show the low-stock message.
    public static let lowStockThreshold = 5

    /// Writes the sentences for a listing.
    /// - Throws: ``LocalizationError`` when a message is in no catalog or does not format.
    public init(_ listing: Listing, catalogs: CatalogSet, messages: MessageFormatCache, formatting: MoneyFormatting) throws {
        let locale = formatting.locale
        var fallbacks: [String] = []
        func say(_ key: String, _ arguments: [String: MessageArgument] = [:]) throws -> String {
            guard let found = catalogs.message(key, locale: listing.locale) else {
                throw LocalizationError.missingMessage(key: key, locale: listing.locale)
            }
            // A regional catalog answering from its language (de-DE from de) is the normal case;
            // a message in another language or script is what a buyer would notice.
            if found.isFallback && !LocaleFallback.sameLanguageAndScript(found.locale, listing.locale) {
                fallbacks.append("\(key) (\(found.locale))")
            }
            return try messages.format(found.text, locale: locale, arguments)
        }
        availability = try listing.product.effectiveAvailability.map { try say("availability." + $0.rawValue) }
        let taxName = MessageArgument.string(listing.taxName ?? "")
        let shipped = listing.shippingPrice.map { $0.isPositive } ?? false
        if listing.taxName == nil {
            taxNote = nil
        } else if listing.priceIncludesTax {
            taxNote = try say(shipped ? "price.tax_included_plus_shipping" : "price.tax_included", ["tax_name": taxName])
        } else {
            taxNote = try say("price.tax_excluded", ["tax_name": taxName])
        }
        let crossBorder = listing.quote.lines.contains { $0.kind == .duty || $0.kind == .importTax || $0.kind == .taxAtSale }
        switch listing.incoterm {
        case .ddp:
            dutiesNote = crossBorder && listing.priceIncludesTax ? try say("price.duties_taxes_included") : nil
            importChargesEstimate = nil
        case .dap:
            dutiesNote = crossBorder ? try say("price.import_charges_on_delivery") : nil
            importChargesEstimate = listing.importChargesOnDelivery.isPositive
                ? try say("price.import_charges_estimated", ["price": .string(try formatting.format(listing.importChargesOnDelivery))])
                : nil
        }
        if let price = listing.shippingPrice {
            shipping = price.isZero ? try say("shipping.free") : try say("shipping.cost", ["price": .string(try formatting.format(price))])
        } else {
            shipping = nil
        }
        if let days = listing.shippingRate?.deliveryDays {
            let range: [String: MessageArgument] = ["min_days": .number(String(days.minimum)), "max_days": .number(String(days.maximum))]
            if let from = listing.shipsFrom, let country = CountryNames.name(of: from, in: locale) {
                delivery = try say("shipping.ships_from", range.merging(["country": .string(country)]) { $1 })
            } else {
                delivery = try say("shipping.delivery_estimate", range)
            }
        } else {
            delivery = nil
        }
        if let stock = listing.product.stock, stock > 0, stock <= Self.lowStockThreshold {
            lowStock = try say("stock.only_left", ["count": .number(String(stock))])
        } else {
            lowStock = nil
        }
        self.fallbacks = fallbacks
    }
}
