import Catalogue
import Hummingbird
import Logging
import Metrics
import Persistence
import Prometheus
import ServiceLifecycle
import Workforce

/// What the routes need, built once by the composition root and handed to the controllers.
public struct AppDependencies: Sendable {
    public let store: Store
    public let snapshot: CatalogueSnapshot
    public let registry: PrometheusCollectorRegistry
    public let logger: Logger
    public let pool: ComputePool
    public let limits: RequestLimits
    public let accounts: AccountSettings
    public let publisher: CataloguePublisher
    /// The background write probe whose last answer /healthz reports (run as a service by `buildApplication`).
    let writeCheck: WriteCheck

    public init(
        store: Store, snapshot: CatalogueSnapshot, registry: PrometheusCollectorRegistry, logger: Logger,
        pool: ComputePool, publisher: CataloguePublisher, limits: RequestLimits = RequestLimits(),
        accounts: AccountSettings = AccountSettings()
    ) {
        self.accounts = accounts
        self.publisher = publisher
        self.store = store
        self.snapshot = snapshot
        self.registry = registry
        self.logger = logger
        self.pool = pool
        self.limits = limits
        writeCheck = WriteCheck(store: store, logger: logger)
    }
}

/// Every route of the site and the API, with the middleware that every request passes through. HEAD is
/// answered on every GET route, and a method an address does not take gets 405 with `Allow`.
public func buildRouter(_ dependencies: AppDependencies) throws -> Router<AppRequestContext> {
    // The routes are registered once on a scratch router to learn each address's methods for 405s.
    let scratch = Router(context: AppRequestContext.self)
    try registerRoutes(on: scratch, dependencies)
    let queries = try APIQueryContract(document: OpenAPIDocument.loaded.get().json)
    let methods = MethodTable(routes: scratch.routes.map { ($0.path.description, $0.method.rawValue) })

    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.addMiddleware {
        RequestIDMiddleware()
        SecurityHeadersMiddleware()
        LogRequestsMiddleware(.debug)
        RequestMetricsMiddleware()
        ErrorMiddleware(methods: methods)
        LongURIMiddleware()
        ContentNegotiationMiddleware()
        ConditionalGetMiddleware(snapshot: dependencies.snapshot)
        CrossSiteRequestMiddleware(methods: methods, limits: dependencies.limits)
        // A cached answer was made for exactly this path and query, which therefore passed the query check.
        APICachedAnswerMiddleware(snapshot: dependencies.snapshot)
        APIQueryMiddleware(contract: queries)
        APIBodyMiddleware(saves: SaveGuard(store: dependencies.store, limits: dependencies.limits))
    }
    try registerRoutes(on: router, dependencies)
    return router
}

private func registerRoutes(on router: Router<AppRequestContext>, _ dependencies: AppDependencies) throws {
    let saves = SaveGuard(store: dependencies.store, limits: dependencies.limits)
    SiteController(snapshot: dependencies.snapshot, pool: dependencies.pool).register(with: router)
    try APIService(
        snapshot: dependencies.snapshot, pool: dependencies.pool, store: dependencies.store, saves: saves
    ).register(on: router)
    CareerController(snapshot: dependencies.snapshot).register(with: router)
    DesignController(
        snapshot: dependencies.snapshot, store: dependencies.store, pool: dependencies.pool, saves: saves
    ).register(with: router)
    ProjectionController(
        snapshot: dependencies.snapshot, store: dependencies.store, pool: dependencies.pool, saves: saves
    ).register(with: router)
    OperationsController(
        store: dependencies.store, snapshot: dependencies.snapshot, registry: dependencies.registry,
        pool: dependencies.pool, writeCheck: dependencies.writeCheck
    ).register(with: router)
    let editor = EditorController(
        store: dependencies.store, snapshot: dependencies.snapshot, pool: dependencies.pool,
        settings: dependencies.accounts, limits: dependencies.limits
    ).register(with: router)
    ReportController(store: dependencies.store, snapshot: dependencies.snapshot, limits: dependencies.limits)
        .register(with: router, editor: editor)
    ShortlistController(
        snapshot: dependencies.snapshot, limits: dependencies.limits, secureCookies: dependencies.accounts.secureCookies
    ).register(with: router)
    EditorialController(
        store: dependencies.store, snapshot: dependencies.snapshot, publisher: dependencies.publisher,
        pool: dependencies.pool, limits: dependencies.limits
    ).register(with: editor)
}

/// Opens the database, applies migrations and publishes the catalogue: the bundled one with editors' published
/// changes on top, noting where a newer bundle changed a fact that editors changed too.
public func prepareStore(_ database: DatabaseConfiguration, logger: Logger) async throws -> (
    Store, CatalogueInstallOutcome, CataloguePublisher
) {
    let bundle = try CatalogueDocument.bundled()
    let store = try await Store.open(database, logger: logger)
    do {
        try await store.migrate()
        let publisher = CataloguePublisher(bundle: bundle, store: store)
        let outcome = try await publisher.publishAtStart(logger: logger)
        return (store, outcome, publisher)
    } catch {
        try? await store.close()
        throw error
    }
}

/// The composition root: store, catalogue, metrics, router and services, ready to run.
public func buildApplication(
    configuration: AppConfiguration, logger: Logger, registry: PrometheusCollectorRegistry
) async throws -> some ApplicationProtocol {
    _ = try OpenAPIDocument.loaded.get()
    let (store, outcome, publisher) = try await prepareStore(configuration.database, logger: logger)
    do {
        try await store.checkAtStart()
    } catch {
        try? await store.close()
        throw error
    }
    logger.info("\(outcome) Database: \(configuration.database)")
    let snapshot = CatalogueSnapshot(try await store.catalogue())
    let pool = ComputePool(configuration: configuration.pool)
    let dependencies = AppDependencies(
        store: store, snapshot: snapshot, registry: registry, logger: logger, pool: pool, publisher: publisher,
        limits: configuration.limits, accounts: configuration.accounts)
    var app = Application(
        router: try buildRouter(dependencies),
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "skillmix"),
        logger: logger
    )
    app.addServices(
        CatalogueRefresher(
            store: store, snapshot: snapshot, interval: .seconds(configuration.catalogueRefreshSeconds), logger: logger
        ),
        Housekeeping(store: store, retentionDays: configuration.limits.retentionDays, logger: logger),
        dependencies.writeCheck,
        StoreCloser(store: store, pool: pool, logger: logger)
    )
    return app
}

/// Closes the database pool and the compute pool when the app shuts down (SIGTERM or SIGINT), after
/// requests have drained.
struct StoreCloser: Service {
    let store: Store
    let pool: ComputePool
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        try? await pool.shutdown()
        try await store.close()
        logger.info("Database connections closed")
    }
}

/// Every hour: forgets write counts and idempotency keys older than a day and, when a retention period is
/// set, deletes saved designs and projections older than it.
struct Housekeeping: Service {
    let store: Store
    let retentionDays: Int?
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            do {
                let removed = try await store.pruneExpired(retentionDays: retentionDays)
                if removed > 0 {
                    logger.info("Retention: deleted \(removed) saved documents older than \(retentionDays ?? 0) days")
                }
            } catch {
                logger.warning("Housekeeping failed, will try again in an hour: \(error)")
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(3600)) }
        }
    }
}
