import Hummingbird
import Logging
import Money

/// The outermost layer: one log line and one metrics sample per request, and the request id on
/// every response (`Meridian-Request-Id`, the `hb.request.id` of the log line).
///
/// ```text
/// 2026-12-01T10:00:00+0000 info meridian: hb.request.id=3c4f… method=POST route=/v1/quotes status=200 duration_ms=0.410 [PricingServer] request
/// ```
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = PricingRequestContext

    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // ProblemMiddleware answers every error; this is the net under it.
            response = ProblemError(error).response(requestID: context.requestID)
        }
        let duration = ContinuousClock.now - start
        let route = Self.routeLabel(context.endpointPath)
        response.headers[.meridianRequestID] = context.requestID
        metrics.record(route: route, method: request.method.rawValue, status: response.status.code, duration: duration)
        if context.logger.logLevel <= .info {
            // Whole microseconds, printed as milliseconds with three decimals (0.410), no float.
            let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
            let milliseconds = (try? ExactDecimal(significand: microseconds, scale: 3))?.description ?? "\(microseconds / 1000)"
            context.logger.info("request", metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(route),
                "path": .string(request.uri.path),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .string(milliseconds),
            ])
        }
        return response
    }

    /// The route pattern for metrics and logs; one label for every unmatched path, so random paths
    /// cannot create new time series.
    static func routeLabel(_ endpoint: String?) -> String {
        guard let endpoint, endpoint != "NotFound" else { return "unmatched" }
        return endpoint
    }
}
