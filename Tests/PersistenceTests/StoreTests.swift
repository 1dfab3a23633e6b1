import Catalogue
import Foundation
import TestSupport
import Testing

@testable import Persistence
@testable import Workforce

@Suite struct StoreTests {
    func openFresh() async throws -> Store {
        try await Store.open(TestDatabase.fresh(), logger: TestDatabase.logger)
    }

    @Test func migrationsApplyOnceAndThenDoNothing() async throws {
        let store = try await openFresh()
        let first = try await store.migrate()
        let second = try await store.migrate()
        try await store.close()
        #expect(first == Store.migrations.map(\.version))
        #expect(second.isEmpty)
    }

    @Test func theCatalogueRoundTripsThroughTheDatabase() async throws {
        let store = try await openFresh()
        try await store.migrate()
        let bundled = try BundledCatalogue.load()
        let outcome = try await store.install(bundled)
        let stored = try await store.catalogue()
        try await store.close()
        #expect(outcome == .installed(bundled.stamp))
        #expect(stored == bundled)
    }

    @Test func installingIsVersionedAndIdempotent() async throws {
        let store = try await openFresh()
        try await store.migrate()
        let bundled = try BundledCatalogue.load()
        _ = try await store.install(bundled)
        let again = try await store.install(bundled)
        var newer = bundled
        newer.stamp = CatalogueStamp(version: "next", checksum: "abc")
        newer.roles[0].summary = "Changed by an editor"
        let updated = try await store.install(newer)
        let stored = try await store.catalogue()
        try await store.close()
        #expect(again == .unchanged(bundled.stamp))
        #expect(updated == .updated(from: bundled.stamp, to: newer.stamp))
        #expect(stored.roles[0].summary == "Changed by an editor")
        #expect(stored.stamp == newer.stamp)
    }

    @Test func aFailedInstallLeavesThePreviousCatalogue() async throws {
        let store = try await openFresh()
        try await store.migrate()
        let bundled = try BundledCatalogue.load()
        _ = try await store.install(bundled)
        var broken = bundled
        broken.stamp = CatalogueStamp(version: "broken", checksum: "x")
        broken.roles.append(broken.roles[0])  // duplicate primary key: the insert fails part-way
        await #expect(throws: (any Error).self) { try await store.install(broken) }
        let stored = try await store.catalogue()
        try await store.close()
        #expect(stored == bundled)
    }

    @Test func anEmptyDatabaseSaysHowToSetItUp() async throws {
        let store = try await openFresh()
        try await store.migrate()
        await #expect(throws: StoreError.notMigrated) { try await store.catalogue() }
        try await store.close()
    }

    @Test func twoStoresMigratingAtOnceBothSucceed() async throws {
        let configuration = try await TestDatabase.fresh()
        let bundled = try BundledCatalogue.load()
        let a = try await Store.open(configuration, logger: TestDatabase.logger)
        let b = try await Store.open(configuration, logger: TestDatabase.logger)
        do {
            async let first: Void = {
                try await a.migrate(); _ = try await a.install(bundled)
            }()
            async let second: Void = {
                try await b.migrate(); _ = try await b.install(bundled)
            }()
            _ = try await (first, second)
            let stored = try await a.catalogue()
            #expect(stored.roles.count == 19)
        } catch {
            Issue.record("migrating at once failed: \(error)")
        }
        // Closed whatever happened: an unclosed pool traps when it is freed.
        try await a.close()
        try await b.close()
    }

    @Test(arguments: ["mysql://x", "", "sqlite:", "http://example.org"])
    func badDatabaseURLsAreRejectedWithHelp(url: String) {
        #expect(throws: StoreError.badDatabaseURL(url)) { try DatabaseConfiguration(url: url) }
    }

    @Test func databaseURLsAreReadAndPasswordsHidden() throws {
        #expect(try DatabaseConfiguration(url: "sqlite:data/x.sqlite") == .sqlite(path: "data/x.sqlite"))
        let postgres = try DatabaseConfiguration(url: "postgres://me:secret@localhost:5432/db")
        #expect(!postgres.description.contains("secret"))
    }
}
