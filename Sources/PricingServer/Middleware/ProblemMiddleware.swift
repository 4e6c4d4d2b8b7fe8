import HTTPTypes
import Hummingbird
import Logging

/// Turns every error thrown by the layers inside it into an `application/problem+json` response,
/// through ``ProblemError/init(_:)``: the one place errors become responses.
///
/// A path that exists with other methods answers 405 with `Allow` instead of the router's 404.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = PricingRequestContext

    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var problem = ProblemError(error)
            if problem.status == .notFound, context.endpointPath == "NotFound" {
                let methods = routes.methods(for: request.uri.path)
                if methods.isEmpty {
                    problem = ProblemError(.notFound, detail: "no route for \(request.method.rawValue) \(request.uri.path)")
                } else {
                    problem = ProblemError(.methodNotAllowed,
                                           detail: "\(request.uri.path) answers \(methods.map(\.rawValue).joined(separator: ", ")), not \(request.method.rawValue)",
                                           headers: [.allow: routes.allowHeader(for: request.uri.path)])
                }
            }
            if problem.status == .internalServerError {
                context.logger.error("unanswerable request", metadata: ["error": .string(String(reflecting: error))])
            }
            return problem.response(requestID: context.requestID)
        }
    }
}
