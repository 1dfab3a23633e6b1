import Foundation
import Hummingbird
import Logging
import NIOCore
import Pages
import Persistence
import Prometheus
import ServiceLifecycle
import Synchronization
import Workforce

/// Health and metrics for whoever runs the service.
struct OperationsController<Context: RequestContext> {
    let store: Store
    let snapshot: CatalogueSnapshot
    let registry: PrometheusCollectorRegistry
    let pool: ComputePool
    let writeCheck: WriteCheck

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.healthz.pattern)) { _, context in
            let database = store.isPostgres ? "postgresql" : "sqlite"
            do {
                try await store.ping()
                try writeCheck.requireWritable()
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: .init(
                        byteBuffer: ByteBuffer(
                            string:
                                #"{"status":"ok","database":"\#(database)","writable":true,"catalogueVersion":"\#(snapshot.catalogue.stamp.version)","jobs":\#(pool.load)}"#
                        )
                    )
                )
            } catch {
                context.logger.error("Health check failed: \(error)")
                let writable = (error as? StoreError).map { if case .readOnly = $0 { false } else { true } } ?? true
                return Response(
                    status: .serviceUnavailable, headers: [.contentType: "application/json", .retryAfter: "10"],
                    body: .init(
                        byteBuffer: ByteBuffer(
                            string: #"{"status":"unavailable","database":"\#(database)","writable":\#(writable)}"#))
                )
            }
        }
        router.get(RouterPath(SiteRoute.Endpoint.metrics.pattern)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
    }
}

/// Proves every two seconds, off the request path, that the database accepts writes, so that /healthz can
/// report a database that has become read-only without writing (or waiting for a write lock) on every probe.
final class WriteCheck: Service, Sendable {
    let store: Store
    let logger: Logger
    private let last = Mutex<(at: ContinuousClock.Instant, error: StoreError?)?>(nil)
    static let interval: Duration = .seconds(2)

    init(store: Store, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// Throws the last probe's failure, or `unavailable` when no probe has succeeded for five intervals.
    func requireWritable() throws {
        guard let last = last.withLock({ $0 }) else { return }  // not probed yet: start-up already checked
        if let error = last.error { throw error }
        if ContinuousClock.now - last.at > Self.interval * 5 {
            throw StoreError.unavailable(reason: "the write check has not succeeded for \(Self.interval * 5)")
        }
    }

    func probe() async {
        do {
            try await store.checkWritable()
            last.withLock { $0 = (ContinuousClock.now, nil) }
        } catch {
            logger.warning("The database refused the write check: \(error)")
            let fault = error as? StoreError ?? .unavailable(reason: String(describing: error))
            last.withLock { $0 = (ContinuousClock.now, fault) }
        }
    }

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            await probe()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: Self.interval) }
        }
    }
}
