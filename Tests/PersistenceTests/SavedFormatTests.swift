import Foundation
import SQLKit
import TestSupport
import Testing

@testable import Persistence
@testable import Workforce

/// Designs and projections saved in December 2026 (row format 1, captured from a running server into
/// Fixtures/) still open, whatever has changed in the domain since; a row in a format this version does not know
/// is refused as such, not misread.
@Suite struct SavedFormatTests {
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    func insert(_ store: Store, table: String, id: String, format: Int, details: String) async throws {
        try await store.withConnection { db in
            var columns = ["id", "created_at", "catalogue_version", "format", "details"]
            var values: [any Encodable & Sendable] = [id, "2026-12-04T11:02:55Z", "2026.12.04-2", format, details]
            if table == "designs" {
                columns += ["service_model", "model_mps"]
                values += ["perinatal", "NAME fixture\nENDATA\n"]
            }
            try await db.insert(into: table).columns(columns).values(values.map { SQLBind($0) }).run()
        }
    }

    @Test func aDesignAndAProjectionSavedInFormatOneStillOpen() async throws {
        let store = try await Store.open(TestDatabase.fresh(), logger: TestDatabase.logger)
        try await store.migrate()
        let designID = "ztn6xuca3pnd93f8kpsswth2cb"
        let projectionID = "4jr2u8wre8p3nd5r4898akvb9c"
        try await insert(
            store, table: "designs", id: designID, format: 1, details: Self.fixture("design-format-1.json"))
        try await insert(
            store, table: "projections", id: projectionID, format: 1, details: Self.fixture("projection-format-1.json"))
        let design = try #require(try await store.design(id: designID)).design
        let projection = try #require(try await store.projection(id: projectionID)).report
        try await store.close()
        #expect(design.service == "perinatal")
        #expect(design.catalogueVersion == "2026.12.04-2")
        #expect(design.payYear == "2026/27")
        #expect(design.totalCost > 100_000)
        #expect(!design.posts.isEmpty && !design.parameters.isEmpty)
        #expect(projection.catalogueVersion == "2026.12.04-2")
        #expect(projection.scenario.runs == 50)
    }

    @Test func aRowInAnUnknownFormatIsRefusedByName() async throws {
        let store = try await Store.open(TestDatabase.fresh(), logger: TestDatabase.logger)
        try await store.migrate()
        let id = "abcdefghijkmnpqrstuvwxyz23"
        try await insert(store, table: "designs", id: id, format: 9, details: "{}")
        await #expect {
            _ = try await store.design(id: id)
        } throws: { error in
            String(describing: error).contains("row format 9")
        }
        try await store.close()
    }

    @Test func aDesignWithEveryInputAndACommissioningPlanSavedInFormatOneStillOpen() async throws {
        let store = try await Store.open(TestDatabase.fresh(), logger: TestDatabase.logger)
        try await store.migrate()
        let designID = "xndhaeiwhmgaitd5ky8ufv2wug"
        let planID = "ihgpayhiuf82ceycxm86nxnq4h"
        try await insert(
            store, table: "designs", id: designID, format: 1, details: Self.fixture("design-every-input-format-1.json"))
        try await insert(
            store, table: "projections", id: planID, format: 1, details: Self.fixture("commissioning-format-1.json"))
        let design = try #require(try await store.design(id: designID)).design
        let plan = try #require(try await store.projection(id: planID)).report
        try await store.close()
        #expect(design.input.posts == .half && design.input.onCosts == .local && design.input.payPoint == .entry)
        #expect(design.input.population?.population == 300_000 && design.input.budget == 3_500_000)
        #expect(design.input.limits["high-intensity-therapist"]?.minimum == 5)
        #expect(design.input.unavailable == ["counsellor"] && design.input.payYear == "2026/27")
        #expect(design.comparison?.lines.isEmpty == false)
        #expect(plan.scenario.trainingBudget == 400_000_000 && plan.scenario.runs == 20)
        #expect(plan.commissioning?.roles.isEmpty == false)
        #expect(plan.commissioning?.budget == 400_000_000)
    }

    /// Row format 1 is written exactly as it was: each fixture read into the domain and written again gives back
    /// the same JSON, key for key and number for number, so a change to a domain type cannot change what is
    /// stored without this failing.
    @Test(arguments: [
        "design-format-1.json", "design-every-input-format-1.json", "projection-format-1.json",
        "commissioning-format-1.json",
    ])
    func formatOneIsWrittenAsItWasRead(fixture: String) throws {
        let original = Data(try Self.fixture(fixture).utf8)
        let rewritten: Data
        if fixture.hasPrefix("design") {
            let design = try JSONDecoder().decode(DesignRow1.self, from: original).design()
            rewritten = try Store.jsonEncoder.encode(DesignRow1(design))
        } else {
            let report = try JSONDecoder().decode(ProjectionRow1.self, from: original).report()
            rewritten = try Store.jsonEncoder.encode(ProjectionRow1(report))
        }
        let before = try JSONSerialization.jsonObject(with: original) as? NSDictionary
        let after = try JSONSerialization.jsonObject(with: rewritten) as? NSDictionary
        #expect(before != nil)
        #expect(before == after)
    }
}
