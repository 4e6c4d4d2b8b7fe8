import MarketRules
import Money
import Localization

/// A failure a command reports with a one-line reason and an exit status.
struct CommandFailure: Error {
    let message: String
    let status: Int32

    init(_ message: String, status: Int32 = 2) {
        self.message = message
        self.status = status
    }

    /// The one-line reason for a domain error, nil for errors the argument parser owns.
    static func describe(_ error: Error) -> String? {
        switch error {
        case let error as MoneyError: return error.description
        case let error as LocalizationError: return error.description
        case let error as RuleFileError: return error.description
        case let error as CatalogError: return error.description
        case let error as RuleFileErrors:
            return error.errors.count == 1 ? error.errors[0].description
                : "\(error.errors.count) problems; first: \(error.errors[0])"
        default: return nil
        }
    }
}
