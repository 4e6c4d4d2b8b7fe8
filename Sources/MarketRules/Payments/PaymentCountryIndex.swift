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
    /// The positions of the candidates that take each currency (by packed code), ascending.
    private let positionsByCurrency: [UInt32: [Int]]
    private static let noPositions: [Int] = []

    /// The positions in `candidates` of the methods that take the currency with this packed code.
    public func candidates(acceptingPacked code: UInt32) -> [Int] {
        positionsByCurrency[code] ?? Self.noPositions
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
        var byCurrency: [UInt32: [Int]] = [:]
        for (position, candidate) in candidates.enumerated() {
            for code in candidate.method.packedCurrencies { byCurrency[code, default: []].append(position) }
        }
        self.positionsByCurrency = byCurrency
    }
}

extension PaymentMethod {
    /// True when the method is for buyers in `country` (listed, or any country, and not excluded).
    public func isMeant(for country: String) -> Bool {
        (countries?.contains(country) ?? true) && !excludedCountries.contains(country)
    }
}
