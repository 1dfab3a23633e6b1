import Foundation
import SQLKit
import Workforce

/// Editors' accounts, their sessions, sign-in throttles, password-reset tokens and the audit log. Secrets
/// arrive here already hashed: a bcrypt hash for a password, a SHA-256 hash for a session or reset token.
extension Store {
    private struct AccountRow: Codable {
        var id: String
        var email: String
        var role: String
        var password_hash: String
        var disabled: Int
        var created_at: String

        func account() throws -> Account {
            guard let role = Account.Role(rawValue: role) else {
                throw StoreError.corruptRow(table: "accounts", id: id, reason: "unknown role \(role)")
            }
            return Account(
                id: .init(rawValue: id), email: email, role: role, disabled: disabled != 0, createdAt: created_at)
        }
    }

    /// Adds an account; nil when the address is taken.
    public func createAccount(email: String, role: Account.Role, passwordHash: String) async throws -> Account? {
        let row = AccountRow(
            id: Store.newPrivateID(), email: email, role: role.rawValue, password_hash: passwordHash, disabled: 0,
            created_at: Store.timestamp())
        return try await withWriteTransaction { db in
            let taken = try await db.select().column("id").from("accounts").where("email", .equal, SQLBind(email))
                .first()
            guard taken == nil else { return nil }
            try await db.insert(into: "accounts").model(row).run()
            return try row.account()
        }
    }

    /// The account with this address and its password hash, or nil.
    public func accountForSignIn(email: String) async throws -> (account: Account, passwordHash: String)? {
        try await withConnection { db in
            try await db.select().column("*").from("accounts").where("email", .equal, SQLBind(email))
                .first(decoding: AccountRow.self).map { (try $0.account(), $0.password_hash) }
        }
    }

    public func account(id: Account.ID) async throws -> Account? {
        try await withConnection { db in
            try await db.select().column("*").from("accounts").where("id", .equal, SQLBind(id.rawValue))
                .first(decoding: AccountRow.self).map { try $0.account() }
        }
    }

    /// The password hash of an account, to check the current password before changing it.
    public func passwordHash(of id: Account.ID) async throws -> String? {
        try await withConnection { db in
            try await db.select().column("password_hash").from("accounts").where("id", .equal, SQLBind(id.rawValue))
                .first().map { try $0.decode(column: "password_hash", as: String.self) }
        }
    }

    public func accounts() async throws -> [Account] {
        try await withConnection { db in
            try await db.select().column("*").from("accounts").orderBy("email").all(decoding: AccountRow.self)
                .map { try $0.account() }
        }
    }

    /// Disables or enables an account; a disabled account's sessions are ended by the caller's next check.
    public func setDisabled(_ id: Account.ID, _ disabled: Bool) async throws {
        try await withConnection { db in
            try await db.update("accounts").set("disabled", to: SQLBind(disabled ? 1 : 0))
                .where("id", .equal, SQLBind(id.rawValue)).run()
        }
    }

    public func setPasswordHash(_ id: Account.ID, _ hash: String) async throws {
        try await withConnection { db in
            try await db.update("accounts").set("password_hash", to: SQLBind(hash))
                .where("id", .equal, SQLBind(id.rawValue)).run()
        }
    }

    // MARK: - Sign-in throttles

    /// Counts a failed sign-in against each scope (an account, an address) in the current quarter hour, and
    /// returns the highest count among them.
    @discardableResult
    public func recordSignInFailure(scopes: [String], now: Date = Date()) async throws -> Int {
        let window = Store.timestamp(Self.quarterHour(now))
        return try await withConnection { db in
            var highest = 0
            for scope in scopes {
                let count =
                    try await db.raw(
                        """
                        INSERT INTO sign_in_failures (scope, window_start, failures) VALUES (\(bind: String(scope.prefix(300))), \(bind: window), 1)
                        ON CONFLICT (scope, window_start) DO UPDATE SET failures = sign_in_failures.failures + 1
                        RETURNING failures
                        """
                    ).first().map { try $0.decode(column: "failures", as: Int.self) } ?? 1
                highest = max(highest, count)
            }
            return highest
        }
    }

    /// Failed sign-ins for each scope in the current quarter hour.
    public func signInFailures(scopes: [String], now: Date = Date()) async throws -> [String: Int] {
        let window = Store.timestamp(Self.quarterHour(now))
        return try await withConnection { db in
            var counts: [String: Int] = [:]
            for scope in scopes {
                counts[scope] =
                    try await db.select().column("failures").from("sign_in_failures")
                    .where("scope", .equal, SQLBind(String(scope.prefix(300))))
                    .where("window_start", .equal, SQLBind(window)).first()
                    .map { try $0.decode(column: "failures", as: Int.self) } ?? 0
            }
            return counts
        }
    }

    static func quarterHour(_ now: Date) -> Date {
        Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 900).rounded(.down) * 900)
    }

    // MARK: - Sessions

    /// Stores a session's details under the hash of its key.
    public func putSession(keyHash: String, details: String, expiresAt: Date?) async throws {
        try await withConnection { db in
            try await db.raw(
                """
                INSERT INTO sessions (key_hash, details, expires_at) VALUES (\(bind: keyHash), \(bind: details), \(bind: expiresAt.map(Store.timestamp)))
                ON CONFLICT (key_hash) DO UPDATE SET details = excluded.details, expires_at = excluded.expires_at
                """
            ).run()
        }
    }

    /// Replaces a session's details, keeping its expiry when `expiresAt` is nil.
    public func updateSession(keyHash: String, details: String, expiresAt: Date?) async throws {
        try await withConnection { db in
            var update = db.update("sessions").set("details", to: SQLBind(details))
            if let expiresAt { update = update.set("expires_at", to: SQLBind(Store.timestamp(expiresAt))) }
            try await update.where("key_hash", .equal, SQLBind(keyHash)).run()
        }
    }

    /// A live session's details and when it expires; nil when there is none or it has expired.
    public func session(keyHash: String, now: Date = Date()) async throws -> (details: String, expiresAt: Date?)? {
        try await withConnection { db in
            guard
                let row = try await db.select().columns("details", "expires_at").from("sessions")
                    .where("key_hash", .equal, SQLBind(keyHash)).first()
            else { return nil }
            let expires = try row.decode(column: "expires_at", as: String?.self).flatMap(Store.date(from:))
            if let expires, expires <= now { return nil }
            return (try row.decode(column: "details", as: String.self), expires)
        }
    }

    public func removeSession(keyHash: String) async throws {
        try await withConnection { db in
            try await db.delete(from: "sessions").where("key_hash", .equal, SQLBind(keyHash)).run()
        }
    }

    // MARK: - Password resets

    /// Stores the hash of a one-time reset token for an account, valid until `expiresAt`.
    public func createResetToken(hash: String, account: Account.ID, expiresAt: Date) async throws {
        try await withConnection { db in
            try await db.insert(into: "reset_tokens").columns("token_hash", "account_id", "expires_at", "used_at")
                .values(SQLBind(hash), SQLBind(account.rawValue), SQLBind(Store.timestamp(expiresAt)), SQLLiteral.null)
                .run()
        }
    }

    /// The account a live, unused reset token belongs to; nil otherwise.
    public func resetTokenAccount(hash: String, now: Date = Date()) async throws -> Account.ID? {
        try await withConnection { db in
            guard
                let row = try await db.select().columns("account_id", "expires_at", "used_at").from("reset_tokens")
                    .where("token_hash", .equal, SQLBind(hash)).first(),
                try row.decode(column: "used_at", as: String?.self) == nil,
                let expires = Store.date(from: try row.decode(column: "expires_at", as: String.self)), expires > now
            else { return nil }
            return Account.ID(rawValue: try row.decode(column: "account_id", as: String.self))
        }
    }

    /// Marks a reset token used, once: false when it was already used (two tabs racing).
    public func useResetToken(hash: String) async throws -> Bool {
        try await withWriteTransaction { db in
            let unused = try await db.select().column("token_hash").from("reset_tokens")
                .where("token_hash", .equal, SQLBind(hash)).where("used_at", .is, SQLLiteral.null).first()
            guard unused != nil else { return false }
            try await db.update("reset_tokens").set("used_at", to: SQLBind(Store.timestamp()))
                .where("token_hash", .equal, SQLBind(hash)).run()
            return true
        }
    }

    // MARK: - Audit log

    /// One entry of the audit log: who did what to what.
    public struct AuditEntry: Hashable, Sendable {
        public var at: String
        public var actor: String
        public var action: String
        public var subject: String
        public var detail: String
    }

    public func audit(actor: String, action: String, subject: String, detail: String = "") async throws {
        try await withConnection { db in
            try await db.insert(into: "audit_log").columns("id", "at", "actor", "action", "subject", "detail")
                .values(
                    SQLBind(Store.newPrivateID()), SQLBind(Store.timestamp()), SQLBind(String(actor.prefix(300))),
                    SQLBind(action), SQLBind(String(subject.prefix(300))), SQLBind(String(detail.prefix(1000)))
                ).run()
        }
    }

    /// The newest entries first.
    public func auditLog(limit: Int = 200) async throws -> [AuditEntry] {
        try await withConnection { db in
            try await db.select().columns("at", "actor", "action", "subject", "detail").from("audit_log")
                .orderBy("at", .descending).limit(limit).all().map { row in
                    AuditEntry(
                        at: try row.decode(column: "at", as: String.self),
                        actor: try row.decode(column: "actor", as: String.self),
                        action: try row.decode(column: "action", as: String.self),
                        subject: try row.decode(column: "subject", as: String.self),
                        detail: try row.decode(column: "detail", as: String.self))
                }
        }
    }
}
