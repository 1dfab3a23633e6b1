import Foundation
import SQLKit

/// Limits on what anonymous clients may save, kept in the database so that they hold across instances.
extension Store {
    /// Counts one save by `client` in the current hour and says whether it is within `perHour`.
    /// The count is kept even when refused, so a client that keeps trying stays refused until the hour turns.
    public func recordWrite(client: String, perHour: Int, now: Date = Date()) async throws -> WriteAllowance {
        let hour = Store.timestamp(
            Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600))
        let client = String(client.prefix(100))
        let writes = try await withConnection { db in
            try await db.raw(
                """
                INSERT INTO write_counts (client, window_start, writes) VALUES (\(bind: client), \(bind: hour), 1)
                ON CONFLICT (client, window_start) DO UPDATE SET writes = write_counts.writes + 1
                RETURNING writes
                """
            ).first().map { try $0.decode(column: "writes", as: Int.self) } ?? 1
        }
        let secondsLeft = max(1, Int(3600 - now.timeIntervalSince1970.truncatingRemainder(dividingBy: 3600)))
        return WriteAllowance(allowed: writes <= perHour, writes: writes, retryAfterSeconds: secondsLeft)
    }

    /// The document saved earlier under this idempotency key and scope, with the hash of the request that
    /// saved it, or nil if the key is new.
    public func idempotentSave(scope: String, key: String) async throws -> (documentID: String, requestHash: String)? {
        try await withConnection { db in
            try await db.select().columns("document_id", "request_hash").from("idempotency_keys")
                .where("scope", .equal, SQLBind(scope)).where("idempotency_key", .equal, SQLBind(key)).first()
                .map {
                    (
                        try $0.decode(column: "document_id", as: String.self),
                        try $0.decode(column: "request_hash", as: String.self)
                    )
                }
        }
    }

    /// Deletes anonymous saved documents older than `days` (the retention setting); write counts, idempotency
    /// keys, sign-in failures and reset tokens a day old; and expired sessions. Returns how many documents went.
    @discardableResult
    public func pruneExpired(retentionDays days: Int?, now: Date = Date()) async throws -> Int {
        let dayAgo = Store.timestamp(now.addingTimeInterval(-86_400))
        return try await withConnection { db in
            try await db.delete(from: "write_counts").where("window_start", .lessThan, SQLBind(dayAgo)).run()
            try await db.delete(from: "idempotency_keys").where("created_at", .lessThan, SQLBind(dayAgo)).run()
            try await db.delete(from: "sign_in_failures").where("window_start", .lessThan, SQLBind(dayAgo)).run()
            try await db.delete(from: "sessions").where("expires_at", .lessThan, SQLBind(Store.timestamp(now))).run()
            try await db.delete(from: "reset_tokens").where("expires_at", .lessThan, SQLBind(dayAgo)).run()
            guard let days else { return 0 }
            let cutoff = Store.timestamp(now.addingTimeInterval(-Double(days) * 86_400))
            var removed = 0
            for table in ["designs", "projections"] {
                removed +=
                    try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                    .where("created_at", .lessThan, SQLBind(cutoff)).first()
                    .map { try $0.decode(column: "n", as: Int.self) } ?? 0
                try await db.delete(from: table).where("created_at", .lessThan, SQLBind(cutoff)).run()
            }
            return removed
        }
    }
}

/// An idempotency key already used for a different request.
public struct IdempotencyConflict: Error, Sendable, Equatable {}

/// Whether one more save is allowed, and when to try again if not.
public struct WriteAllowance: Sendable, Equatable {
    public var allowed: Bool
    public var writes: Int
    public var retryAfterSeconds: Int
}

/// A saved document's key against retries: the same key and request give the same document.
public struct IdempotencyKey: Sendable, Equatable {
    /// Which endpoint and which client the key belongs to (another client's key never matches).
    public var scope: String
    public var key: String
    /// A hash of the request body, so that a key reused for a different request is refused.
    public var requestHash: String

    public init(scope: String, key: String, requestHash: String) {
        self.scope = scope
        self.key = key
        self.requestHash = requestHash
    }
}
