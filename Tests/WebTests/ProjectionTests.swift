import Foundation
import HTTPTypes
import Testing

@testable import Web

@Suite(.serialized) struct ProjectionTests {
    @Test func theFormProjectsSavesAndShowsFanCharts() async throws {
        try await TestApp.with { _, client in
            let form = try await client.get("/projections/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("Your own starting workforce"))
            #expect(form.text.contains("What is published"))
            #expect(form.text.contains("Mental health support teams operating, April 2025 607 teams"))
            let posted = try await client.send(
                "/projections/new", body: "name=Test&geography=regions&years=8&runs=200&seed=3&intakeScale=120")
            #expect(posted.answer.status == .seeOther)
            let location = try #require(posted.location)
            let page = try await client.get(location)
            #expect(page.status == .ok)
            #expect(page.text.contains("Projection: Test"))
            #expect(page.text.contains("The whole workforce"))
            #expect(page.text.contains("Chance of missing it"))
            #expect(page.text.contains("The figures behind this projection"))
            #expect(page.body.contains("class=\"chart-band\""))
            let other = try await client.send(
                "/projections/new", body: "name=Faster&years=8&runs=200&seed=3&intakeScale=150")
            let otherID = try #require(other.location?.split(separator: "/").last)
            let id = try #require(location.split(separator: "/").last)
            let compared = try await client.get("/projections/compare?ids=\(id)&ids=\(otherID)")
            #expect(compared.status == .ok)
            #expect(compared.text.contains("Compare projections"))
            #expect(compared.text.contains("Faster"))
            let lonely = try await client.get("/projections/compare?ids=\(id)")
            #expect(lonely.status == .badRequest)
            let csv = try await client.get(location + "/export/csv")
            #expect(csv.body.hasPrefix("series,year,p10,p50,p90,target,chance_below_target"))
        }
    }

    @Test func aBadFormKeepsWhatWasTypedAndSaysWhereTheProblemIs() async throws {
        try await TestApp.with { _, client in
            let posted = try await client.send(
                "/projections/new",
                body: "years=8&baselineCSV=region%2Crole%2Cwte%0ALondon%2Cclinical-psychologist%2C-4")
            #expect(posted.answer.status == .unprocessableContent)
            #expect(posted.answer.text.contains("Row 2, column wte: -4 is negative"))
            #expect(posted.answer.body.contains("href=\"#field-baselineCSV\""))
            #expect(posted.answer.body.contains("London,clinical-psychologist,-4"))
        }
    }

    @Test func theAPIProjectsAndReturnsTheSavedProjection() async throws {
        try await TestApp.with { _, client in
            let created = try await client.send(
                "/api/v1/projections", body: #"{"runs": 100, "years": 5, "geography": "boards", "seed": 4}"#,
                contentType: "application/json")
            #expect(created.answer.status == .created)
            let projection = try #require(try created.answer.json()["projection"] as? [String: Any])
            // The boards in force today: the 36 of 1 April 2026.
            #expect((projection["places"] as? [Any])?.count == 36)
            let fetched = try await client.get(try #require(created.location))
            #expect(fetched.status == .ok)
            let stray = try await client.send(
                "/api/v1/projections", body: #"{"runz": 100}"#, contentType: "application/json")
            #expect(stray.answer.status == .badRequest)
            #expect((try stray.answer.json()["detail"] as? String)?.contains("runz") == true)
            let commissioned = try await client.send(
                "/api/v1/commissioning", body: #"{"runs": 50, "years": 5, "trainingBudget": 650000000}"#,
                contentType: "application/json")
            #expect(commissioned.answer.status == .created)
            let plan = try #require(
                (try commissioned.answer.json()["projection"] as? [String: Any])?["commissioning"] as? [String: Any])
            #expect((plan["roles"] as? [Any])?.isEmpty == false)
            let page = try await client.get(
                try #require(commissioned.location).replacingOccurrences(
                    of: "/api/v1/projections", with: "/projections"))
            #expect(page.text.contains("Training places to commission"))
            // Roles without a target come first; money is summed over the horizon; binding limits are explained.
            #expect(page.text.contains("Read this first"))
            #expect(page.text.contains("Mental health and wellbeing practitioner has no target"))
            #expect(page.text.contains("Trainee salaries over 2024 to 2028"))
            #expect(page.text.contains("Limits that bind"))
            #expect((plan["national"] as? Bool) == true)
            #expect(plan["cumulativeCost"] as? Double != nil && plan["bindingLimits"] as? [Any] != nil)
            let mps = try await client.get(
                try #require(commissioned.location).replacingOccurrences(
                    of: "/api/v1/projections", with: "/projections")
                    + "/export/mps")
            #expect(mps.body.hasPrefix("NAME skillmix-commissioning"))
            let missing = try await client.get("/api/v1/projections/aaaaaaaaaaaaaaaaaaaaaaaaaa")
            #expect(missing.status == .notFound)
        }
    }
}
