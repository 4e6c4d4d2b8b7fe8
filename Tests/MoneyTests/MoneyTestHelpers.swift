import Money

/// `money("12.34", "USD")`: a test shorthand that parses an amount in a currency.
func money(_ amount: String, _ code: String) throws -> Money {
    try Money.parse(amount, currency: Currency(code))
}

/// `"USD 12.34"`-style descriptions of amounts.
func descriptions(_ amounts: [Money]) -> [String] {
    amounts.map(\.description)
}
