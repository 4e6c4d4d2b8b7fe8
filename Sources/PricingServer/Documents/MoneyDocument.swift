import Money
import Pricing

/// Money in a response: `{"amount": "150.00", "currency": "EUR", "formatted": "150,00 €"}`, the amount
/// a decimal string at the currency's exponent.
struct MoneyDocument: Encodable, Sendable {
    let amount: String
    let currency: String
    let formatted: String

    init(_ money: Money, formatting: MoneyFormatting) throws {
        amount = money.amountString
        currency = money.currency.code
        formatted = try formatting.format(money)
    }
}
