import Foundation
import MarketRules
import Money
import Pricing
import Testing

/// The payment-method table shipped in `tax-rules/payment-methods.yaml`: what buyers are offered.
@Suite("Shipped payment-method table")
struct ShippedPaymentTableTests {
    static var table: PaymentMethodTable { ShippedRules.ruleSet.paymentMethods }

    static func select(_ country: String, _ amount: String, _ currency: String,
                       channel: PaymentMethod.Channel = .web, recurring: Bool = false) throws -> PaymentSelection {
        let money = try Money.parse(amount, currency: try Currency(currency))
        return PaymentMethodSelector.select(country: country, amount: money, channel: channel, recurring: recurring,
                                            date: try CalendarDate("2026-12-01"), table: table)
    }

    /// Why a method was refused, amounts written as `JPY 299000`.
    static func reason(_ selection: PaymentSelection, _ id: String) -> String? {
        selection.unavailable.first { $0.method.id == id }?.reason.text { "\($0.currency.code) \($0.amountString)" }
    }

    @Test("the table has every method the markets need, each with its source")
    func coverage() {
        let ids = Set(Self.table.methods.map(\.id))
        let required = ["visa", "mastercard", "amex", "jcb", "unionpay", "discover", "rupay", "elo", "cartes_bancaires",
                        "apple_pay", "google_pay", "paypal", "alipay", "wechat_pay", "grabpay", "kakao_pay", "naver_pay",
                        "paypay", "mpesa", "mobilepay", "swish", "vipps", "twint", "blik", "mb_way", "ideal", "bancontact",
                        "eps", "p24", "trustly", "sepa_debit", "upi", "pix", "paynow", "promptpay", "fpx", "boleto", "oxxo",
                        "konbini", "klarna", "afterpay_clearpay", "affirm", "zip"]
        #expect(required.filter { !ids.contains($0) } == [])
        #expect(Self.table.methods.count >= 35)
        for method in Self.table.methods {
            #expect(method.provenance.source.hasPrefix("https://"), "\(method.id) has no https source")
            for (currency, limit) in method.limits {
                #expect(limit.provenance.source.hasPrefix("https://"), "\(method.id) \(currency) limit has no source")
            }
        }
        let markets = ShippedRules.ruleSet.markets.keys.sorted()
        #expect(markets.filter { Self.table.rankings[$0] == nil } == [], "every market has a ranking")
    }

    @Test("the Netherlands pays with iDEAL first, in euros only")
    func netherlands() throws {
        let selection = try Self.select("NL", "25.00", "EUR")
        #expect(selection.available.first?.method.id == "ideal")
        let inDollars = try Self.select("NL", "25.00", "USD")
        #expect(Self.reason(inDollars, "ideal") == "only in EUR")
    }

    @Test("Konbini up to its limit and not one yen past it")
    func konbiniLimit() throws {
        let konbini = try #require(Self.table.method("konbini"))
        let maximum = try #require(konbini.limits["JPY"]?.maximum)
        let minimum = try #require(konbini.limits["JPY"]?.minimum)
        let at = try Self.select("JP", maximum.amountString, "JPY")
        #expect(at.available.contains { $0.method.id == "konbini" })
        let past = try Self.select("JP", String(maximum.minorUnits + 1), "JPY")
        #expect(Self.reason(past, "konbini") == "above the JPY \(maximum.amountString) limit")
        let below = try Self.select("JP", String(minimum.minorUnits - 1), "JPY")
        #expect(Self.reason(below, "konbini") == "below the JPY \(minimum.amountString) minimum")
        #expect(try Self.select("JP", minimum.amountString, "JPY").available.contains { $0.method.id == "konbini" })
    }

    @Test("local methods lead where locals use them", arguments: [
        ("BR", "150.00", "BRL", "pix"), ("PL", "120.00", "PLN", "blik"), ("IN", "2500.00", "INR", "upi"),
        ("BE", "40.00", "EUR", "bancontact"), ("CN", "300.00", "CNY", "alipay"),
    ])
    func localFirst(country: String, amount: String, currency: String, expected: String) throws {
        #expect(try Self.select(country, amount, currency).available.first?.method.id == expected)
    }

    @Test("a market with no local method still gets cards")
    func cardsEverywhere() throws {
        let selection = try Self.select("ZA", "500.00", "ZAR")
        let offered = selection.available.map(\.method.id)
        #expect(offered.contains("visa") && offered.contains("mastercard"))
        #expect(!offered.contains("ideal") && !offered.contains("pix"))
    }

    @Test("a recurring payment leaves out methods that cannot be saved")
    func recurring() throws {
        let selection = try Self.select("SE", "300.00", "SEK", recurring: true)
        #expect(Self.reason(selection, "swish") == "cannot be used for recurring payments")
        #expect(selection.available.contains { $0.method.id == "visa" })
    }
}

/// The fast decision and the stated reasons never disagree, for every method, country and a spread of amounts.
@Suite("Payment decisions agree with their reasons")
struct PaymentDecisionConsistencyTests {
    @Test("a method is offered exactly when no reason refuses it", arguments: ["NL", "JP", "BR", "US", "KE", "IN", "SE", "XX"])
    func consistent(country: String) throws {
        let table = ShippedRules.ruleSet.paymentMethods
        let date = try CalendarDate("2026-12-01")
        for code in ["EUR", "JPY", "BRL", "USD", "KES", "INR", "SEK"] {
            let currency = try Currency(code)
            for minor in [Int64(0), 1, 99, 100, 5_000, 29_900_000, 30_000_000, 1_000_000_000] {
                let amount = Money(minorUnits: minor, currency: currency)
                for channel in PaymentMethod.Channel.allCases {
                    for recurring in [false, true] {
                        let selection = PaymentMethodSelector.select(country: country, amount: amount, channel: channel,
                                                                     recurring: recurring, date: date, table: table)
                        let offered = Set(selection.available.map(\.method.id))
                        let refused = Set(selection.unavailable.map(\.method.id))
                        #expect(offered.isDisjoint(with: refused))
                        #expect(offered.count + refused.count == table.methods.count)
                        for method in table.methods {
                            let reason = PaymentMethodSelector.refusal(method, country: country, amount: amount, channel: channel,
                                                                       recurring: recurring, date: date)
                            #expect((reason == nil) == offered.contains(method.id), "\(method.id) \(amount) \(channel)")
                        }
                        let names = selection.unavailable.map(\.method.name)
                        #expect(names == names.sorted(), "refusals are in name order")
                    }
                }
            }
        }
    }
}
