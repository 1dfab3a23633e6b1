import Foundation
import SQLKit

/// One numbered, append-only change to the schema. Never edit a migration that has shipped; add the next.
struct Migration: Sendable {
    let version: Int
    let name: String
    let apply: @Sendable (any SQLDatabase) async throws -> Void
}

extension Store {
    /// The schema's history, oldest first. Portable across SQLite and PostgreSQL: TEXT ids, ISO-8601 times.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "catalogue tables") { db in
            try await db.create(table: "catalogue_state")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("version", type: .text, .notNull)
                .column("checksum", type: .text, .notNull)
                .column("loaded_at", type: .text, .notNull)
                .run()
            try await db.create(table: "role_groups")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("position", type: .int, .notNull)
                .column("name", type: .text, .notNull)
                .column("details", type: .text, .notNull)
                .run()
            try await db.create(table: "roles")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("position", type: .int, .notNull)
                .column("group_id", type: .text, .notNull)
                .column("name", type: .text, .notNull)
                .column("abbreviation", type: .text)
                .column("training_months", type: .int)
                .column("training_salaried", type: .int)
                .column("band_qualified", type: .text)
                .column("introduced", type: .int)
                .column("details", type: .text, .notNull)
                .run()
            for table in ["entry_points", "rules", "figures"] {
                try await db.create(table: table)
                    .column("id", type: .text, .primaryKey(autoIncrement: false))
                    .column("position", type: .int, .notNull)
                    .column("details", type: .text, .notNull)
                    .run()
            }
            try await db.create(table: "sources")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("url", type: .text, .notNull)
                .column("publisher", type: .text, .notNull)
                .column("title", type: .text)
                .column("source_date", type: .text)
                .column("date_basis", type: .text)
                .run()
        },
        Migration(version: 2, name: "career routes") { db in
            try await db.create(table: "career_routes")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("position", type: .int, .notNull)
                .column("details", type: .text, .notNull)
                .run()
        },
        Migration(version: 3, name: "pay scales") { db in
            try await db.create(table: "pay_scales")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("position", type: .int, .notNull)
                .column("details", type: .text, .notNull)
                .run()
        },
        Migration(version: 4, name: "team designer") { db in
            for table in ["service_models", "team_parameters"] {
                try await db.create(table: table)
                    .column("id", type: .text, .primaryKey(autoIncrement: false))
                    .column("position", type: .int, .notNull)
                    .column("details", type: .text, .notNull)
                    .run()
            }
            try await db.create(table: "designs")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("created_at", type: .text, .notNull)
                .column("catalogue_version", type: .text, .notNull)
                .column("service_model", type: .text, .notNull)
                .column("details", type: .text, .notNull)
                .column("model_mps", type: .text, .notNull)
                .run()
        },
        Migration(version: 5, name: "workforce projection") { db in
            for table in ["projection_defaults", "nhs_regions"] {
                try await db.create(table: table)
                    .column("id", type: .text, .primaryKey(autoIncrement: false))
                    .column("position", type: .int, .notNull)
                    .column("details", type: .text, .notNull)
                    .run()
            }
            try await db.create(table: "projections")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("created_at", type: .text, .notNull)
                .column("catalogue_version", type: .text, .notNull)
                .column("details", type: .text, .notNull)
                .run()
        },
        Migration(version: 6, name: "health, write limits and idempotency") { db in
            try await db.create(table: "health_probes")
                .column("instance", type: .text, .primaryKey(autoIncrement: false))
                .column("checked_at", type: .text, .notNull)
                .run()
            try await db.create(table: "write_counts")
                .column("client", type: .text, .notNull)
                .column("window_start", type: .text, .notNull)
                .column("writes", type: .int, .notNull)
                .primaryKey("client", "window_start")
                .run()
            try await db.create(table: "idempotency_keys")
                .column("scope", type: .text, .notNull)
                .column("idempotency_key", type: .text, .notNull)
                .column("request_hash", type: .text, .notNull)
                .column("document_id", type: .text, .notNull)
                .column("created_at", type: .text, .notNull)
                .primaryKey("scope", "idempotency_key")
                .run()
            for table in ["designs", "projections"] {
                try await db.create(index: "\(table)_created_at").on(table).column("created_at").run()
            }
        },
        Migration(version: 7, name: "source checks and the catalogue changelog") { db in
            // One column a statement: SQLite adds one at a time.
            for column in ["checked", "checked_note", "secondary"] {
                try await db.alter(table: "sources").column(column, type: .text).run()
            }
            try await db.create(table: "catalogue_changes")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("position", type: .int, .notNull)
                .column("details", type: .text, .notNull)
                .run()
        },
        Migration(version: 8, name: "editor accounts, sessions, sign-in throttles and the audit log") { db in
            try await db.create(table: "accounts")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("email", type: .text, .notNull, .unique)
                .column("role", type: .text, .notNull)
                .column("password_hash", type: .text, .notNull)
                .column("disabled", type: .int, .notNull)
                .column("created_at", type: .text, .notNull)
                .run()
            // Sessions by the SHA-256 of their cookie value, so that the database never holds a usable token.
            try await db.create(table: "sessions")
                .column("key_hash", type: .text, .primaryKey(autoIncrement: false))
                .column("details", type: .text, .notNull)
                .column("expires_at", type: .text)
                .run()
            try await db.create(table: "sign_in_failures")
                .column("scope", type: .text, .notNull)
                .column("window_start", type: .text, .notNull)
                .column("failures", type: .int, .notNull)
                .primaryKey("scope", "window_start")
                .run()
            try await db.create(table: "reset_tokens")
                .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
                .column("account_id", type: .text, .notNull)
                .column("expires_at", type: .text, .notNull)
                .column("used_at", type: .text)
                .run()
            try await db.create(table: "audit_log")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("at", type: .text, .notNull)
                .column("actor", type: .text, .notNull)
                .column("action", type: .text, .notNull)
                .column("subject", type: .text, .notNull)
                .column("detail", type: .text, .notNull)
                .run()
            try await db.create(index: "audit_log_at").on("audit_log").column("at").run()
            try await db.create(index: "sessions_expires_at").on("sessions").column("expires_at").run()
        },
        Migration(version: 9, name: "problem reports") { db in
            try await db.create(table: "problem_reports")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("role", type: .text, .notNull)
                .column("fact", type: .text, .notNull)
                .column("report", type: .text, .notNull)
                .column("source", type: .text)
                .column("created_at", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("resolution", type: .text)
                .column("resolved_by", type: .text)
                .run()
            try await db.create(index: "problem_reports_status").on("problem_reports").column("status").run()
        },
        Migration(version: 10, name: "catalogue edits and revisions") { db in
            try await db.create(table: "catalogue_edits")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("format", type: .int, .notNull)
                .column("fact", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("proposed", type: .text, .notNull)
                .column("before_value", type: .text)
                .column("checked_on", type: .text, .notNull)
                .column("reason", type: .text, .notNull)
                .column("author", type: .text, .notNull)
                .column("created_at", type: .text, .notNull)
                .column("updated_at", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("version", type: .int, .notNull)
                .column("based_on", type: .int, .notNull)
                .column("revision", type: .int)
                .column("published_at", type: .text)
                .column("reviewer", type: .text)
                .column("review_comment", type: .text)
                .column("bundle_value", type: .text)
                .column("conflict", type: .text)
                .run()
            try await db.create(index: "catalogue_edits_revision").on("catalogue_edits").column("revision").unique()
                .run()
            try await db.create(index: "catalogue_edits_fact").on("catalogue_edits").column("fact").run()
            try await db.create(index: "catalogue_edits_status").on("catalogue_edits").column("status").run()
            try await db.alter(table: "catalogue_state")
                .column("revision", type: .int, .notNull, .default(SQLLiteral.numeric("0"))).run()
        },
        Migration(version: 11, name: "voices and employers' resources") { db in
            for table in ["voices", "employer_resources"] {
                try await db.create(table: table)
                    .column("id", type: .text, .primaryKey(autoIncrement: false))
                    .column("position", type: .int, .notNull)
                    .column("details", type: .text, .notNull)
                    .run()
            }
        },
        Migration(version: 12, name: "row formats of saved designs and projections") { db in
            // Every row so far holds format 1: the JSON of a TeamDesign or ProjectionReport as of December 2026.
            for table in ["designs", "projections"] {
                try await db.alter(table: table)
                    .column("format", type: .int, .notNull, .default(SQLLiteral.numeric("1"))).run()
            }
        },
    ]

    /// Applies every migration not yet applied; returns the versions applied now. Safe to run from
    /// several instances at once: they take turns on the write lock.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await withWriteTransaction(patience: .seconds(120)) { db in
            try await db.create(table: "skillmix_migrations")
                .ifNotExists()
                .column("version", type: .int, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("applied_at", type: .text, .notNull)
                .run()
            let applied = Set(
                try await db.select().column("version").from("skillmix_migrations").all()
                    .map { try $0.decode(column: "version", as: Int.self) }
            )
            var now: [Int] = []
            for migration in Store.migrations where !applied.contains(migration.version) {
                try await migration.apply(db)
                try await db.insert(into: "skillmix_migrations")
                    .columns("version", "name", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(Store.timestamp()))
                    .run()
                now.append(migration.version)
            }
            return now
        }
    }

    /// The current time as ISO-8601 text, the portable timestamp format of the schema.
    static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    /// Reads a timestamp written by `timestamp(_:)`.
    static func date(from text: String) -> Date? { ISO8601DateFormatter().date(from: text) }
}
