@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The one store for both databases, written once on SQLKit.
///
/// Every query goes through `withConnection`, so a transaction always runs on a single connection
/// whichever database is behind it.
public final class Store: Sendable {
    public let configuration: DatabaseConfiguration
    let logger: Logger
    private let backend: Backend

    private enum Backend: Sendable {
        case sqlite(EventLoopGroupConnectionPool<SQLiteSource>, threads: NIOThreadPool)
        case postgres(EventLoopGroupConnectionPool<PostgresConnectionSource>)
    }

    /// Opens a connection pool and checks that the database answers.
    public static func open(_ configuration: DatabaseConfiguration, logger: Logger) async throws -> Store {
        let store = try Store(configuration: configuration, logger: logger)
        do {
            try await store.ping()
        } catch {
            try? await store.close()
            if let fault = store.classify(error) as? StoreError {
                switch fault {
                case .damaged, .readOnly: throw fault
                default: break
                }
            }
            throw StoreError.cannotConnect(configuration.description, reason: Store.describe(error))
        }
        return store
    }

    private init(configuration: DatabaseConfiguration, logger: Logger) throws {
        self.configuration = configuration
        self.logger = logger
        let group = MultiThreadedEventLoopGroup.singleton
        switch configuration {
        case .sqlite(let path):
            // The singleton event loop group has a loop per core, each with its own connections.
            let threads = NIOThreadPool(numberOfThreads: SQLiteSource.connectionsPerEventLoop * System.coreCount)
            threads.start()
            backend = .sqlite(
                EventLoopGroupConnectionPool(
                    source: SQLiteSource(path: path, threads: threads),
                    maxConnectionsPerEventLoop: SQLiteSource.connectionsPerEventLoop, pruneInterval: nil,
                    logger: logger, on: group
                ),
                threads: threads
            )
        case .postgres(let url, let searchPath):
            var sqlConfiguration: SQLPostgresConfiguration
            do {
                sqlConfiguration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw StoreError.badDatabaseURL(url)
            }
            if let searchPath { sqlConfiguration.searchPath = [searchPath] }
            backend = .postgres(
                EventLoopGroupConnectionPool(
                    source: PostgresConnectionSource(sqlConfiguration: sqlConfiguration),
                    maxConnectionsPerEventLoop: 8, pruneInterval: nil, logger: logger, on: group
                )
            )
        }
    }

    public var isPostgres: Bool {
        if case .postgres = backend { return true }
        return false
    }

    /// Runs `body` on one pooled connection; a fault of the database itself comes out as a `StoreError`.
    func withConnection<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        do {
            return try await withPooledConnection(body)
        } catch {
            throw classify(error)
        }
    }

    private func withPooledConnection<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R)
        async throws -> R
    {
        switch backend {
        case .sqlite(let pool, _):
            let connection = try await pool.requestConnection(logger: logger).get()
            do {
                let result = try await body(connection.sql())
                pool.releaseConnection(connection, logger: logger)
                return result
            } catch {
                pool.releaseConnection(connection, logger: logger)
                throw error
            }
        case .postgres(let pool):
            let connection = try await pool.requestConnection(logger: logger).get()
            do {
                let result = try await body(connection.sql())
                pool.releaseConnection(connection, logger: logger)
                return result
            } catch {
                pool.releaseConnection(connection, logger: logger)
                throw error
            }
        }
    }

    /// Runs `body` in a transaction that holds the store's write lock, so that two app instances never
    /// migrate or load the catalogue at the same time.
    ///
    /// `patience` is how long to keep asking for SQLite's write lock (each ask waits `busy_timeout`): long for
    /// start-up work (migrating, loading the catalogue) that another instance may be doing at the same time;
    /// none for a request's write, which should fail fast.
    func withWriteTransaction<R: Sendable>(
        patience: Duration = .zero, _ body: @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        let postgres = isPostgres
        let giveUp = ContinuousClock.now + patience
        return try await withConnection { db in
            if postgres {
                try await db.raw("BEGIN").run()
                // One fixed key for all Skillmix writers; released at COMMIT or ROLLBACK.
                try await db.raw("SELECT pg_advisory_xact_lock(7306321)").run()
            } else {
                while true {
                    do {
                        try await db.raw("BEGIN IMMEDIATE").run()
                        break
                    } catch let error as SQLiteError where [.busy, .locked, .busyTimeout].contains(error.reason) {
                        guard ContinuousClock.now < giveUp else { throw error }
                    }
                }
            }
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// A cheap query that proves the database answers (used by /healthz).
    public func ping() async throws {
        try await withConnection { db in
            _ = try await db.raw("SELECT 1 AS one").first()
        }
    }

    public func close() async throws {
        switch backend {
        case .sqlite(let pool, let threads):
            try await pool.shutdownAsync()
            try await threads.shutdownGracefully()
        case .postgres(let pool): try await pool.shutdownAsync()
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            return error.serverInfo?[.message] ?? "\(error.code)"
        }
        return String(describing: error)
    }
}
