import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Persistence
import Testing
import Yams

@testable import Web
@testable import Workforce

@Suite(.serialized) struct APITests {
    @Test func rolesAreListedAndFiltered() async throws {
        try await TestApp.with { _, client in
            let all = try await client.get("/api/v1/roles")
            #expect(all.status == .ok)
            #expect(all.contentType.hasPrefix("application/json"))
            #expect(try all.json()["count"] as? Int == 19)
            let salaried = try await client.get("/api/v1/roles?salaried=no&group=psychological-therapists")
            let ids = (try salaried.json()["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == ["adult-psychotherapist", "arts-therapist"])
        }
    }

    @Test func oneRoleCarriesEveryFactWithItsSources() async throws {
        try await TestApp.with { _, client in
            let answer = try await client.get("/api/v1/roles/clinical-psychologist")
            let role = try answer.json()
            let training = try #require(role["training"] as? [String: Any])
            #expect((training["value"] as? [String: Any])?["months"] as? Int == 36)
            #expect((training["sources"] as? [String])?.isEmpty == false)
            let bands = try #require(role["bands"] as? [String: Any])
            #expect(bands["uncertain"] as? [String] == ["progression bands"])
            #expect((role["sources"] as? [[String: Any]])?.isEmpty == false)
        }
    }

    @Test func groupsEntryPointsAndSourcesAreListed() async throws {
        try await TestApp.with { _, client in
            #expect(try await client.get("/api/v1/groups").json()["count"] as? Int == 4)
            #expect(try await client.get("/api/v1/entry-points").json()["count"] as? Int == 6)
            let sources = try await client.get("/api/v1/sources").json()
            #expect((sources["count"] as? Int ?? 0) > 100)
        }
    }

    @Test(arguments: [
        ("/api/v1/roles/ghost", nil as String?, 404),
        ("/api/v1/roles?age=toddlers", nil, 400),
        ("/api/v1/roles?max-months=0", nil, 400),
        ("/api/v1/groups?x=1", nil, 400),
        ("/api/v1/roles/ghost/introducing", nil, 404),
        ("/api/v1/roles?salaried=true", nil, 400),
        ("/api/v1/roles?band=&group=", nil, 400),
        ("/api/v1/start?degree=&experience=no&fund=no", nil, 400),
        // A query value outside what the document allows is refused before the handler, as 400.
        ("/api/v1/roles/cbt-therapist/introducing?posts=0", nil, 400),
        ("/api/v1/roles/cbt-therapist/introducing?posts=ten", nil, 400),
        ("/api/v1/roles/cbt-therapist/introducing?service=talking-therapies", nil, 422),
        ("/api/v1/roles/cbt-therapist/introducing?service=ghost", nil, 422),
        ("/api/v1/roles/cbt-therapist/introducing?color=red", nil, 400),
        ("/api/v1/roles/ghost/next-steps", nil, 404),
        ("/api/v1/roles/counsellor/next-steps?x=1", nil, 400),
        ("/api/v1/nothing", nil, 404),
        ("/api/v1/roles", "text/html", 406),
        ("/roles", "application/pdf", 406),
    ])
    func errorsAreProblemDetails(uri: String, accept: String?, status: Int) async throws {
        try await TestApp.with { _, client in
            let answer = try await client.get(uri, accept: accept)
            #expect(Int(answer.status.code) == status)
            if uri.hasPrefix("/api/") {
                #expect(answer.contentType == "application/problem+json")
                let problem = try answer.json()
                #expect(problem["status"] as? Int == status)
                #expect((problem["detail"] as? String)?.isEmpty == false)
            }
        }
    }

    /// The query check reads the document: each refusal names the parameter and what it takes.
    @Test(arguments: [
        (
            "/api/v1/roles?colour=red",
            "\"colour\" is not a query parameter of /api/v1/roles. It takes: age, band, group"
        ),
        ("/api/v1/roles?group=psychologists&group=psychologists", "\"group\" is given more than once"),
        ("/api/v1/roles?salaried=true", "salaried must be one of: yes, no; it was \"true\""),
        (
            "/api/v1/roles?max-months=1.5",
            "max-months must be a whole number, at least 1 and at most 240; it was \"1.5\""
        ),
        ("/api/v1/roles?q=" + String(repeating: "a", count: 201), "q may be at most 200 characters; it was 201"),
        ("/api/v1/sources?x=1", "\"x\" is not a query parameter of /api/v1/sources. This address takes none."),
        ("/api/v1/start?degree=none&experience=no", "fund is required: give it in the query."),
        ("/api/v1/start?degree=none&experience=no&fund=no&ages=babies", "ages must be one of: children"),
    ])
    func queryRefusalsNameTheParameter(uri: String, detail: String) async throws {
        try await TestApp.with { _, client in
            let answer = try await client.get(uri)
            #expect(answer.status == .badRequest)
            let problem = try answer.json()
            #expect((problem["detail"] as? String)?.contains(detail) == true, "\(problem["detail"] ?? "none")")
        }
    }

    /// The router ignores empty segments and a trailing slash, and so do the API's own checks: the same address
    /// written another way gets the same query check, body limit and private headers.
    @Test func anAddressWrittenAnotherWayIsCheckedTheSame() async throws {
        try await TestApp.with { _, client in
            #expect(try await client.get("/api//v1/roles?bogus=1").status == .badRequest)
            #expect(try await client.get("/api/v1/roles/?bogus=1").status == .badRequest)
            let tooBig = try await client.send(
                "/api/v1/designs/",
                body: #"{"service": "perinatal", "x": ""# + String(repeating: "a", count: 70_000) + "\"}",
                contentType: "application/json")
            #expect(tooBig.answer.status == .contentTooLarge)
            let saved = try await client.send(
                "/api/v1/designs/", body: #"{"service": "perinatal"}"#, contentType: "application/json")
            #expect(saved.answer.status == .created)
            let location = try #require(saved.location)
            #expect(!location.contains("%"))
            let other = try await client.execute(
                uri: location.replacingOccurrences(of: "/api/v1/", with: "/api//v1/") + "/", method: .get,
                headers: [:], body: ByteBuffer()
            ) { $0 }
            #expect(other.status == .ok)
            #expect(other.headers[.cacheControl] == "private, no-store")
        }
    }

    /// Content negotiation happens once, before anything is saved: a client that accepts problem details (or
    /// anything) gets its saved design, not a 406 after the save.
    @Test func aClientAcceptingProblemDetailsStillGetsItsDesign() async throws {
        try await TestApp.with { _, client in
            let saved = try await client.send(
                "/api/v1/designs", body: #"{"service": "perinatal"}"#, contentType: "application/json",
                headers: [.accept: "application/json, application/problem+json"])
            #expect(saved.answer.status == .created)
        }
    }

    /// An array parameter may be repeated, once for each value.
    @Test func anArrayParameterTakesOneValueAtATime() async throws {
        try await TestApp.with { _, client in
            let answer = try await client.get(
                "/api/v1/start?degree=none&experience=no&fund=no&ages=children&ages=adults")
            #expect(answer.status == .ok)
            let href = try answer.json()["webHref"] as? String ?? ""
            #expect(href.contains("ages=children") && href.contains("ages=adults"), "\(href)")
        }
    }

    /// Every documented operation (path and method) is a registered route and every registered /api route is
    /// documented; HEAD is implied by GET.
    @Test func theOpenAPIDocumentDescribesExactlyTheRegisteredAPIRoutes() async throws {
        let app = try await TestApp.make()
        let registered = Set(
            try app.router.routes.filter { $0.path.description.hasPrefix("/api/") && $0.method != .head }
                .map { "\($0.method.rawValue.lowercased()) \($0.path.description)" }
        )
        try await app.close()
        let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        #expect(document?["openapi"] as? String == "3.1.0")
        // Hummingbird describes a parameter as {id}, as OpenAPI does.
        let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
        let documented = Set(
            paths.flatMap { path, operations in
                operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map {
                    "\($0) \(path)"
                }
            })
        #expect(!registered.isEmpty)
        #expect(documented.subtracting(registered).isEmpty, "documented but not served")
        #expect(registered.subtracting(documented).isEmpty, "served but not documented")
    }

    /// The JSON served is the YAML source, read: the two forms never drift apart.
    @Test func theDocumentIsServedFromItsYAMLSource() async throws {
        try await TestApp.with { _, client in
            let yaml = try await client.get("/api/v1/openapi.yaml")
            #expect(yaml.status == .ok)
            #expect(yaml.contentType.hasPrefix("application/yaml"))
            #expect(yaml.body.hasPrefix("# Skillmix's API contract"))
            let json = try await client.get("/api/v1/openapi.json")
            let fromJSON = try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? NSDictionary
            let fromYAML = try Yams.load(yaml: yaml.body) as? [String: Any]
            #expect(fromJSON == fromYAML.map { NSDictionary(dictionary: $0) })
            #expect(try await client.get("/api/v1/openapi.json?x=1").status == .badRequest)
        }
    }

    @Test func healthAndMetricsAnswer() async throws {
        try await TestApp.with { _, client in
            let health = try await client.get("/healthz")
            #expect(health.status == .ok)
            #expect(try health.json()["status"] as? String == "ok")
            let metrics = try await client.get("/metrics")
            #expect(metrics.status == .ok)
        }
    }

    @Test func aNewerCatalogueInTheDatabaseReachesTheSnapshot() async throws {
        let app = try await TestApp.make()
        var newer = app.snapshot.catalogue
        newer.stamp = CatalogueStamp(version: "newer", checksum: "1")
        newer.roles[0].summary = "Edited elsewhere"
        _ = try await app.store.install(newer)
        let refresher = CatalogueRefresher(
            store: app.store, snapshot: app.snapshot, interval: .milliseconds(10), logger: .init(label: "t"))
        let task = Task { try await refresher.run() }
        for _ in 0..<200 where app.snapshot.catalogue.stamp.version != "newer" {
            try await Task.sleep(for: .milliseconds(10))
        }
        task.cancel()
        try await app.close()
        #expect(app.snapshot.catalogue.roles[0].summary == "Edited elsewhere")
    }
}
