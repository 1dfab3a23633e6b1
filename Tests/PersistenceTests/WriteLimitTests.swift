import Foundation
import SQLKit
import TestSupport
import Testing

@testable import Persistence

/// Write limits, idempotency keys and retention, on SQLite and (with POSTGRES_URL) PostgreSQL.
@Suite struct WriteLimitTests {
    func openMigrated() async throws -> Store {
        let store = try await Store.open(TestDatabase.fresh(), logger: TestDatabase.logger)
        try await store.migrate()
        return store
    }

    @Test func writesAreCountedPerClientAndHour() async throws {
        let store = try await openMigrated()
        let hour = Date(timeIntervalSince1970: 1_800_000_000)  // on the hour
        var allowed: [Bool] = []
        for minute in 0..<4 {
            let at = hour.addingTimeInterval(Double(minute) * 60)
            allowed.append(try await store.recordWrite(client: "192.0.2.1", perHour: 3, now: at).allowed)
        }
        let other = try await store.recordWrite(client: "192.0.2.2", perHour: 3, now: hour)
        let nextHour = try await store.recordWrite(client: "192.0.2.1", perHour: 3, now: hour.addingTimeInterval(3600))
        let refused = try await store.recordWrite(client: "192.0.2.1", perHour: 3, now: hour.addingTimeInterval(1800))
        try await store.close()
        #expect(allowed == [true, true, true, false])
        #expect(other.allowed && other.writes == 1)
        #expect(nextHour.allowed && nextHour.writes == 1)
        #expect(!refused.allowed && refused.retryAfterSeconds == 1800)
    }

    @Test func aKeyReturnsTheDocumentSavedUnderIt() async throws {
        let store = try await openMigrated()
        let key = IdempotencyKey(scope: "designs 192.0.2.1", key: "k1", requestHash: "abc")
        let first = try await store.saveDocument(
            ["a": 1], table: "projections", columns: ["catalogue_version"], values: ["1"], idempotency: key)
        let again = try await store.saveDocument(
            ["a": 1], table: "projections", columns: ["catalogue_version"], values: ["1"], idempotency: key)
        let found = try await store.idempotentSave(scope: key.scope, key: "k1")
        let otherScope = try await store.idempotentSave(scope: "designs 192.0.2.9", key: "k1")
        try await store.close()
        #expect(first.createdAt != nil)
        #expect(again.id == first.id && again.createdAt == nil)
        #expect(found?.documentID == first.id && found?.requestHash == "abc")
        #expect(otherScope == nil)
        let store2 = try await openMigrated()
        _ = try await store2.saveDocument(
            ["a": 1], table: "projections", columns: ["catalogue_version"], values: ["1"], idempotency: key)
        var changed = key
        changed.requestHash = "other"
        await #expect(throws: IdempotencyConflict.self) {
            _ = try await store2.saveDocument(
                ["a": 2], table: "projections", columns: ["catalogue_version"], values: ["1"], idempotency: changed)
        }
        let rows = try await store2.withConnection { db in
            try await db.select().column("id").from("projections").all().count
        }
        try await store2.close()
        #expect(rows == 1, "the refused save leaves no document behind")
    }

    @Test func retentionDeletesOnlyDocumentsOlderThanItsDays() async throws {
        let store = try await openMigrated()
        let now = Date()
        let old = Store.timestamp(now.addingTimeInterval(-10 * 86_400))
        let recent = Store.timestamp(now.addingTimeInterval(-2 * 86_400))
        try await store.withConnection { db in
            for (id, created) in [("old", old), ("recent", recent)] {
                try await db.insert(into: "projections").columns("id", "created_at", "catalogue_version", "details")
                    .values(SQLBind(id), SQLBind(created), SQLBind("1"), SQLBind("{}")).run()
            }
        }
        let keptForEver = try await store.pruneExpired(retentionDays: nil, now: now)
        let removed = try await store.pruneExpired(retentionDays: 7, now: now)
        let left = try await store.withConnection { db in
            try await db.select().column("id").from("projections").all().map {
                try $0.decode(column: "id", as: String.self)
            }
        }
        try await store.close()
        #expect(keptForEver == 0)
        #expect(removed == 1)
        #expect(left == ["recent"])
    }

    @Test func aWritableDatabasePassesTheStartChecks() async throws {
        let store = try await openMigrated()
        try await store.checkAtStart()
        try await store.checkWritable()
        try await store.close()
    }
}
