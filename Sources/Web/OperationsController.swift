import Hummingbird
import Logging
import NIOCore
import Pages
import Persistence
import Prometheus
import Workforce

/// Health and metrics for whoever runs the service.
struct OperationsController<Context: RequestContext> {
    let store: Store
    let snapshot: CatalogueSnapshot
    let registry: PrometheusCollectorRegistry

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.healthz.pattern)) { _, context in
            let database = store.isPostgres ? "postgresql" : "sqlite"
            do {
                try await store.ping()
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: .init(
                        byteBuffer: ByteBuffer(
                            string:
                                #"{"status":"ok","database":"\#(database)","catalogueVersion":"\#(snapshot.catalogue.stamp.version)"}"#
                        )
                    )
                )
            } catch {
                context.logger.error("Health check failed: \(error)")
                return Response(
                    status: .serviceUnavailable, headers: [.contentType: "application/json"],
                    body: .init(byteBuffer: ByteBuffer(string: #"{"status":"unavailable","database":"\#(database)"}"#))
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
