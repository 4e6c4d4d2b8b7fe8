/// Every payment method and, per country, the order locals prefer them
/// (`tax-rules/payment-methods.yaml`).
public struct PaymentMethodTable: Sendable {
    /// The preferred order in one country, most used first.
    public struct Ranking: Sendable {
        public let country: String
        public let order: [String]
        public let provenance: Provenance

        public init(country: String, order: [String], provenance: Provenance) {
            self.country = country
            self.order = order
            self.provenance = provenance
        }
    }

    public let methods: [PaymentMethod]
    public let rankings: [String: Ranking]
    public let file: String?
    /// The table as each country the table names sees it, prepared once.
    private let indexes: [PaymentCountryIndex?]

    public init(methods: [PaymentMethod], rankings: [String: Ranking], file: String?) {
        self.methods = methods
        self.rankings = rankings
        self.file = file
        var countries = Set(rankings.keys)
        for method in methods { countries.formUnion(method.countries ?? []) }
        var indexes = [PaymentCountryIndex?](repeating: nil, count: 676)
        for country in countries {
            guard let position = CountryCodeSet.index(of: country) else { continue }
            indexes[position] = PaymentCountryIndex(country: country, methods: methods, ranking: rankings[country]?.order ?? [])
        }
        self.indexes = indexes
    }

    /// The methods as buyers in `country` see them (prepared for the countries the table names,
    /// built on the spot for any other).
    public func index(for country: String) -> PaymentCountryIndex {
        if let position = CountryCodeSet.index(of: country), let index = indexes[position] { return index }
        return PaymentCountryIndex(country: country, methods: methods, ranking: rankings[country]?.order ?? [])
    }

    /// A table with no methods, for a rules directory without a payment-method file.
    public static let empty = PaymentMethodTable(methods: [], rankings: [:], file: nil)

    /// True when a method is meant for buyers in `country` or the country has a ranking, so
    /// selection for it is meaningful even where Meridian has no market file (M-Pesa in KE).
    public func knows(country: String) -> Bool {
        rankings[country] != nil || methods.contains { $0.countries?.contains(country) == true }
    }

    /// The method with an id, nil when unknown.
    public func method(_ id: String) -> PaymentMethod? { methods.first { $0.id == id } }
}
