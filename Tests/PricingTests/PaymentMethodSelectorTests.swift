import Foundation
import Localization
import MarketRules
import Money
import Pricing
import TestSupport
import Testing

/// Selection rules on a small table written for the test, so every boundary is known.
@Suite("Payment-method selection")
struct PaymentMethodSelectorTests {
    static let table = """
    schema: meridian.payment-methods/1
    methods:
      - id: visa
        name: Visa
        type: card
        countries: any
        currencies: [EUR, JPY, USD]
        channels: [web, in_app]
        recurring: true
        valid_from: 2019-01-01
        source: https://example.org/visa
        as_of: 2026-11-24
      - id: ideal
        name: iDEAL
        type: bank_redirect
        countries: [NL]
        currencies: [EUR]
        limits:
          - {currency: EUR, min: "0.01", max: "50000.00", source: https://example.org/ideal, as_of: 2026-11-24}
        channels: [web, in_app]
        recurring: false
        valid_from: 2019-01-01
        source: https://example.org/ideal
        as_of: 2026-11-24
      - id: konbini
        name: Konbini
        type: voucher
        countries: [JP]
        currencies: [JPY]
        limits:
          - {currency: JPY, min: "120", max: "300000", source: https://example.org/konbini, as_of: 2026-11-24}
        channels: [web]
        recurring: false
        valid_from: 2019-01-01
        source: https://example.org/konbini
        as_of: 2026-11-24
    rankings:
      - {country: NL, order: [ideal, visa], source: https://example.org/nl, as_of: 2026-11-24}
    """

    static func load() throws -> PaymentMethodTable {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let market = try String(contentsOfFile: SharedData.repositoryRoot.appendingPathComponent("tax-rules/markets/NL.yaml").path,
                                encoding: .utf8)
        try directory.write("markets/NL.yaml", market.replacingOccurrences(of: "customs_union: EU\n", with: ""))
        try directory.write("payment-methods.yaml", table)
        return try RuleSetLoader.load(directory: directory.url.path).paymentMethods
    }

    static func reasons(_ country: String, _ amount: String, _ code: String, channel: PaymentMethod.Channel = .web,
                        recurring: Bool = false) throws -> (available: [String], refused: [String: String]) {
        let selection = PaymentMethodSelector.select(country: country, amount: try Money.parse(amount, currency: Currency(code)),
                                                     channel: channel, recurring: recurring, table: try load())
        let document = try PaymentSelectionDocument(selection, formatting: MoneyFormatting(locale: ResolvedLocale("en")))
        var refused: [String: String] = [:]
        for line in document.plainUnavailable { refused[line.name] = line.reason }
        return (selection.available.map(\.method.id), refused)
    }

    @Test("Konbini: the minimum and maximum are inclusive, one yen past each is refused", arguments: [
        ("119", false, "below the JPY\u{a0}120 minimum"),
        ("120", true, nil as String?),
        ("300000", true, nil),
        ("300001", false, "above the JPY\u{a0}300,000 limit"),
    ])
    func konbiniLimits(amount: String, offered: Bool, reason: String?) throws {
        let result = try Self.reasons("JP", amount, "JPY")
        #expect(result.available.contains("konbini") == offered)
        #expect(result.refused["Konbini"] == reason)
    }

    @Test("iDEAL: ranked first in NL, only in EUR, only for Dutch buyers")
    func ideal() throws {
        #expect(try Self.reasons("NL", "25.00", "EUR").available == ["ideal", "visa"])
        #expect(try Self.reasons("NL", "25.00", "USD").refused["iDEAL"] == "only in EUR")
        #expect(try Self.reasons("DE", "25.00", "EUR").refused["iDEAL"] == "only for buyers in NL")
        #expect(try Self.reasons("NL", "50000.01", "EUR").refused["iDEAL"] == "above the EUR\u{a0}50,000.00 limit")
        #expect(try Self.reasons("NL", "50000.00", "EUR").available.contains("ideal"))
    }

    @Test("channel and recurring filters", arguments: [
        (PaymentMethod.Channel.inApp, false, "JP", "1000", "JPY", "Konbini", "not available in in-app checkouts"),
        (.web, true, "NL", "25.00", "EUR", "iDEAL", "cannot be used for recurring payments"),
    ])
    func filters(channel: PaymentMethod.Channel, recurring: Bool, country: String, amount: String, code: String,
                 name: String, reason: String) throws {
        #expect(try Self.reasons(country, amount, code, channel: channel, recurring: recurring).refused[name] == reason)
    }

    @Test("a country with no local method still gets cards")
    func cardsEverywhere() throws {
        #expect(try Self.reasons("KE", "10.00", "USD").available == ["visa"])
    }

    @Test("the table is validated like the other rule files")
    func validation() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let market = try String(contentsOfFile: SharedData.repositoryRoot.appendingPathComponent("tax-rules/markets/NL.yaml").path,
                                encoding: .utf8)
        try directory.write("markets/NL.yaml", market.replacingOccurrences(of: "customs_union: EU\n", with: ""))
        try directory.write("payment-methods.yaml", Self.table
            .replacingOccurrences(of: "max: \"300000\"", with: "max: \"300000.5\"")
            .replacingOccurrences(of: "order: [ideal, visa]", with: "order: [ideal, blik]"))
        do {
            _ = try RuleSetLoader.load(directory: directory.url.path)
            Issue.record("expected problems")
        } catch {
            let reasons = error.errors.map(\.reason)
            #expect(reasons.contains("the ranking for NL names 'blik', which is not a payment method"))
            #expect(reasons.contains { $0.contains("'300000.5' has too many fraction digits: JPY amounts have at most 0 fraction digits") })
        }
    }
}
