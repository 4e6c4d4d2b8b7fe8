import ArgumentParser
import Localization
import Money

extension CurrencyDisplay: ExpressibleByArgument {}
extension CurrencySign: ExpressibleByArgument {}

extension RoundingMode: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.replacingOccurrences(of: "-", with: "_"))
    }

    public var defaultValueDescription: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    public static var allValueStrings: [String] {
        allCases.map { $0.rawValue.replacingOccurrences(of: "_", with: "-") }
    }
}

/// Parsing helpers that turn user text into domain values with one-line errors.
enum Parse {
    static func currency(_ code: String) throws -> Currency {
        let upper = code.uppercased()
        guard upper == code else {
            throw CommandFailure("currency codes are upper case: write '\(upper)', not '\(code)'")
        }
        return try Currency(code)
    }

    static func date(_ text: String) throws -> CalendarDate {
        try CalendarDate(text)
    }
}
