import Foundation
import Logging
import NIOCore
import Persistence
import ServiceLifecycle
import Synchronization
import Workforce

/// The catalogue as this instance serves it: read from the database, kept in memory, and replaced when
/// the database holds a newer one. Rendered responses are cached per catalogue version, because every
/// page and API answer is a pure function of the catalogue and the request.
public final class CatalogueSnapshot: Sendable {
    private struct State {
        var catalogue: Catalogue
        var responses: [String: ByteBuffer] = [:]
    }

    private let state: Mutex<State>
    /// At most this many rendered responses are kept; the cache is emptied when it fills.
    private let cacheLimit = 1024

    public init(_ catalogue: Catalogue) { state = Mutex(State(catalogue: catalogue)) }

    public var catalogue: Catalogue { state.withLock { $0.catalogue } }

    public func replace(with catalogue: Catalogue) {
        state.withLock { $0 = State(catalogue: catalogue) }
    }

    /// The cached body for `key`, or renders it, caches it and returns it.
    func cached(_ key: String, render: (Catalogue) throws -> ByteBuffer) rethrows -> ByteBuffer {
        let (catalogue, hit) = state.withLock { ($0.catalogue, $0.responses[key]) }
        if let hit { return hit }
        let body = try render(catalogue)
        state.withLock { state in
            guard state.catalogue.stamp == catalogue.stamp else { return }
            if state.responses.count >= cacheLimit { state.responses.removeAll(keepingCapacity: true) }
            state.responses[key] = body
        }
        return body
    }
}

/// Checks the database every few seconds and swaps in a newer catalogue, so that several instances
/// sharing one PostgreSQL database all serve the catalogue that `skillmix migrate` last loaded.
struct CatalogueRefresher: Service {
    let store: Store
    let snapshot: CatalogueSnapshot
    let interval: Duration
    let logger: Logger

    func run() async throws {
        // Stop at once on SIGTERM, so no check races the store being closed.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                do {
                    let stamp = try await store.catalogueStamp()
                    if let stamp, stamp != snapshot.catalogue.stamp {
                        snapshot.replace(with: try await store.catalogue())
                        logger.info("Serving catalogue \(stamp)")
                    }
                } catch {
                    logger.warning("Could not check the catalogue version: \(error)")
                }
            }
        }
    }
}
