import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import Web
import Workforce

/// Facts belong to a day: the pay year in force, the boards in force, and sources with their dates.
@Suite struct CurrencyTests {
    /// A clock a test can move.
    final class TestClock: Sendable {
        private let now: Mutex<Date>
        init(_ iso: String) { now = Mutex(Self.date(iso)) }
        func set(_ iso: String) { now.withLock { $0 = Self.date(iso) } }
        var read: @Sendable () -> Date { { self.now.withLock { $0 } } }
        static func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso) ?? .distantPast }
    }

    /// The pay year turns at midnight in England (British Summer Time on 31 March 2026), and a page cached
    /// the day before is not served the day after.
    @Test func thePayYearTurnsAtMidnightInEngland() async throws {
        let clock = TestClock("2026-03-31T22:30:00Z")  // 23:30 in London
        try await TestApp.with(clock: clock.read) { _, client in
            let before = try await client.get("/roles/clinical-psychologist")
            #expect(before.text.contains("a year (2025/26, secondary)"), "\(before.text.prefix(300))")
            #expect(!before.text.contains("2026/27, derived)"))
            clock.set("2026-03-31T23:30:00Z")  // 00:30 on 1 April in London
            let after = try await client.get("/roles/clinical-psychologist")
            #expect(after.text.contains("a year (2026/27, derived)"))
            let api = try await client.get("/api/v1/roles/clinical-psychologist")
            let pay = try #require(try api.json()["pay"] as? [String: Any])
            #expect(pay["year"] as? String == "2026/27")
            #expect(pay["effectiveFrom"] as? String == "2026-04-01")
            #expect(pay["basis"] as? String == "derived")
        }
    }

    /// A planner can cost a design at another known year; the saved design keeps it and says when a newer
    /// one is in force.
    @Test func aDesignAtLastYearsPaySaysANewerYearIsInForce() async throws {
        let clock = TestClock("2026-12-04T10:00:00Z")
        try await TestApp.with(clock: clock.read) { _, client in
            func cost(_ body: String) async throws -> (cost: Double, year: String?, location: String?) {
                let created = try await client.send("/api/v1/designs", body: body, contentType: "application/json")
                #expect(created.answer.status == .created, "\(created.answer.body.prefix(300))")
                let design = try #require(try created.answer.json()["design"] as? [String: Any])
                return (design["totalCost"] as? Double ?? 0, design["payYear"] as? String, created.location)
            }
            let now = try await cost(#"{"service": "perinatal"}"#)
            let then = try await cost(#"{"service": "perinatal", "payYear": "2025/26"}"#)
            #expect(now.year == "2026/27")
            #expect(then.year == "2025/26")
            // Same team, every salary 3.3% lower: the cost falls by about that much (on-costs scale with pay,
            // less the National Insurance threshold).
            let ratio = now.cost / then.cost
            #expect(ratio > 1.030 && ratio < 1.036, "ratio \(ratio)")
            let id = try #require(then.location?.split(separator: "/").last)
            let page = try await client.get("/designs/\(id)")
            #expect(page.text.contains("Costed at 2025/26, secondary pay"), "\(page.text.prefix(600))")
            #expect(page.text.contains("2026/27 pay has been in force since 1 April 2026"))

            let unknown = try await client.send(
                "/api/v1/designs", body: #"{"service": "perinatal", "payYear": "1999/00"}"#,
                contentType: "application/json"
            ).answer
            #expect(unknown.status == .unprocessableContent)
            let problem = try unknown.json()
            let detail = problem["detail"] as? String ?? ""
            #expect(detail.contains("payYear") || problem["field"] as? String == "payYear", "\(problem)")
            #expect(detail.contains("2025/26, 2026/27"), "\(detail)")
        }
    }

    /// The projection offers the boards in force, and still the older set to match data published on it.
    @Test func theProjectionPlansOverTheBoardsInForceOrTheOlderSet() async throws {
        let clock = TestClock("2026-12-04T10:00:00Z")
        try await TestApp.with(clock: clock.read) { _, client in
            let form = try await client.get("/projections/new")
            #expect(form.text.contains("The 36 integrated care boards In force since 1 April 2026"), "\(form.text)")
            #expect(form.text.contains("The 42 integrated care boards From 1 July 2022"))
            func places(_ body: String) async throws -> (count: Int, set: String?) {
                let created = try await client.send("/api/v1/projections", body: body, contentType: "application/json")
                #expect(created.answer.status == .created, "\(created.answer.body.prefix(300))")
                let report = try #require(try created.answer.json()["projection"] as? [String: Any])
                let scenario = report["scenario"] as? [String: Any]
                return ((report["places"] as? [Any])?.count ?? 0, scenario?["boardSet"] as? String)
            }
            let inForce = try await places(#"{"geography": "boards", "runs": 20, "years": 3}"#)
            #expect(inForce.count == 36 && inForce.set == "2026")
            let older = try await places(#"{"geography": "boards", "boardSet": "2022", "runs": 20, "years": 3}"#)
            #expect(older.count == 42 && older.set == "2022")
            let bad = try await client.send(
                "/api/v1/projections", body: #"{"geography": "boards", "boardSet": "1999"}"#,
                contentType: "application/json"
            ).answer
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("boardSet"))
        }
    }

    /// Each source shows its publication date and the day it was checked, and the changelog is on the page.
    @Test func theSourcesPageShowsDatesAndTheChangelog() async throws {
        try await TestApp.with { app, client in
            let page = try await client.get("/sources")
            #expect(page.text.contains("Published or updated"))
            #expect(page.text.contains("Checked 4 December 2026"))
            #expect(page.text.contains("What changed"))
            #expect(page.text.contains(app.snapshot.catalogue.stamp.version))
            let api = try await client.get("/api/v1/sources")
            let items = try #require(try api.json()["data"] as? [[String: Any]])
            #expect(items.contains { $0["checked"] as? String == "2026-12-04" })
        }
    }

    /// Every public answer carries the catalogue revision and day as its ETag; a conditional request with it
    /// gets 304 and no body, until the catalogue or the day changes.
    @Test func answersCarryTheRevisionAndConditionalRequestsGet304() async throws {
        let clock = TestClock("2026-12-04T10:00:00Z")
        try await TestApp.with(clock: clock.read) { app, client in
            func get(_ uri: String, ifNoneMatch: String? = nil) async throws -> (HTTPResponse.Status, String?, Int) {
                var headers = HTTPFields()
                if let ifNoneMatch { headers[.ifNoneMatch] = ifNoneMatch }
                return try await client.execute(uri: uri, method: .get, headers: headers) {
                    ($0.status, $0.headers[.eTag], String(buffer: $0.body).count)
                }
            }
            let first = try await get("/roles/counsellor")
            let tag = try #require(first.1)
            #expect(first.0 == .ok && tag.contains(app.snapshot.catalogue.stamp.version) && tag.contains("2026-12-04"))
            let again = try await get("/roles/counsellor", ifNoneMatch: tag)
            #expect(again.0 == .notModified && again.2 == 0 && again.1 == tag)
            let api = try await get("/api/v1/roles", ifNoneMatch: "\"other\", " + tag)
            #expect(api.0 == .notModified)
            // A new day can change the pay year in force, so the tag changes with it.
            clock.set("2026-12-05T10:00:00Z")
            let tomorrow = try await get("/roles/counsellor", ifNoneMatch: tag)
            #expect(tomorrow.0 == .ok && tomorrow.1 != tag && tomorrow.2 > 0)
            // Private answers carry no tag.
            #expect(try await get("/editor/sign-in").1 == nil)
            #expect(try await get("/healthz").1 == nil)
        }
    }
}
