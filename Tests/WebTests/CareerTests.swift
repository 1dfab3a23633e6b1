import Foundation
import HTTPTypes
import Testing

@testable import Web
@testable import Workforce

@Suite(.serialized) struct CareerTests {
    @Test func thePlannerShowsTimelinesWithRulesAndSources() async throws {
        try await TestApp.with { _, client in
            let page = try await client.get("/careers/plan?from=psychology-graduate&to=clinical-psychologist")
            #expect(page.status == .ok)
            #expect(page.text.contains("Your best route: 4 years"))
            #expect(page.text.contains("two-year funding rule"))
            #expect(page.text.contains("Running total: 6 years"))
            #expect(page.body.contains("<svg"))
            #expect(page.body.contains("aria-labelledby=\"plan-map-title plan-map-desc\""))
            #expect(page.text.contains("Source"))
            let form = try await client.get("/careers/plan")
            #expect(form.text.contains("Where you are now"))
        }
    }

    @Test func thePlannerExplainsWhenThereIsNoRoute() async throws {
        try await TestApp.with { _, client in
            let page = try await client.get(
                "/careers/plan?from=youth-intensive-psychological-practitioner&to=counsellor")
            #expect(page.status == .ok)
            #expect(page.text.contains("No route found"))
            #expect(page.text.contains("no route out of Youth intensive psychological practitioner"))
            let same = try await client.get("/careers/plan?from=counsellor&to=counsellor")
            #expect(same.text.contains("You are already a counsellor"))
            let bad = try await client.get("/careers/plan?from=nobody&to=counsellor")
            #expect(bad.status == .badRequest)
            let optimise = try await client.get("/careers/plan?from=counsellor&to=cbt-therapist&optimise=cheap")
            #expect(optimise.status == .badRequest)
        }
    }

    @Test func theMapAndStartPagesListRoutesAsText() async throws {
        try await TestApp.with { app, client in
            let map = try await client.get("/careers/map")
            #expect(map.status == .ok)
            #expect(map.body.contains("role=\"img\""))
            #expect(map.text.contains("Dead ends"))
            #expect(map.text.contains("Bottlenecks"))
            let catalogue = app.snapshot.catalogue
            #expect(map.text.contains("of the \(catalogue.routes.count) routes between"))
            // By default the map draws only the first step out of each starting point, one line each.
            let firstSteps = catalogue.routes.filter { $0.from.roleID == nil }.count
            #expect(map.body.components(separatedBy: "class=\"map-route\"").count - 1 == firstSteps)
            // From one place: every route that can be taken onward, found here by a walk of our own.
            var places: Set<String> = ["psychology-graduate"]
            var frontier = ["psychology-graduate"]
            while let next = frontier.popLast() {
                for route in catalogue.routes where route.from.id == next && places.insert(route.to.id).inserted {
                    frontier.append(route.to.id)
                }
            }
            let onward = catalogue.routes.filter { places.contains($0.from.id) }.count
            let from = try await client.get("/careers/map?from=psychology-graduate")
            #expect(from.status == .ok)
            #expect(from.body.components(separatedBy: "class=\"map-route\"").count - 1 == onward)
            #expect(from.text.contains("\(onward) routes can be taken, one after another, from psychology graduate"))
            #expect(from.body.contains("map-node-off"))
            #expect(try await client.get("/careers/map?from=ghost").status == .badRequest)
            #expect(try await client.get("/careers/map?to=counsellor").status == .badRequest)
            let start = try await client.get("/careers")
            #expect(start.text.contains("Where can I start?"))
            #expect(start.text.contains("Open to you now, in a paid post"))
            let role = try await client.get("/roles/psychological-wellbeing-practitioner")
            #expect(
                role.body.contains(
                    "/careers/plan?from=psychological-wellbeing-practitioner&amp;to=high-intensity-therapist"))
            // Next steps for someone who wants the role.
            #expect(role.text.contains("Next steps if you want this role"))
            #expect(role.text.contains("Am I paid while I train? Yes: training is in a salaried post"))
            #expect(
                role.body.contains(
                    "href=\"https://www.jobs.nhs.uk/candidate/search/results?keyword=Psychological%20wellbeing%20practitioner\""
                ))
            #expect(role.text.contains("The next step that opens the most"))
        }
    }

    @Test func theAPIFindsPathsAndListsRoutesAndInsights() async throws {
        try await TestApp.with { _, client in
            let paths = try await client.get(
                "/api/v1/paths?from=psychological-wellbeing-practitioner&to=high-intensity-therapist")
            #expect(paths.status == .ok)
            let best = try #require(try paths.json()["best"] as? [String: Any])
            #expect(best["totalMonths"] as? Int == 36)
            let routes = try await client.get("/api/v1/routes?from=psychology-graduate")
            #expect((try routes.json()["count"] as? Int ?? 0) >= 10)
            let insights = try await client.get("/api/v1/insights")
            #expect(
                (try insights.json()["deadEnds"] as? [String])?.contains("youth-intensive-psychological-practitioner")
                    == true)
        }
    }

    @Test(arguments: [
        ("/api/v1/paths?from=psychology-graduate", 400),
        ("/api/v1/paths?from=ghost&to=counsellor", 400),
        ("/api/v1/paths?from=counsellor&to=counsellor", 422),
        ("/api/v1/paths?from=youth-intensive-psychological-practitioner&to=counsellor", 422),
        ("/api/v1/paths?from=counsellor&to=cbt-therapist&optimise=fast", 400),
        ("/api/v1/paths?from=counsellor&to=cbt-therapist&months-in-role=-1", 400),
        ("/api/v1/routes?from=ghost", 400),
        ("/api/v1/routes?to=x", 400),
    ])
    func badPathQueriesAreProblems(uri: String, status: Int) async throws {
        try await TestApp.with { _, client in
            let answer = try await client.get(uri)
            #expect(Int(answer.status.code) == status)
            #expect(answer.contentType == "application/problem+json")
            #expect((try answer.json()["detail"] as? String)?.isEmpty == false)
        }
    }
}
