import MarketRules
import Money

/// Selects payment methods for (country, currency, amount, channel, recurring): a pure function of
/// the payment-method table.
///
/// Limits are inclusive as providers state them and compare exactly in minor units.
public enum PaymentMethodSelector {
    /// Unranked methods follow in this order of kinds.
    static let kindOrder: [PaymentMethod.Kind: Int] =
        Dictionary(uniqueKeysWithValues: PaymentMethod.Kind.allCases.enumerated().map { ($1, $0) })

    /// The offered methods, ranked as the country prefers (unranked ones follow by kind, then
    /// name), and the refused ones with their first failing reason.
    /// - Parameter date: when given, methods outside their validity are refused.
    public static func select(country: String, amount: Money, channel: PaymentMethod.Channel = .web, recurring: Bool = false,
                              date: CalendarDate? = nil, table: PaymentMethodTable) -> PaymentSelection {
        let ranking = table.rankings[country]?.order ?? []
        var offers: [PaymentSelection.Offer] = []
        var refusals: [PaymentSelection.Refusal] = []
        for method in table.methods {
            if let reason = refusal(method, country: country, amount: amount, channel: channel, recurring: recurring, date: date) {
                refusals.append(PaymentSelection.Refusal(method: method, reason: reason))
            } else {
                offers.append(PaymentSelection.Offer(method: method, rank: ranking.firstIndex(of: method.id)))
            }
        }
        offers.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                let (ka, kb) = (Self.kindOrder[a.method.kind] ?? 0, Self.kindOrder[b.method.kind] ?? 0)
                return ka != kb ? ka < kb : a.method.name < b.method.name
            }
        }
        refusals.sort { $0.method.name < $1.method.name }
        return PaymentSelection(country: country, amount: amount, channel: channel, recurring: recurring,
                                available: offers, unavailable: refusals)
    }

    /// Why a method is not offered, nil when it is.
    static func refusal(_ method: PaymentMethod, country: String, amount: Money, channel: PaymentMethod.Channel,
                        recurring: Bool, date: CalendarDate?) -> PaymentSelection.Reason? {
        if let date, !method.period.contains(date) {
            return method.period.from > date ? .notYetAvailable(method.period.from) : .noLongerAvailable(method.period.to!)
        }
        if let countries = method.countries, !countries.contains(country) {
            return .onlyForCountries(countries.sorted())
        }
        if method.excludedCountries.contains(country) {
            return .excludedCountry(country)
        }
        guard method.currencies.contains(where: { $0.packedCode == amount.currency.packedCode }) else {
            return .onlyInCurrencies(method.currencies.map(\.code))
        }
        if let limit = method.limits[amount.currency.code] {
            if let minimum = limit.minimum, amount.minorUnits < minimum.minorUnits { return .belowMinimum(minimum) }
            if let maximum = limit.maximum, amount.minorUnits > maximum.minorUnits { return .aboveMaximum(maximum) }
        }
        if !method.channels.contains(channel) {
            return channel == .inApp ? .notInApp : .onlyInApp
        }
        if recurring && !method.recurring {
            return .notRecurring
        }
        return nil
    }
}
