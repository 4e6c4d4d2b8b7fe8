import Money

/// The payment methods of the table as one country sees them, prepared once when the table loads:
/// the methods meant for its buyers in the order they are offered (the country's ranking, then by
/// kind and name), and the others in name order.
public final class PaymentCountryIndex: Sendable {
    public let country: String
    /// Methods meant for the country's buyers, in offering order.
    public let candidates: [PaymentMethod]
    /// Each candidate's position in the country's ranking, nil when unranked.
    public let ranks: [Int?]
    /// Methods not meant for the country's buyers, by name.
    public let others: [PaymentMethod]
    /// For each candidate, where it falls among `others` by name, so refusals can be merged in name order.
    public let candidateNameOrder: [Int]
    /// The candidates that take each currency (by packed code), in offering order, as the plain
    /// values a selection checks.
    private let termsByCurrency: [UInt32: [OfferTerms]]
    private static let noTerms: [OfferTerms] = []

    /// What a selection checks of one candidate for one currency: plain values, so the loop over
    /// candidates counts no references.
    public struct OfferTerms: Sendable {
        /// The candidate's position in ``PaymentCountryIndex/candidates``.
        public let position: Int
        public let period: ValidityPeriod
        /// The limits in the currency's minor units, nil when open.
        public let minimum: Int64?
        public let maximum: Int64?
        /// ``PaymentMethod/channelBits``.
        public let channelBits: UInt8
        public let recurring: Bool

        /// True when the method takes this amount (in the currency's minor units), channel and
        /// payment kind on the date (nil: any date). Limits are inclusive.
        public func offers(minorUnits: Int64, channelBit: UInt8, recurring wantsRecurring: Bool, date: CalendarDate?) -> Bool {
            if let date, !period.contains(date) { return false }
            if let minimum, minorUnits < minimum { return false }
            if let maximum, minorUnits > maximum { return false }
            guard channelBits & channelBit != 0 else { return false }
            return !wantsRecurring || recurring
        }
    }

    /// The positions in `candidates` of the methods that take the currency with this packed code.
    public func candidates(acceptingPacked code: UInt32) -> [Int] {
        terms(acceptingPacked: code).map(\.position)
    }

    /// The terms of the candidates that take the currency with this packed code, in offering order.
    public func terms(acceptingPacked code: UInt32) -> [OfferTerms] {
        termsByCurrency[code] ?? Self.noTerms
    }

    init(country: String, methods: [PaymentMethod], ranking: [String]) {
        self.country = country
        let kindOrder = Dictionary(uniqueKeysWithValues: PaymentMethod.Kind.allCases.enumerated().map { ($1, $0) })
        var candidates: [(method: PaymentMethod, rank: Int?)] = []
        var others: [PaymentMethod] = []
        for method in methods {
            if method.isMeant(for: country) {
                candidates.append((method, ranking.firstIndex(of: method.id)))
            } else {
                others.append(method)
            }
        }
        candidates.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                let (ka, kb) = (kindOrder[a.method.kind] ?? 0, kindOrder[b.method.kind] ?? 0)
                return ka != kb ? ka < kb : a.method.name < b.method.name
            }
        }
        others.sort { $0.name < $1.name }
        self.candidates = candidates.map(\.method)
        self.ranks = candidates.map(\.rank)
        self.others = others
        self.candidateNameOrder = candidates.map { candidate in others.firstIndex { $0.name > candidate.method.name } ?? others.count }
        var byCurrency: [UInt32: [OfferTerms]] = [:]
        for (position, candidate) in candidates.enumerated() {
            let method = candidate.method
            for code in method.packedCurrencies {
                let limit = method.packedLimits.first { $0.currency == code }
                byCurrency[code, default: []].append(OfferTerms(
                    position: position, period: method.period, minimum: limit?.minimum, maximum: limit?.maximum,
                    channelBits: method.channelBits, recurring: method.recurring))
            }
        }
        self.termsByCurrency = byCurrency
    }
}

extension PaymentMethod {
    /// True when the method is for buyers in `country` (listed, or any country, and not excluded).
    public func isMeant(for country: String) -> Bool {
        (countries?.contains(country) ?? true) && !excludedCountries.contains(country)
    }
}
