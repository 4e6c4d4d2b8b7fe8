import Hummingbird

/// Pins the snapshot in force on the request's context when it arrives, and names its rules
/// version in `Meridian-Rules-Version` on the response, whatever the status.
///
/// The request is answered from the pinned snapshot even if a reload swaps in another meanwhile.
struct SnapshotMiddleware: RouterMiddleware {
    typealias Context = PricingRequestContext

    let store: SnapshotStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let snapshot = store.current
        context.snapshot = snapshot
        var response = try await next(request, context)
        if let snapshot {
            response.headers[.meridianRulesVersion] = snapshot.version
        }
        return response
    }
}
