import Foundation
import HTTPTypes
import Logging
import Persistence
import Testing

@testable import Pages
@testable import Web
@testable import Workforce

@Suite(.serialized) struct SiteTests {
    @Test func theHomePageShowsTheGroupsAndSourcedFigures() async throws {
        try await TestApp.with { _, client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("text/html"))
            for heading in [
                "Psychologists", "Associate and assistant roles", "Psychological therapists",
                "Psychological practitioners",
            ] {
                #expect(page.text.contains(heading))
            }
            #expect(page.text.contains("over 20,000"))
            #expect(page.text.contains("over 60%"))
            #expect(page.text.contains("about 27,000 WTE"))
            #expect(page.text.contains("Kind of figure: derived"))
            #expect(
                page.body.contains(
                    "https://www.hee.nhs.uk/our-work/mental-health/new-roles-mental-health/psychological-professions-roles"
                ))
        }
    }

    @Test func aRoleProfileShowsItsFactsSourcesAndUncertainty() async throws {
        try await TestApp.with { _, client in
            let page = try await client.get("/roles/counselling-psychologist")
            #expect(page.status == .ok)
            #expect(page.text.contains("Counselling psychologist (CoP)"))
            #expect(page.text.contains("Training"))
            #expect(page.text.contains("Usually self-funded"))
            #expect(page.text.contains("Uncertain: qualified band"))
            #expect(page.text.contains("All sources for this role"))
            // A fact no source was found for says so.
            let arts = try await client.get("/roles/arts-therapist")
            #expect(arts.text.contains("No source was recorded for this fact"))
        }
    }

    @Test func artsTherapistsShowTheirAlliedHealthLeadership() async throws {
        try await TestApp.with { _, client in
            let page = try await client.get("/roles/arts-therapist")
            #expect(page.text.contains("Allied health professions"))
        }
    }

    @Test func theIndexFiltersAndSearches() async throws {
        try await TestApp.with { _, client in
            let all = try await client.get("/roles")
            #expect(all.text.contains("All 19 roles"))
            let newRoles = try await client.get("/roles?new=yes")
            #expect(newRoles.text.contains("4 roles match your filters"))
            #expect(newRoles.text.contains("Education mental health practitioner"))
            #expect(!newRoles.text.contains("Clinical psychologist (CP)"))
            let search = try await client.get("/roles?q=schools+colleges&group=&band=")
            #expect(search.status == .ok)
            #expect(search.text.contains("Education mental health practitioner"))
            let none = try await client.get("/roles?q=zzzzqqq")
            #expect(none.text.contains("No roles match"))
        }
    }

    @Test func comparePutsRolesSideBySide() async throws {
        try await TestApp.with { _, client in
            let page = try await client.get(
                "/compare?roles=psychological-wellbeing-practitioner&roles=high-intensity-therapist&roles=")
            #expect(page.status == .ok)
            #expect(page.text.contains("Psychological wellbeing practitioner compared with High intensity therapist"))
            #expect(page.text.contains("Band when qualified"))
            #expect(page.text.contains("Pay when qualified (2026/27)"))
            #expect(page.text.contains("£32,074 to £39,043 a year (2026/27, derived)"))
            let chooser = try await client.get("/compare")
            #expect(chooser.text.contains("Choose two or three roles"))
        }
    }

    @Test(arguments: [
        ("/roles/no-such-role", 404, "There is no role with the id"),
        ("/nowhere", 404, "Page not found"),
        ("/roles?band=12", 400, "is not a valid value for band"),
        ("/roles?colour=blue", 400, "colour"),
        ("/roles?q=%E0%A4%A", 400, "broken %-escape"),
        ("/compare?roles=counsellor&roles=counsellor", 400, "more than once"),
        ("/compare?roles=a&roles=b&roles=c&roles=d", 404, "no role with the id"),
    ])
    func badInputGetsAClearPage(uri: String, status: Int, words: String) async throws {
        try await TestApp.with { _, client in
            let page = try await client.get(uri)
            #expect(Int(page.status.code) == status)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.text.contains(words), "\(page.text.prefix(400))")
        }
    }

    @Test func theSourcesPageListsEverySourceWithItsDate() async throws {
        try await TestApp.with { app, client in
            let page = try await client.get("/sources")
            let catalogue = app.snapshot.catalogue
            #expect(page.text.contains("Skillmix cites \(catalogue.sources.count) public sources"))
            #expect(page.text.contains("No date given"))
            #expect(page.text.contains("the page address"))
            #expect(page.text.contains("Not checked"))
        }
    }

    @Test func attributeValuesAreEscaped() {
        #expect(Markup.escapeAttribute(#"a"b<c>&'"#) == "a&quot;b&lt;c&gt;&amp;&#39;")
        let page = RolesIndexPage(
            catalogue: Catalogue(
                stamp: .init(version: "v", checksum: "c"), groups: [], roles: [], entryPoints: [], rules: [],
                figures: [], sources: []), filter: RoleFilter(text: #""><script>x</script>"#)
        ).render()
        #expect(!page.contains("<script>x"))
    }

    @Test func everyRouteRoundTripsThroughItsPattern() {
        let samples: [SiteRoute] = [
            .home, .roles(RoleFilter(group: "psychologists", text: "a b")), .role("cbt-therapist"),
            .introducing("cbt-therapist"),
            .introducing(
                "mental-health-and-wellbeing-practitioner",
                BusinessCaseQuery(posts: 3, service: "community-mental-health-team")),
            .api(.introducing("cbt-therapist")), .api(.nextSteps("counsellor")),
            .careerQuestions(
                StartingAnswers(degree: .psychology, experience: true, canSelfFund: false, ages: [.adults])),
            .api(.start(StartingAnswers(degree: .other))),
            .compare(["a", "b"]), .shortlist,
            .sources, .careerStart, .careerPlan(RouteQuery(from: "a", to: "b", objective: .unpaid, monthsInRole: 3)),
            .careerMap(), .careerMap(from: "psychology-graduate"), .stylesheet, .favicon, .healthz, .metrics,
            .api(.roles(RoleFilter())), .api(.role("x")),
            .api(.groups),
            .api(.entryPoints), .api(.sources), .api(.routes(from: "x")), .api(.paths(RouteQuery())), .api(.insights),
            .api(.openAPI), .api(.openAPIYAML), .designStart, .designForm("perinatal"), .design("abc"),
            .designExport("abc", .csv),
            .api(.serviceModels), .api(.serviceModel("perinatal")), .api(.designs), .api(.design("abc")),
            .projectionStart, .projection("abc"), .projectionExport("abc", .json), .api(.projections),
            .api(.projection("abc")), .api(.commissioning), .projectionCompare(["a", "b"]),
            .editorHome, .signIn, .signOut, .changePassword, .accounts, .accountAction("abc", .resetLink),
            .passwordReset("tok"), .reportProblem("counsellor"), .editorReports, .resolveReport("abc"),
            .editorFacts(file: "roles/x.yaml"), .editorFact(FactAddress(file: "figures.yaml", path: [.key("figures")])),
            .editFact(nil), .drafts, .draft("abc"), .draftPreview("abc"), .draftAction("abc", .return),
            .revertChange("abc"), .conflicts, .conflictAction("abc", .keep),
        ]
        #expect(Set(samples.map(\.endpoint)) == Set(SiteRoute.Endpoint.allCases))
        for route in samples {
            let path = String(route.path.prefix { $0 != "?" })
            let pattern = route.endpoint.pattern
            let matches = zip(path.split(separator: "/"), pattern.split(separator: "/")).allSatisfy {
                $0 == $1 || $1.hasPrefix(":")
            }
            #expect(
                matches && path.split(separator: "/").count == pattern.split(separator: "/").count,
                "\(path) vs \(pattern)")
        }
        #expect(SiteRoute.roles(RoleFilter(text: "a b&c")).path == "/roles?q=a%20b%26c")
    }
}

@Suite struct ConfigurationTests {
    @Test func theEnvironmentIsReadAndBadValuesAreNamed() throws {
        let configuration = try AppConfiguration(environment: [
            "SKILLMIX_HOST": "0.0.0.0", "PORT": "9000", "DATABASE_URL": "sqlite:x.sqlite", "LOG_LEVEL": "debug",
            "HOST": "machine-name",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9000)
        #expect(configuration.database == .sqlite(path: "x.sqlite"))
        #expect(try AppConfiguration(environment: ["HOST": "machine-name"]).host == "127.0.0.1")
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["PORT": "99999"]) }
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["DATABASE_URL": "mysql://x"]) }
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["LOG_LEVEL": "loud"]) }
    }
}
