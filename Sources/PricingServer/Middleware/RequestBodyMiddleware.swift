import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reads the JSON body of the routes that take one, before their handler runs.
///
/// - A body whose `Content-Type` is not `application/json` (or a `+json` type) answers 415.
/// - A `Content-Length` over the limit answers 413 at once; a chunked body is cut off at the limit, 413.
/// - A body still arriving after the request timeout answers 408 and closes the connection.
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
    ///
    /// The deadline is checked as each chunk arrives, with no timer task per request (a body usually
    /// arrives with its headers, and a task group per request cost the quote route a fifth of its
    /// throughput). A client that stops sending altogether is cut off by the connection's idle timeout.
    func collect(_ body: RequestBody) async throws -> ByteBuffer {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var collected: ByteBuffer?
        for try await chunk in body {
            let size = (collected?.readableBytes ?? 0) + chunk.readableBytes
            guard size <= maximumBytes else { throw Self.tooLarge(maximumBytes) }
            if collected == nil {
                collected = chunk
            } else {
                collected!.writeImmutableBuffer(chunk)
            }
            if ContinuousClock.now > deadline {
                throw ProblemError(.requestTimeout, detail: "the body did not arrive within \(timeout)", headers: [.connection: "close"])
            }
        }
        return collected ?? ByteBuffer()
    }

    static func tooLarge(_ limit: Int) -> ProblemError {
        ProblemError(.contentTooLarge, detail: "the body is larger than \(limit) bytes, the most this server accepts")
    }

    /// True for `application/json`, `application/<anything>+json`, with or without parameters.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        if contentType == "application/json" { return true }
        let type = contentType.split(separator: ";", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }
}
