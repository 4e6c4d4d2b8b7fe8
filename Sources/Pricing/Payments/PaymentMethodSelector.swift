import MarketRules
import Money

/// Selects payment methods for (country, currency, amount, channel, recurring): a pure function of
/// the payment-method table.
///
/// Limits are inclusive as providers state them and compare exactly in minor units.
public enum PaymentMethodSelector {
    /// The offered methods, ranked as the country prefers (unranked ones follow by kind, then
    /// name), and the refused ones with their first failing reason.
    ///
    /// The decision for every method is made here; the lists are materialized when read.
    /// - Parameter date: when given, methods outside their validity are refused.
    public static func select(country: String, amount: Money, channel: PaymentMethod.Channel = .web, recurring: Bool = false,
                              date: CalendarDate? = nil, table: PaymentMethodTable) -> PaymentSelection {
        let index = table.index(for: country)
        var offered = ItemSet()
        let channelBit = channel.bit
        for terms in index.terms(acceptingPacked: amount.currency.packedCode)
        where terms.offers(minorUnits: amount.minorUnits, channelBit: channelBit, recurring: recurring, date: date) {
            offered.insert(terms.position)
        }
        return PaymentSelection(country: country, amount: amount, channel: channel, recurring: recurring, date: date,
                                index: index, offeredWords: offered)
    }

    /// Why a method is not offered, nil when it is: the conditions of
    /// ``MarketRules/PaymentCountryIndex/OfferTerms/offers(minorUnits:channelBit:recurring:date:)``, in words.
    public static func refusal(_ method: PaymentMethod, country: String, amount: Money, channel: PaymentMethod.Channel,
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
