import Money

/// Why a valid-looking request could not be quoted.
public enum QuoteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Meridian has no rules for the destination country.
    case unknownCountry(String)
    /// The market has no such region.
    case unknownRegion(country: String, region: String, known: [String])
    /// No tax rate for a category on the date.
    case noTaxRate(tax: String, category: String, date: String)
    /// A money or exchange-rate problem (a missing rate names the pair and the date).
    case money(MoneyError)

    /// The JSON path of the request field at fault, empty when none.
    public var path: String {
        switch self {
        case .unknownCountry: return "destination.country"
        case .unknownRegion: return "destination.region"
        case .noTaxRate: return "items"
        case .money(.noRate): return "fx_rates"
        case .money: return ""
        }
    }

    public var description: String {
        switch self {
        case let .unknownCountry(country):
            return "Meridian has no rules for the country '\(country)'"
        case let .unknownRegion(country, region, known):
            let list = known.count > 8 ? known.prefix(8).joined(separator: ", ") + ", …" : known.joined(separator: ", ")
            return "'\(region)' is not a region of \(country) (known: \(list))"
        case let .noTaxRate(tax, category, date):
            return "\(tax) has no rate for the category '\(category)' on \(date)"
        case let .money(error):
            return error.description
        }
    }
}
