@preconcurrency import AsyncKit
import Foundation
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// How database failures are told: each driver's error becomes a `StoreError` that says whether to wait
/// (unavailable), to fix permissions (read-only) or to restore (damaged), so the web layer can answer 503 or
/// 500 truthfully and the log keeps the detail.
extension Store {
    /// The error as a `StoreError` when it is a fault of the database itself; other errors (a constraint, a
    /// bug in a query) pass through unchanged.
    func classify(_ error: any Error) -> any Error {
        switch error {
        case is StoreError:
            return error
        case let error as SQLiteError:
            switch error.reason {
            case .corrupt, .notADatabase, .format, .corruptIndex, .corruptSequenceSchema, .corruptVirtualTable:
                return StoreError.damaged(configuration.description, reason: error.message)
            case .readOnly, .readonlyDirectory, .readonlyCantLock, .readonlyInRecovery, .readonlyInRollback,
                .readonlyBackingMoved, .permission, .cantOpen, .cantOpenDirectory, .auth, .full:
                return StoreError.readOnly(configuration.description, reason: error.message)
            case .busy, .locked, .busyTimeout, .busyInRecovery, .busyInSnapshot, .ioError, .ioErrorFailedRead,
                .ioErrorIncompleteRead, .ioErrorFailedWrite, .ioErrorFailedSync:
                return StoreError.unavailable(reason: error.message)
            default:
                return error
            }
        case let error as PSQLError:
            if error.code == .server {
                let state = error.serverInfo?[.sqlState] ?? ""
                // 08: connection exception; 57: operator intervention (shutdown, restart); 53: out of resources.
                if state.hasPrefix("08") || state.hasPrefix("57") || state.hasPrefix("53") {
                    return StoreError.unavailable(reason: error.serverInfo?[.message] ?? state)
                }
                // 25006: read-only transaction (a standby, or default_transaction_read_only).
                if state == "25006" {
                    return StoreError.readOnly(configuration.description, reason: error.serverInfo?[.message] ?? state)
                }
                return error
            }
            return StoreError.unavailable(reason: "\(error.code)")
        // Connection refused, pool timeouts, closed channels: the database is out of reach.
        case is NIOConnectionError, is ChannelError, is IOError, is ConnectionPoolError, is ConnectionPoolTimeoutError:
            return StoreError.unavailable(reason: String(describing: error))
        default:
            return error
        }
    }

    /// Checks, before the app serves anyone, that the database is whole and can be written: SQLite's
    /// `quick_check`, then a real write. Throws `damaged` or `readOnly` with the file and the fix.
    public func checkAtStart() async throws {
        if !isPostgres {
            let problems = try await withConnection { db in
                try await db.raw("PRAGMA quick_check").all().compactMap { row -> String? in
                    let text = try row.decode(column: "quick_check", as: String.self)
                    return text == "ok" ? nil : text
                }
            }
            if !problems.isEmpty {
                throw StoreError.damaged(
                    configuration.description,
                    reason: "its integrity check found \(problems.count) problem(s), first: \(problems[0].prefix(200))")
            }
        }
        try await checkWritable()
    }

    /// Writes this instance's heartbeat row: proof that the database accepts writes now.
    public func checkWritable() async throws {
        let now = Store.timestamp()
        let instance = Store.instanceID
        try await withConnection { db in
            try await db.raw(
                """
                INSERT INTO health_probes (instance, checked_at) VALUES (\(bind: instance), \(bind: now))
                ON CONFLICT (instance) DO UPDATE SET checked_at = \(bind: now)
                """
            ).run()
        }
    }

    /// Identifies this process's heartbeat row (instances share nothing but the database).
    static let instanceID = Store.newPrivateID()
}
