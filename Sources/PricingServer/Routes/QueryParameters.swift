import Hummingbird
import MarketRules
import Money

/// Reads and checks query parameters; a missing or malformed one is a 400 `invalid-parameter` problem
/// naming it.
struct QueryParameters {
    private let values: [String: String]

    init(_ request: Request) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where values[String(key)] == nil {
            values[String(key)] = String(value)
        }
        self.values = values
    }

    subscript(name: String) -> String? { values[name] }

    func require(_ name: String) throws -> String {
        guard let value = values[name], !value.isEmpty else { throw ProblemError.invalidParameter(name, "is required") }
        return value
    }

    /// An ISO 3166-1 alpha-2 code, upper case.
    func country(_ name: String) throws -> String {
        let value = try require(name)
        guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw ProblemError.invalidParameter(name, "'\(value)' is not an ISO 3166-1 alpha-2 country code such as NL")
        }
        return value
    }

    /// An ISO 4217 code, upper case.
    func currency(_ name: String) throws -> Currency {
        let value = try require(name)
        guard value.uppercased() == value else {
            throw ProblemError.invalidParameter(name, "currency codes are upper case: write '\(value.uppercased())', not '\(value)'")
        }
        do { return try Currency(value) } catch { throw ProblemError.invalidParameter(name, error.description) }
    }

    /// A calendar date, `YYYY-MM-DD`; nil when absent.
    func date(_ name: String) throws -> CalendarDate? {
        guard let value = values[name] else { return nil }
        do { return try CalendarDate(value) } catch { throw ProblemError.invalidParameter(name, error.description) }
    }

    /// `true` or `false`; nil when absent.
    func bool(_ name: String) throws -> Bool? {
        guard let value = values[name] else { return nil }
        switch value {
        case "true": return true
        case "false": return false
        default: throw ProblemError.invalidParameter(name, "'\(value)' is not true or false")
        }
    }

    /// `web` or `in_app`; nil when absent.
    func channel(_ name: String) throws -> PaymentMethod.Channel? {
        guard let value = values[name] else { return nil }
        guard let channel = PaymentMethod.Channel(rawValue: value) else {
            throw ProblemError.invalidParameter(name, "'\(value)' is not web or in_app")
        }
        return channel
    }
}
