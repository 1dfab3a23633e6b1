import Foundation
import HTTPTypes
import Testing

@testable import Web
@testable import Workforce

@Suite(.serialized) struct DesignTests {
    @Test func theFormDesignsSavesAndShowsATeam() async throws {
        try await TestApp.with { _, client in
            let start = try await client.get("/design")
            #expect(start.status == .ok)
            #expect(start.text.contains("Mental health support team in schools and colleges"))
            let form = try await client.get("/design/mental-health-support-team")
            #expect(form.status == .ok)
            #expect(form.body.contains("name=\"demand.guided-self-help\""))
            #expect(form.text.contains("Cannot be recruited"))

            let posted = try await client.send(
                "/design/mental-health-support-team",
                body: "demand.guided-self-help=350&budget=&posts=half&on-costs=full&pay-point=top"
                    + "&current.education-mental-health-practitioner=4&unavailable=clinical-psychologist")
            #expect(posted.answer.status == .seeOther)
            let location = try #require(posted.location)
            #expect(location.hasPrefix("/designs/") && location.count == "/designs/".count + 26)

            let page = try await client.get(location)
            #expect(page.status == .ok)
            #expect(page.text.contains("Team design: Mental health support team in schools and colleges"))
            #expect(page.text.contains("Education mental health practitioner"))
            #expect(page.text.contains("Why this team"))
            #expect(page.text.contains("Alternatives"))
            #expect(page.text.contains("Compared with your current team"))
            #expect(page.text.contains("The figures behind this design"))
            #expect(page.body.contains("role=\"img\""))
            #expect(page.body.components(separatedBy: "<svg").count - 1 == 3)
            #expect(!page.text.contains("Clinical psychologist: 1"))

            let csv = try await client.get(location + "/export/csv")
            #expect(csv.contentType.hasPrefix("text/csv"))
            #expect(csv.body.hasPrefix("section,item,detail,value,unit"))
            let mps = try await client.get(location + "/export/mps")
            #expect(mps.body.hasPrefix("NAME skillmix-mental-health-support-team"))
            let json = try await client.get(location + "/export/json")
            #expect(try json.json()["id"] as? String == String(location.dropFirst("/designs/".count)))

            // The saved inputs fill the form again.
            let again = try await client.get("/design/mental-health-support-team?from=\(location.dropFirst(9))")
            #expect(again.body.contains("value=\"350\""))
            #expect(again.body.contains("name=\"unavailable.clinical-psychologist\" value=\"yes\" checked=\"checked\""))
        }
    }

    @Test func aBadFormComesBackWithTheErrorBesideItsField() async throws {
        try await TestApp.with { _, client in
            let posted = try await client.send(
                "/design/mental-health-support-team", body: "demand.guided-self-help=lots&budget=9000000")
            #expect(posted.answer.status == .unprocessableContent)
            #expect(posted.answer.text.contains("There is a problem"))
            #expect(posted.answer.text.contains("Demand for guided self-help must be a number, like 250"))
            #expect(posted.answer.body.contains("href=\"#field-demand-guided-self-help\""))
            // What the person typed is kept.
            #expect(posted.answer.body.contains("value=\"lots\""))
            #expect(posted.answer.body.contains("value=\"9000000\""))

            let conflicting = try await client.send(
                "/design/mental-health-support-team",
                body: "limits.education-mental-health-practitioner.minimum=6&limits.clinical-psychologist.maximum=2"
                    + "&unavailable=cbt-therapist")
            #expect(conflicting.answer.status == .unprocessableContent)
            #expect(conflicting.answer.text.contains("These cannot all hold at once"))
            #expect(conflicting.answer.text.contains("clinical psychologists capped at 2 WTE"))
        }
    }

    @Test func theAPIDesignsSavesAndReturnsADesign() async throws {
        try await TestApp.with { _, client in
            let models = try await client.get("/api/v1/service-models")
            #expect(try models.json()["count"] as? Int == 6)
            let model = try await client.get("/api/v1/service-models/perinatal")
            #expect(try model.json()["name"] as? String == "Specialist perinatal mental health service")

            let created = try await client.send(
                "/api/v1/designs", body: #"{"service": "talking-therapies", "budget": 4000000, "posts": "whole"}"#,
                contentType: "application/json")
            #expect(created.answer.status == .created)
            let body = try created.answer.json()
            let design = try #require(body["design"] as? [String: Any])
            #expect((design["totalCost"] as? Double ?? .infinity) <= 4_000_000)
            #expect((design["episodesMet"] as? Double ?? 0) < (design["episodesDemanded"] as? Double ?? 0))
            let location = try #require(created.location)
            // As sent: the generated code would percent-encode the slashes (apple/swift-openapi-generator#857).
            #expect(location.hasPrefix("/api/v1/designs/") && location.count == "/api/v1/designs/".count + 26)
            let fetched = try await client.get(location)
            #expect(fetched.status == .ok)
            #expect(
                (try fetched.json()["design"] as? [String: Any])?["totalCost"] as? Double == design["totalCost"]
                    as? Double)
        }
    }

    /// The model's page shows its default design beside the published team, or why there is none; a design saved
    /// with every default shows the same comparison, and one with entered figures does not.
    @Test func theDesignPagesShowTheReferenceTeam() async throws {
        try await TestApp.with { _, client in
            let mhst = try await client.get("/design/mental-health-support-team")
            #expect(mhst.text.contains("How the defaults compare with a real team"))
            #expect(mhst.text.contains("senior clinicians or higher-level therapists"))
            #expect(mhst.text.contains("within 15% of the published team for every post"))
            #expect(mhst.text.contains("The figures that matter most"))
            let perinatal = try await client.get("/design/perinatal")
            #expect(perinatal.text.contains("CR232"))
            let saved = try await client.send(
                "/api/v1/designs", body: #"{"service": "mental-health-support-team"}"#, contentType: "application/json")
            let id = try #require(saved.location?.split(separator: "/").last)
            #expect(try await client.get("/designs/\(id)").text.contains("How the defaults compare with a real team"))
            let entered = try await client.send(
                "/api/v1/designs", body: #"{"service": "mental-health-support-team", "demand": {"assessment": 10}}"#,
                contentType: "application/json")
            let other = try #require(entered.location?.split(separator: "/").last)
            #expect(!(try await client.get("/designs/\(other)").text.contains("How the defaults compare")))
        }
    }

    /// The mental health support team's default design beside the national model's team, as the API gives it; a
    /// model with no published team answers with its exception.
    @Test func theAPIComparesEachModelWithItsReferenceTeam() async throws {
        try await TestApp.with { _, client in
            let mhst = try await client.get("/api/v1/service-models/mental-health-support-team/reference").json()
            #expect(mhst["calibrated"] as? Bool == true)
            let lines = try #require(mhst["lines"] as? [[String: Any]])
            #expect(lines.map { $0["reference"] as? Double } == [4, 3])
            #expect(lines.allSatisfy { abs(($0["relativeDifference"] as? Double) ?? 1) <= 0.15 })
            let perinatal = try await client.get("/api/v1/service-models/perinatal/reference").json()
            #expect((perinatal["lines"] as? [Any])?.isEmpty == true)
            #expect(((perinatal["team"] as? [String: Any])?["exception"] as? String)?.contains("CR232") == true)
            #expect(try await client.get("/api/v1/service-models/nope/reference").status == .notFound)
        }
    }

    @Test(arguments: [
        (#"{"service": "nope"}"#, 404, "no service model"),
        (#"{"service": "perinatal", "demand": {"cbt": -1}}"#, 422, "demand.cbt"),
        (#"{"service": "perinatal", "budjet": 5}"#, 400, "budjet"),
        (#"{"service": "perinatal", "budget": "lots"}"#, 400, "budget has the wrong type"),
        (#"not json"#, 400, "not valid JSON"),
        (#"{"service": "perinatal", "unavailable": ["counsellor"]}"#, 422, "not part of"),
    ])
    func badRequestsGetAProblemThatSaysWhat(body: String, status: Int, words: String) async throws {
        try await TestApp.with { _, client in
            let answer = try await client.send("/api/v1/designs", body: body, contentType: "application/json").answer
            #expect(Int(answer.status.code) == status)
            #expect(answer.contentType == "application/problem+json")
            #expect((try answer.json()["detail"] as? String)?.contains(words) == true, "\(answer.body)")
        }
    }

    @Test func anInfeasibleRequestListsItsConflictsAndLosesNothingSaved() async throws {
        try await TestApp.with { _, client in
            let saved = try await client.send(
                "/api/v1/designs", body: #"{"service": "perinatal"}"#, contentType: "application/json")
            let answer = try await client.send(
                "/api/v1/designs",
                body:
                    #"{"service": "cyp-intensive", "budget": 10000, "limits": {"clinical-psychologist": {"minimum": 1}}}"#,
                contentType: "application/json"
            ).answer
            #expect(answer.status == .unprocessableContent)
            let conflicts = try answer.json()["conflicts"] as? [String] ?? []
            #expect(conflicts.contains { $0.contains("a budget of £10,000 a year") })
            #expect(conflicts.contains { $0.contains("at least 1 WTE clinical psychologists") })
            let again = try await client.get(try #require(saved.location))
            #expect(again.status == .ok)
            let missing = try await client.get("/designs/aaaaaaaaaaaaaaaaaaaaaaaaaa")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Design not found"))
        }
    }
}
