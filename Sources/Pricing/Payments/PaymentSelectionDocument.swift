import Localization
import MarketRules
import Money

/// The JSON form of a payment-method selection, shared by `meridian payment-methods`, quotes and
/// `GET /v1/payment-methods`:
/// `{"available": [{"id": "ideal", "name": "iDEAL", …}], "unavailable": [{"id": "pix", "reason": "…"}]}`.
public struct PaymentSelectionDocument: Encodable, Sendable {
    struct Available: Encodable, Sendable {
        let id: String
        let name: String
        let type: String
        let rank: Int?
        let recurring: Bool
        let channels: [String]
        let source: String
    }

    struct Unavailable: Encodable, Sendable {
        let id: String
        let name: String
        let reason: String
    }

    let country: String
    let amount: QuoteDocument.MoneyValue
    let channel: String
    let recurring: Bool
    let available: [Available]
    let unavailable: [Unavailable]

    /// The offered methods as (name, type) for tables, in order.
    public var plainAvailable: [(name: String, type: String)] { available.map { ($0.name, $0.type) } }

    /// The ids of the offered methods, in order.
    public var availableIDs: [String] { available.map(\.id) }

    /// The refused methods as (name, reason) for tables.
    public var plainUnavailable: [(name: String, reason: String)] { unavailable.map { ($0.name, $0.reason) } }

    /// Presents a selection; amounts in reasons are written with ISO codes ("JPY 300,000").
    /// Method names come from the catalogs (`payment_method.<id>`) in the formatting locale, else the brand name.
    public init(_ selection: PaymentSelection, formatting: MoneyFormatting, names: CatalogSet? = nil) throws {
        let tag = formatting.locale.languageTag
        func name(_ method: PaymentMethod) -> String {
            names?.message("payment_method." + method.id, locale: tag)?.text ?? method.name
        }
        let english = try ResolvedLocale("en")
        var codeFormatters: [String: PriceFormatter] = [:]
        func codeText(_ money: Money) -> String {
            if codeFormatters[money.currency.code] == nil {
                codeFormatters[money.currency.code] = try? PriceFormatter(locale: english, currency: money.currency, display: .code)
            }
            return (try? codeFormatters[money.currency.code]?.format(money)) ?? money.description
        }
        country = selection.country
        amount = QuoteDocument.MoneyValue(amount: selection.amount.amountString, currency: selection.amount.currency.code,
                                          formatted: try formatting.format(selection.amount))
        channel = selection.channel.rawValue
        recurring = selection.recurring
        available = selection.available.map { offer in
            Available(id: offer.method.id, name: name(offer.method), type: offer.method.kind.rawValue,
                      rank: offer.rank.map { $0 + 1 }, recurring: offer.method.recurring,
                      channels: offer.method.channels.map(\.rawValue).sorted(), source: offer.method.provenance.source)
        }
        unavailable = selection.unavailable.map { refusal in
            Unavailable(id: refusal.method.id, name: name(refusal.method), reason: refusal.reason.text(format: codeText))
        }
    }
}
