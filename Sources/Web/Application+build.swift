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

    public init(store: Store, snapshot: CatalogueSnapshot, registry: PrometheusCollectorRegistry, logger: Logger) {
        self.store = store
        self.snapshot = snapshot
        self.registry = registry
        self.logger = logger
    }
}

/// Every route of the site and the API, with the middleware that every request passes through.
public func buildRouter(_ dependencies: AppDependencies) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.addMiddleware {
        RequestIDMiddleware()
        LogRequestsMiddleware(.debug)
        MetricsMiddleware()
        ErrorMiddleware()
        ContentNegotiationMiddleware()
    }
    SiteController(snapshot: dependencies.snapshot).register(with: router)
    APIController(snapshot: dependencies.snapshot).register(with: router)
    CareerController(snapshot: dependencies.snapshot).register(with: router)
    DesignController(snapshot: dependencies.snapshot, store: dependencies.store).register(with: router)
    ProjectionController(snapshot: dependencies.snapshot, store: dependencies.store).register(with: router)
    OperationsController(store: dependencies.store, snapshot: dependencies.snapshot, registry: dependencies.registry)
        .register(with: router)
    return router
}

/// Opens the database, applies migrations and loads the bundled catalogue if it is newer than the one stored.
public func prepareStore(_ database: DatabaseConfiguration, logger: Logger) async throws -> (
    Store, CatalogueInstallOutcome
) {
    let bundled = try BundledCatalogue.load()
    let store = try await Store.open(database, logger: logger)
    do {
        try await store.migrate()
        let outcome = try await store.install(bundled)
        return (store, outcome)
    } catch {
        try? await store.close()
        throw error
    }
}

/// The composition root: store, catalogue, metrics, router and services, ready to run.
public func buildApplication(
    configuration: AppConfiguration, logger: Logger, registry: PrometheusCollectorRegistry
) async throws -> some ApplicationProtocol {
    let (store, outcome) = try await prepareStore(configuration.database, logger: logger)
    logger.info("\(outcome) Database: \(configuration.database)")
    let snapshot = CatalogueSnapshot(try await store.catalogue())
    let dependencies = AppDependencies(store: store, snapshot: snapshot, registry: registry, logger: logger)
    var app = Application(
        router: buildRouter(dependencies),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "skillmix"),
        logger: logger
    )
    app.addServices(
        CatalogueRefresher(
            store: store, snapshot: snapshot, interval: .seconds(configuration.catalogueRefreshSeconds), logger: logger
        ),
        StoreCloser(store: store, logger: logger)
    )
    return app
}

/// Closes the database pool when the app shuts down (SIGTERM or SIGINT), after requests have drained.
struct StoreCloser: Service {
    let store: Store
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        try await store.close()
        logger.info("Database connections closed")
    }
}
