import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The HTTP pricing API: a `Service` to run in a swift-service-lifecycle `ServiceGroup`.
///
/// ```swift
/// let server = PricingServer(configuration: configuration, snapshot: try SnapshotLoader.load(sources), logger: logger)
/// let group = ServiceGroup(configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
/// try await group.run()   // SIGTERM: stop accepting, finish the requests in flight, return
/// ```
/// Without a first snapshot the server listens at once, answers `/readyz` 503, and loads one in the
/// background.
public final class PricingServer: Service, Sendable {
    /// The configuration it was made with.
    public let configuration: ServerConfiguration
    /// The snapshot in force.
    public let store: SnapshotStore
    /// Its metrics (what `/metrics` prints).
    public let metrics: ServerMetrics
    /// Reloads for `POST /v1/admin/reload` and SIGHUP.
    public let reloader: SnapshotReloader
    /// Every route the server answers.
    public let routeTable: RouteTable
    private let logger: Logger
    private let onListening: @Sendable (Int) async -> Void

    /// Creates a server. - Parameters:
    ///   - snapshot: the first snapshot, or nil to load it in the background once listening.
    ///   - onListening: called with the bound port once the server accepts connections.
    public init(configuration: ServerConfiguration, snapshot: PricingSnapshot?, logger: Logger,
                onListening: @escaping @Sendable (Int) async -> Void = { _ in }) {
        self.configuration = configuration
        self.logger = logger
        self.onListening = onListening
        let store = SnapshotStore(snapshot)
        let metrics = ServerMetrics()
        if let snapshot { metrics.rulesVersion(snapshot.version) }
        let reloader = SnapshotReloader(sources: configuration.sources, store: store, metrics: metrics, logger: logger)
        self.store = store
        self.metrics = metrics
        self.reloader = reloader
        routeTable = RouteTable(
            OperationsRoutes.routes(metrics: metrics, openAPI: OpenAPIDocument()) + QuoteRoutes.routes()
                + ListingRoutes.routes() + MarketRoutes.routes() + PaymentMethodRoutes.routes()
                + AdminRoutes.routes(reloader: reloader)
        )
    }

    /// Builds the router: the layers every request passes (log, snapshot, CORS, problems), then per
    /// route its access check and, for JSON routes, the body reader.
    public func makeRouter() -> Router<PricingRequestContext> {
        let router = Router(context: PricingRequestContext.self)
        router.add(middleware: RequestLogMiddleware(metrics: metrics))
        router.add(middleware: SnapshotMiddleware(store: store))
        router.add(middleware: CORSMiddleware(allowedOrigins: configuration.corsOrigins, routes: routeTable))
        router.add(middleware: ProblemMiddleware(routes: routeTable))
        let body = RequestBodyMiddleware(maximumBytes: configuration.maxBodyBytes, timeout: configuration.requestTimeout)
        for route in routeTable.routes {
            let group = router.group()
            switch route.access {
            case .open: break
            case .apiKey: group.add(middleware: AccessMiddleware(guarding: .apiKeys))
            case .admin: group.add(middleware: AccessMiddleware(guarding: .admin(token: configuration.adminToken)))
            }
            if route.takesJSONBody { group.add(middleware: body) }
            let handler = route.handler
            group.on(RouterPath(route.path), method: route.method) { request, context in
                try await handler(request, context)
            }
        }
        return router
    }

    /// Runs until graceful shutdown (SIGTERM in `meridian serve`), then drains the requests in flight.
    public func run() async throws {
        // A connection with no bytes either way for twice the request timeout (at least 5 s) is closed:
        // that bounds clients that stall in their headers, which the body deadline cannot see.
        let timeout = configuration.requestTimeout
        let seconds = Int64(timeout.components.seconds) + (timeout.components.attoseconds > 0 ? 1 : 0)
        let onListening = onListening
        let application = Application(
            router: makeRouter(),
            server: .http1(configuration: .init(idleTimeout: .seconds(max(5, 2 * seconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: application)]
        if configuration.reloadOnSIGHUP {
            services.append(.init(service: ReloadSignalService(reloader: reloader), successTerminationBehavior: .ignore))
        }
        if store.current == nil {
            services.append(.init(service: InitialLoadService(reloader: reloader), successTerminationBehavior: .ignore))
        }
        let group = ServiceGroup(configuration: .init(services: services, logger: logger))
        try await group.run()
    }

    /// Loads, validates and swaps in a new snapshot (as `POST /v1/admin/reload` and SIGHUP do).
    public func reload(trigger: ReloadTrigger = .http) async -> Result<ReloadOutcome, SnapshotError> {
        await reloader.reload(trigger: trigger)
    }
}
