import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reads the JSON body of the routes that take one, before their handler runs.
///
/// - A body whose `Content-Type` is not `application/json` (or a `+json` type) answers 415.
/// - A `Content-Length` over the limit answers 413 at once; a chunked body is cut off at the limit, 413.
/// - A body not received within the request timeout answers 408 and closes the connection.
///
/// The collected body is put on the context (``PricingRequestContext/body``).
struct RequestBodyMiddleware: RouterMiddleware {
    typealias Context = PricingRequestContext

    let maximumBytes: Int
    let timeout: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let declaredLength = request.headers[.contentLength].flatMap { Int($0) }
        let hasBody = declaredLength.map { $0 > 0 } ?? (request.headers[.transferEncoding] != nil)
        if hasBody, !Self.isJSON(request.headers[.contentType]) {
            throw ProblemError(.unsupportedMediaType,
                               detail: "send the body as application/json, not \(request.headers[.contentType] ?? "without a Content-Type")",
                               headers: [HTTPField.Name("Accept-Post")!: "application/json"])
        }
        if let declaredLength, declaredLength > maximumBytes {
            throw Self.tooLarge(maximumBytes)
        }
        var context = context
        context.body = try await collect(request.body)
        return try await next(request, context)
    }

    /// The body, within the size limit and the deadline.
    func collect(_ body: RequestBody) async throws -> ByteBuffer {
        let limit = maximumBytes
        let timeout = timeout
        do {
            return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else {
                    throw ProblemError(.requestTimeout, detail: "the body did not arrive within \(timeout)",
                                       headers: [.connection: "close"])
                }
                return buffer
            }
        } catch is NIOTooManyBytesError {
            throw Self.tooLarge(limit)
        }
    }

    static func tooLarge(_ limit: Int) -> ProblemError {
        ProblemError(.contentTooLarge, detail: "the body is larger than \(limit) bytes, the most this server accepts")
    }

    /// True for `application/json`, `application/<anything>+json`, with or without parameters.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let type = contentType.split(separator: ";", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }
}
