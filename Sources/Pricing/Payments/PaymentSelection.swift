import MarketRules
import Money

/// Which payment methods a buyer may use for an amount, in the order locals prefer them, and why
/// the others are not offered.
public struct PaymentSelection: Sendable {
    /// A method that is offered.
    public struct Offer: Sendable {
        public let method: PaymentMethod
        /// The method's position in the country's ranking, nil when the country ranks it not.
        public let rank: Int?
    }

    /// Why a method is not offered.
    public enum Reason: Sendable, Equatable {
        case notYetAvailable(CalendarDate)
        case noLongerAvailable(CalendarDate)
        case onlyForCountries([String])
        case excludedCountry(String)
        case onlyInCurrencies([String])
        case belowMinimum(Money)
        case aboveMaximum(Money)
        case notInApp
        case onlyInApp
        case notRecurring

        /// The reason as a sentence a person understands, amounts written by `format`
        /// ("above the JPY 300,000 limit", "only in EUR").
        public func text(format: (Money) -> String) -> String {
            switch self {
            case let .notYetAvailable(date): return "not available before \(date)"
            case let .noLongerAvailable(date): return "no longer available since \(date)"
            case let .onlyForCountries(codes): return "only for buyers in " + Self.list(codes)
            case let .excludedCountry(code): return "not for buyers in \(code)"
            case let .onlyInCurrencies(codes): return "only in " + Self.list(codes)
            case let .belowMinimum(minimum): return "below the \(format(minimum)) minimum"
            case let .aboveMaximum(maximum): return "above the \(format(maximum)) limit"
            case .notInApp: return "not available in in-app checkouts"
            case .onlyInApp: return "only in in-app checkouts"
            case .notRecurring: return "cannot be used for recurring payments"
            }
        }

        /// "EUR", "BRL and USD", "AT, DE and NL".
        static func list(_ items: [String]) -> String {
            guard items.count > 1 else { return items.first ?? "" }
            let shown = items.count > 6 ? Array(items.prefix(6)) + ["\(items.count - 6) more"] : items
            return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
        }
    }

    /// A method that is not offered, and why.
    public struct Refusal: Sendable {
        public let method: PaymentMethod
        public let reason: Reason
    }

    public let country: String
    public let amount: Money
    public let channel: PaymentMethod.Channel
    public let recurring: Bool
    /// The date methods were checked against, nil for none.
    public let date: CalendarDate?
    let index: PaymentCountryIndex
    /// Which of the index's candidates are offered: bit i of word i / 64.
    let offeredWords: ItemSet

    /// The offered methods, in the order the country prefers them.
    public var available: [Offer] {
        var offers: [Offer] = []
        for position in index.candidates.indices where offeredWords.contains(position) {
            offers.append(Offer(method: index.candidates[position], rank: index.ranks[position]))
        }
        return offers
    }

    /// The refused methods by name, each with the first condition it fails.
    public var unavailable: [Refusal] {
        var refused: [(order: Int, method: PaymentMethod)] = []
        for position in index.candidates.indices where !offeredWords.contains(position) {
            refused.append((index.candidateNameOrder[position], index.candidates[position]))
        }
        refused.sort { $0.order != $1.order ? $0.order < $1.order : $0.method.name < $1.method.name }
        var result: [Refusal] = []
        var next = 0
        func reason(_ method: PaymentMethod) -> Reason {
            PaymentMethodSelector.refusal(method, country: country, amount: amount, channel: channel, recurring: recurring,
                                          date: date) ?? .notRecurring
        }
        for (position, other) in index.others.enumerated() {
            while next < refused.count && refused[next].order <= position {
                result.append(Refusal(method: refused[next].method, reason: reason(refused[next].method)))
                next += 1
            }
            result.append(Refusal(method: other, reason: reason(other)))
        }
        for entry in refused[next...] { result.append(Refusal(method: entry.method, reason: reason(entry.method))) }
        return result
    }
}
