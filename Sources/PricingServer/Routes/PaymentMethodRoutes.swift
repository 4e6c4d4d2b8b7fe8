import Hummingbird
import Localization
import MarketRules
import Money
import Pricing

/// `GET /v1/payment-methods?country=&currency=&amount=&channel=&recurring=&locale=&date=`: the body
/// `meridian payment-methods --json` prints.
enum PaymentMethodRoutes {
    static func routes() -> [Route] {
        [
            Route(.get, "/v1/payment-methods", access: .apiKey) { request, context in
                let snapshot = try context.requireSnapshot()
                let query = QueryParameters(request)
                let country = try query.country("country")
                let currency = try query.currency("currency")
                let amountText = try query.require("amount")
                let amount: Money
                do { amount = try Money.parse(amountText, currency: currency) } catch {
                    throw ProblemError.invalidParameter("amount", String(describing: error))
                }
                let channel = try query.channel("channel") ?? .web
                let recurring = try query.bool("recurring") ?? false
                let date = try query.date("date")
                let tag = query["locale"] ?? "en"
                guard snapshot.rules.market(country) != nil || snapshot.rules.paymentMethods.knows(country: country) else {
                    throw ProblemError(.unprocessableContent, type: .unknownCountry,
                                       detail: "Meridian has no rules for the country '\(country)'", parameter: "country")
                }
                let selection = PaymentMethodSelector.select(country: country, amount: amount, channel: channel, recurring: recurring,
                                                             date: date, table: snapshot.rules.paymentMethods)
                let formatting: FormattingContext
                do { formatting = try snapshot.formatting.checkOut(locale: tag) } catch {
                    throw ProblemError.invalidParameter("locale", String(describing: error))
                }
                defer { snapshot.formatting.checkIn(formatting) }
                return try JSONBody.response(try PaymentSelectionDocument(selection, formatting: formatting.money, names: snapshot.catalogs))
            },
        ]
    }
}
