import HTTPTypes
import Hummingbird
import Localization
import MarketRules
import Money
import NIOCore
import Pricing

// MARK: - Domain errors to problems

extension ProblemError {
    /// The problem for any error a route or middleware threw: the one place where domain errors
    /// become HTTP statuses.
    ///
    /// - `QuoteRequestError`: 400 when the body is not JSON at all, else 422 with its JSON path.
    /// - `QuoteError`: 422 (`unknown-country` for a destination Meridian does not know).
    /// - ``SnapshotError``, `RuleFileErrors`, `RuleFileError`, `CatalogError`: 422 `rules-rejected` (a refused reload).
    /// - Hummingbird's `HTTPError` and other `HTTPResponseError`s: their status, as plain HTTP problems.
    /// - Anything else: 500, with a detail that names no internals (the log has the error).
    public init(_ error: any Error) {
        switch error {
        case let problem as ProblemError:
            self = problem
        case let error as QuoteRequestError:
            self = ProblemError(request: error)
        case let error as QuoteError:
            let path = error.path.isEmpty ? nil : error.path
            if case .unknownCountry = error {
                self.init(.unprocessableContent, type: .unknownCountry, detail: error.description, path: path)
            } else {
                self.init(.unprocessableContent, type: .cannotQuote, detail: error.description, path: path)
            }
        case let error as SnapshotError:
            self.init(.unprocessableContent, type: .rulesRejected,
                      detail: "\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") in the new rules or catalogs; the ones in force are unchanged",
                      problems: error.problems)
        case let error as RuleFileErrors:
            self.init(.unprocessableContent, type: .rulesRejected,
                      detail: "\(error.errors.count) problem\(error.errors.count == 1 ? "" : "s") in the rules; the rules in force are unchanged",
                      problems: error.errors.map(\.description))
        case let error as RuleFileError:
            self.init(.unprocessableContent, type: .rulesRejected,
                      detail: "the rules or catalogs did not load; the ones in force are unchanged", problems: [error.description])
        case let error as CatalogError:
            self.init(.unprocessableContent, type: .rulesRejected,
                      detail: "the catalogs did not load; the ones in force are unchanged", problems: [error.description])
        case let error as HTTPError:
            self.init(error.status, detail: error.body ?? error.status.reasonPhrase, headers: error.headers)
        case is NIOTooManyBytesError:
            self.init(.contentTooLarge, detail: "the body is larger than the server accepts")
        case let error as any HTTPResponseError:
            self.init(error.status, detail: error.status.reasonPhrase)
        default:
            self.init(.internalServerError, detail: "the server could not answer this request; the request id is in its log")
        }
    }

    /// The problem for a request body that does not decode or validate.
    init(request error: QuoteRequestError, pathPrefix: String = "") {
        let path = pathPrefix.isEmpty ? error.path
            : error.path.isEmpty ? String(pathPrefix.dropLast()) : pathPrefix + error.path
        if error.isMalformedJSON {
            self.init(.badRequest, type: .malformedJSON, detail: error.reason, path: path.isEmpty ? nil : path)
        } else {
            self.init(.unprocessableContent, type: .invalidRequest, detail: path.isEmpty ? error.reason : "\(path): \(error.reason)",
                      path: path)
        }
    }
}

// MARK: - Problems the server raises itself

extension ProblemError {
    /// 503: no snapshot is loaded yet.
    static let notReady = ProblemError(.serviceUnavailable, type: .notReady, detail: "the rules and catalogs are not loaded yet")

    /// 400 for a query or path parameter that is missing or malformed.
    static func invalidParameter(_ name: String, _ detail: String) -> ProblemError {
        ProblemError(.badRequest, type: .invalidParameter, detail: "\(name): \(detail)", parameter: name)
    }

    /// 422 for a body value that is well-formed JSON but wrong.
    static func invalidBody(path: String, _ reason: String) -> ProblemError {
        ProblemError(.unprocessableContent, type: .invalidRequest, detail: path.isEmpty ? reason : "\(path): \(reason)", path: path)
    }
}
