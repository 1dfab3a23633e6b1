import Foundation
import Hummingbird
import Logging
import NIOCore
import Pages
import Persistence
import Prometheus
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
                try await writeCheck.check(store)
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

/// Proves, at most once a second, that the database accepts writes: /healthz must notice a database that
/// has become read-only, without writing on every probe of a busy load balancer.
final class WriteCheck: Sendable {
    private let lastSuccess = Mutex<ContinuousClock.Instant?>(nil)

    func check(_ store: Store) async throws {
        let now = ContinuousClock.now
        if let last = lastSuccess.withLock({ $0 }), now - last < .seconds(1) { return }
        try await store.checkWritable()
        lastSuccess.withLock { $0 = now }
    }
}
