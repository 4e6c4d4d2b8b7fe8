import Money
import Products

/// Why a product cannot be listed in a market, in words a catalog team can act on.
public enum ListingError: Error, Sendable, CustomStringConvertible {
    case unknownCountry(String)
    case noPrice(productID: String)
    case noPriceOnDate(productID: String, date: CalendarDate)
    case noTitle(productID: String)
    case noOrigin(productID: String)
    case invalidProduct(productID: String, reason: String)
    case quote(productID: String, QuoteError)
    case money(productID: String, MoneyError)

    public var description: String {
        switch self {
        case let .unknownCountry(code): return "Meridian has no rules for the country '\(code)'"
        case let .noPrice(id): return "product \(id) has no price"
        case let .noPriceOnDate(id, date): return "product \(id) has no price valid on \(date)"
        case let .noTitle(id): return "product \(id) has no title in any language"
        case let .noOrigin(id):
            return "product \(id) has no origin country: give one in the feed, or ships_from in the shipping file"
        case let .invalidProduct(id, reason): return "product \(id): \(reason)"
        case let .quote(id, error): return "product \(id): \(error)"
        case let .money(id, error): return "product \(id): \(error)"
        }
    }
}
