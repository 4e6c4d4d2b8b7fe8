import Foundation
import Localization
import MarketRules
import Money
import Pricing
import PricingServer
import Testing

@Suite("GET /v1/payment-methods")
struct PaymentMethodRoutesTests {
    /// What `meridian payment-methods --json` prints for the same arguments.
    static func cliDocument(country: String, currency: String, amount: String, channel: PaymentMethod.Channel = .web,
                            recurring: Bool = false, date: String? = nil, locale: String = "en") throws -> Data {
        let snapshot = TestServer.shippedSnapshot
        let selection = PaymentMethodSelector.select(
            country: country, amount: try Money.parse(amount, currency: try Currency(currency)), channel: channel,
            recurring: recurring, date: try date.map { try CalendarDate($0) }, table: snapshot.rules.paymentMethods)
        return try JSONComparison.cliJSON(
            PaymentSelectionDocument(selection, formatting: MoneyFormatting(locale: try ResolvedLocale(locale)), names: snapshot.catalogs))
    }

    @Test("the body is what meridian payment-methods --json prints")
    func matchesCLI() async throws {
        try await TestServer.with { server in
            let plain = try await server.get("/v1/payment-methods?country=NL&currency=EUR&amount=25.00")
            #expect(plain.status == 200)
            #expect(try JSONComparison.same(plain.body, Self.cliDocument(country: "NL", currency: "EUR", amount: "25.00")))
            let full = try await server.get(
                "/v1/payment-methods?country=BR&currency=BRL&amount=150.00&channel=in_app&recurring=true&locale=pt-BR&date=2026-10-02")
            #expect(full.status == 200)
            #expect(try JSONComparison.same(full.body, Self.cliDocument(
                country: "BR", currency: "BRL", amount: "150.00", channel: .inApp, recurring: true, date: "2026-10-02", locale: "pt-BR")))
        }
    }

    @Test("missing or malformed parameters are 400, an unknown country 422", arguments: [
        ("currency=EUR&amount=25.00", 400, "country"),
        ("country=nl&currency=EUR&amount=25.00", 400, "country"),
        ("country=NL&currency=eur&amount=25.00", 400, "currency"),
        ("country=NL&currency=XXY&amount=25.00", 400, "currency"),
        ("country=NL&currency=EUR&amount=25.001", 400, "amount"),
        ("country=NL&currency=EUR&amount=lots", 400, "amount"),
        ("country=NL&currency=EUR&amount=25.00&channel=phone", 400, "channel"),
        ("country=NL&currency=EUR&amount=25.00&recurring=yes", 400, "recurring"),
        ("country=NL&currency=EUR&amount=25.00&date=2026-02-30", 400, "date"),
        ("country=NL&currency=EUR&amount=25.00&locale=xx-YY", 400, "locale"),
        ("country=QQ&currency=EUR&amount=25.00", 422, "country"),
    ])
    func parameterProblems(query: String, status: Int, parameter: String) async throws {
        try await TestServer.with { server in
            let response = try await server.get("/v1/payment-methods?\(query)")
            #expect(response.status == status)
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect(try response.problem().parameter == parameter)
        }
    }
}
