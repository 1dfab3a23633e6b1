import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SQLKit
import Synchronization
import Testing

@testable import Persistence
@testable import Web
@testable import Workforce

/// What a careless or hostile client can send, and what it gets: never a trap, never a 500 for its own
/// mistake, never a stalled or flooded service.
@Suite(.serialized) struct ResilienceTests {
    /// Numbers at and past every edge, as JSON literals and as the text a form or query carries.
    static let extremes: [(json: String, text: String)] = [
        ("0", "0"), ("-0", "-0"), ("5e-324", "5e-324"), ("1e19", "1e19"), ("9.3e18", "9.3e18"),
        ("1e308", "1e308"), ("-1e308", "-1e308"), ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"), (#""NaN""#, "NaN"), (#""Infinity""#, "Infinity"),
        ("1e400", "1e400"), (String(repeating: "9", count: 400), String(repeating: "9", count: 400)),
    ]

    /// Every numeric field of the design and projection requests, as a JSON body with `VALUE` in its place.
    static func designBodies(_ model: ServiceModel) -> [(field: String, body: String)] {
        let service = model.id.rawValue
        let role = model.staff[0].role.rawValue
        var bodies = model.interventions.map {
            ("demand.\($0.id)", #"{"service":"\#(service)","demand":{"\#($0.id)":VALUE}}"#)
        }
        bodies += [
            (
                "population.population",
                #"{"service":"\#(service)","population":{"population":VALUE,"prevalence":0.2,"accessRate":0.2}}"#
            ),
            (
                "population.prevalence",
                #"{"service":"\#(service)","population":{"population":100000,"prevalence":VALUE,"accessRate":0.2}}"#
            ),
            (
                "population.accessRate",
                #"{"service":"\#(service)","population":{"population":100000,"prevalence":0.2,"accessRate":VALUE}}"#
            ),
            ("budget", #"{"service":"\#(service)","budget":VALUE}"#),
            ("limits.minimum", #"{"service":"\#(service)","limits":{"\#(role)":{"minimum":VALUE}}}"#),
            ("limits.maximum", #"{"service":"\#(service)","limits":{"\#(role)":{"maximum":VALUE}}}"#),
            ("current", #"{"service":"\#(service)","current":{"\#(role)":VALUE}}"#),
        ]
        return bodies
    }

    static func projectionBodies(role: String) -> [(field: String, body: String)] {
        let base = #""years":2,"runs":5"#
        var bodies: [(String, String)] = [
            ("years", #"{"years":VALUE,"runs":5}"#), ("runs", #"{"years":2,"runs":VALUE}"#),
            ("seed", #"{\#(base),"seed":VALUE}"#),
        ]
        for field in [
            "targetAdditional", "targetYear", "intakeScale", "supervisionRatio", "trainingBudget", "planningMargin",
            "rampLimit",
        ] {
            bodies.append((field, #"{\#(base),"\#(field)":VALUE}"#))
        }
        for field in ["baseline", "leaverRate", "withdrawalRate", "nhsPostShare", "intake", "target", "capacity"] {
            bodies.append(("roles.\(field)", #"{\#(base),"roles":{"\#(role)":{"\#(field)":VALUE}}}"#))
        }
        bodies.append(("groupTargets", #"{\#(base),"groupTargets":{"psychological-practitioners":VALUE}}"#))
        return bodies
    }

    @Test func extremeNumbersInEveryFieldGetAnAnswerNotATrap() async throws {
        try await TestApp.with { app, client in
            let catalogue = app.snapshot.catalogue
            let model = try #require(catalogue.serviceModels.first { $0.id.rawValue == "mental-health-support-team" })
            let role = try #require(catalogue.projection?.roles.first?.role.rawValue)
            var checked = 0
            func expectNoServerError(_ answer: Answer, _ what: String) {
                #expect(answer.status.code < 500, "\(what) answered \(answer.status.code): \(answer.body.prefix(300))")
                checked += 1
            }
            for (json, text) in Self.extremes {
                for (field, body) in Self.designBodies(model) {
                    let answer = try await client.send(
                        "/api/v1/designs", body: body.replacingOccurrences(of: "VALUE", with: json),
                        contentType: "application/json"
                    ).answer
                    expectNoServerError(answer, "POST /api/v1/designs \(field)=\(json.prefix(20))")
                }
                for (field, body) in Self.projectionBodies(role: role) {
                    let answer = try await client.send(
                        "/api/v1/projections", body: body.replacingOccurrences(of: "VALUE", with: json),
                        contentType: "application/json"
                    ).answer
                    expectNoServerError(answer, "POST /api/v1/projections \(field)=\(json.prefix(20))")
                }
                let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
                var designFields = model.interventions.map { DesignInput.FormField.demand($0.id) }
                designFields += [
                    DesignInput.FormField.budget, DesignInput.FormField.minimum(model.staff[0].role),
                    DesignInput.FormField.maximum(model.staff[0].role),
                    DesignInput.FormField.current(model.staff[0].role),
                ]
                for field in designFields {
                    let answer = try await client.send("/design/\(model.id)", body: "\(field)=\(encoded)").answer
                    expectNoServerError(answer, "design form \(field)=\(text.prefix(20))")
                }
                let population =
                    "demand-basis=population&population.population=\(encoded)&population.prevalence=\(encoded)"
                    + "&population.accessRate=\(encoded)"
                expectNoServerError(
                    try await client.send("/design/\(model.id)", body: population).answer, "design form population")
                typealias Field = ProjectionScenario.FormField
                for field in [
                    Field.years, Field.runs, Field.seed, Field.targetAdditional, Field.targetYear, Field.intakeScale,
                    Field.supervisionRatio, Field.trainingBudget, Field.planningMargin, Field.baseline(role),
                    Field.leaverRate(role), Field.intake(role), Field.target(role), Field.capacity(role),
                    Field.rampLimit,
                ] {
                    let answer = try await client.send(
                        "/projections/new", body: "years=2&runs=5&\(field)=\(encoded)"
                    ).answer
                    expectNoServerError(answer, "projection form \(field)=\(text.prefix(20))")
                }
                let csv = "region,role,wte\\nLondon,\(role),\(text)"
                expectNoServerError(
                    try await client.send(
                        "/api/v1/projections", body: #"{"years":2,"runs":5,"baselineCSV":"\#(csv)"}"#,
                        contentType: "application/json"
                    ).answer, "baseline CSV wte=\(text.prefix(20))")
                for path in [
                    "/roles?band=\(encoded)", "/roles?max-months=\(encoded)", "/api/v1/roles?max-months=\(encoded)",
                    "/api/v1/paths?from=psychology-graduate&to=clinical-psychologist&months-in-role=\(encoded)",
                    "/careers/plan?from=psychology-graduate&to=clinical-psychologist&months-in-role=\(encoded)",
                ] {
                    expectNoServerError(try await client.get(path), "GET \(path.prefix(60))")
                }
            }
            #expect(checked > 500)
            #expect(try await client.get("/healthz").status == .ok)
        }
    }

    @Test func aHugeDemandIsRefusedWithTheFieldAndTheLimit() async throws {
        try await TestApp.with { _, client in
            let answer = try await client.send(
                "/api/v1/designs", body: #"{"service":"talking-therapies","demand":{"guided-self-help":9.3e18}}"#,
                contentType: "application/json"
            ).answer
            #expect(answer.status == .unprocessableContent)
            #expect(answer.body.contains("demand.guided-self-help"))
            #expect(answer.body.contains("2,000,000"))
        }
    }

    @Test func oversizedBodiesAnswer413() async throws {
        try await TestApp.with { _, client in
            let big = String(repeating: " ", count: RequestLimits.designBodyBytes + 10)
            let api = try await client.send(
                "/api/v1/designs", body: #"{"service":"talking-therapies"}"# + big, contentType: "application/json"
            ).answer
            #expect(api.status == .contentTooLarge)
            #expect(api.contentType == "application/problem+json")
            #expect(api.body.contains("64 KB"))
            let form = try await client.send("/design/talking-therapies", body: "budget=1" + big).answer
            #expect(form.status == .contentTooLarge)
            #expect(form.contentType.hasPrefix("text/html"))
            let projection = try await client.send(
                "/api/v1/projections", body: "{}" + String(repeating: " ", count: RequestLimits.projectionBodyBytes),
                contentType: "application/json"
            ).answer
            #expect(projection.status == .contentTooLarge)
        }
    }

    @Test(arguments: [
        "/", "/roles", "/roles/clinical-psychologist", "/sources", "/careers", "/design", "/design/talking-therapies",
        "/projections/new", "/healthz", "/metrics", "/api/v1/roles", "/api/v1/openapi.json", "/assets/skillmix.css",
        "/roles/no-such-role",
    ])
    func headAnswersLikeGetWithoutABody(path: String) async throws {
        try await TestApp.with { _, client in
            let get = try await client.get(path)
            let head = try await client.execute(uri: path, method: .head) { response in
                (response.status, response.body.readableBytes, response.headers[.contentType])
            }
            #expect(head.0 == get.status)
            #expect(head.1 == 0)
            #expect(head.2 == get.contentType)
        }
    }

    @Test func everyGetRouteAnswersHead() async throws {
        try await TestApp.with { app, client in
            let saved = try await client.send(
                "/api/v1/designs", body: #"{"service":"mental-health-support-team"}"#, contentType: "application/json")
            let design = String(try #require(saved.location?.split(separator: "/").last))
            let samples = [
                "id": design, "service": "talking-therapies", "format": "csv",
            ]
            let paths = try app.router.routes.filter { $0.method == .get }.map { route in
                route.path.description.split(separator: "/").map { part in
                    part.hasPrefix("{") ? samples[String(part.dropFirst().dropLast())] ?? "x" : String(part)
                }.joined(separator: "/")
            }
            #expect(paths.count >= 30)
            for path in paths {
                let get = try await client.get("/" + path)
                let head = try await client.execute(uri: "/" + path, method: .head) { response in
                    (response.status, response.body.readableBytes)
                }
                #expect(head.0 == get.status && head.0 != .methodNotAllowed, "HEAD /\(path)")
                #expect(head.1 == 0, "HEAD /\(path) sent a body")
            }
        }
    }

    @Test(arguments: [
        ("/roles", HTTPRequest.Method.delete, "GET, HEAD"), ("/api/v1/designs", .put, "POST"),
        ("/projections/new", .patch, "GET, HEAD, POST"), ("/designs/abcdefghijkmnpqrstuvwxyz23", .post, "GET, HEAD"),
        ("/healthz", .post, "GET, HEAD"),
    ])
    func anUnsupportedMethodAnswers405WithAllow(path: String, method: HTTPRequest.Method, allow: String) async throws {
        try await TestApp.with { _, client in
            let answer = try await client.execute(
                uri: path, method: method, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: "{}")
            ) { ($0.status, $0.headers[.allow]) }
            #expect(answer.0 == .methodNotAllowed)
            #expect(answer.1 == allow)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        try await TestApp.with { _, client in
            for path in ["/", "/roles/no-such-role", "/api/v1/roles", "/api/v1/roles/nobody", "/assets/skillmix.css"] {
                let headers = try await client.execute(uri: path, method: .get) { $0.headers }
                let policy = try #require(headers[.contentSecurityPolicy], "\(path)")
                #expect(policy.contains("script-src 'none'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(headers[.referrerPolicy] != nil)
            }
        }
    }

    @Test func formsRefuseOtherSitesAndAcceptTheirOwnToken() async throws {
        try await TestApp.with { _, client in
            let body = "demand.guided-self-help=350"
            func post(_ headers: HTTPFields) async throws -> HTTPResponse.Status {
                var all = headers
                all[.contentType] = "application/x-www-form-urlencoded"
                return try await client.execute(
                    uri: "/design/mental-health-support-team", method: .post, headers: all,
                    body: ByteBuffer(string: body + (headers[.cookie] == nil ? "" : "&csrf-token=\(Self.token)"))
                ) { $0.status }
            }
            #expect(try await post([.secFetchSite: "cross-site"]) == .forbidden)
            #expect(try await post([.origin: "https://elsewhere.example"]) == .forbidden)
            #expect(try await post([.origin: "null"]) == .forbidden)
            #expect(try await post([:]) == .forbidden)
            #expect(try await post([.cookie: "skillmix-csrf=\(String(Self.token.reversed()))"]) == .forbidden)
            #expect(try await post([.cookie: "skillmix-csrf=\(Self.token)"]) == .seeOther)
            #expect(try await post([.secFetchSite: "same-origin"]) == .seeOther)

            // The form page hands out the token in its form and its cookie.
            let (cookie, page) = try await client.execute(uri: "/design/mental-health-support-team", method: .get) {
                ($0.headers[.setCookie] ?? "", String(buffer: $0.body))
            }
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let token = try #require(cookie.split(separator: ";").first?.split(separator: "=").last)
            #expect(page.contains("name=\"csrf-token\" value=\"\(token)\""))
        }
    }

    static let token = "0123456789abcdef0123456789abcdef"

    @Test func theAPITakesOnlyJSON() async throws {
        try await TestApp.with { _, client in
            for type in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"] {
                let answer = try await client.send(
                    "/api/v1/designs", body: #"{"service":"talking-therapies"}"#, contentType: type
                ).answer
                #expect(answer.status == .unsupportedMediaType)
                #expect(answer.contentType == "application/problem+json")
            }
        }
    }

    @Test func aFormFilledFromASavedDesignIsPrivate() async throws {
        try await TestApp.with { _, client in
            let posted = try await client.send(
                "/api/v1/designs", body: #"{"service":"mental-health-support-team"}"#, contentType: "application/json")
            let id = try #require(posted.location?.split(separator: "/").last)
            let headers = try await client.execute(
                uri: "/design/mental-health-support-team?from=\(id)", method: .get
            ) { $0.headers }
            #expect(headers[.cacheControl] == "private, no-store")
            #expect(headers[.referrerPolicy] == "no-referrer")
        }
    }

    @Test func savesPastTheHourlyLimitAnswer429() async throws {
        try await TestApp.with(limits: RequestLimits(writesPerHour: 2)) { _, client in
            let body = #"{"service":"mental-health-support-team"}"#
            for _ in 0..<2 {
                #expect(
                    try await client.send("/api/v1/designs", body: body, contentType: "application/json").answer.status
                        == .created)
            }
            let refused = try await client.execute(
                uri: "/api/v1/designs", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: body)
            ) { ($0.status, $0.headers[.retryAfter]) }
            #expect(refused.0 == .tooManyRequests)
            #expect(Int(refused.1 ?? "") ?? 0 > 0)
            #expect(
                try await client.send("/design/mental-health-support-team", body: "").answer.status == .tooManyRequests)
        }
    }

    @Test func aRetriedPostWithItsIdempotencyKeySavesOnce() async throws {
        try await TestApp.with { app, client in
            let body = #"{"service":"mental-health-support-team"}"#
            func post(_ body: String, key: String) async throws -> (HTTPResponse.Status, String?, String?) {
                try await client.execute(
                    uri: "/api/v1/designs", method: .post,
                    headers: [.contentType: "application/json", .idempotencyKey: key], body: ByteBuffer(string: body)
                ) { ($0.status, $0.headers[.location], $0.headers[.idempotentReplayed]) }
            }
            let first = try await post(body, key: "retry-1")
            let second = try await post(body, key: "retry-1")
            #expect(first.0 == .created && second.0 == .created)
            #expect(first.1 != nil && first.1 == second.1)
            #expect(first.2 == nil && second.2 == "true")
            let rows = try await app.store.rowCount("designs")
            #expect(rows == 1)
            let changed = try await post(#"{"service":"talking-therapies"}"#, key: "retry-1")
            #expect(changed.0 == .unprocessableContent)
            #expect(try await post(body, key: "retry-2").1 != first.1)
        }
    }

    @Test func aDamagedSavedRowAnswersAPlain500WithAReference() async throws {
        try await TestApp.with { app, client in
            let posted = try await client.send(
                "/api/v1/designs", body: #"{"service":"mental-health-support-team"}"#, contentType: "application/json")
            let id = String(try #require(posted.location?.split(separator: "/").last))
            try await app.store.overwriteDetails(table: "designs", id: id, with: #"{"broken": tru"#)
            let page = try await client.get("/designs/\(id)")
            #expect(page.status == .internalServerError)
            #expect(page.text.contains("quote the reference"))
            #expect(!page.text.contains("broken") && !page.text.contains("designs (id"))
            let api = try await client.get("/api/v1/designs/\(id)")
            #expect(api.status == .internalServerError)
            #expect(api.contentType == "application/problem+json")
            #expect(!api.body.contains("DecodingError") && !api.body.contains("corrupt"))
        }
    }

    @Test func aFullPoolAnswers503WithRetryAfterAndPagesStayUp() async throws {
        try await TestApp.with(pool: .init(workers: 1, queueLength: 0, jobSeconds: 30)) { app, client in
            let started = AsyncStream.makeStream(of: Void.self)
            let release = Release()
            let blocker = Task {
                try await app.dependencies.pool.run { _ in
                    started.continuation.yield()
                    release.wait()
                }
            }
            for await _ in started.stream { break }
            let refused = try await client.execute(
                uri: "/api/v1/designs", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"service":"mental-health-support-team"}"#)
            ) { ($0.status, $0.headers[.retryAfter], $0.headers[.contentType]) }
            #expect(refused.0 == .serviceUnavailable)
            #expect(refused.1 != nil)
            #expect(refused.2 == "application/problem+json")
            #expect(try await client.get("/roles").status == .ok)
            #expect(try await client.get("/healthz").status == .ok)
            release.open()
            try await blocker.value
            #expect(
                try await client.send(
                    "/api/v1/designs", body: #"{"service":"mental-health-support-team"}"#,
                    contentType: "application/json"
                ).answer.status == .created)
        }
    }

    @Test func aJobThatWaitsPastItsLimitIsRefusedAndNeverRuns() async throws {
        let pool = ComputePool(configuration: .init(workers: 1, queueLength: 1, jobSeconds: 1))
        let ran = Release()
        let first = Task { try await pool.run { _ in Thread.sleep(forTimeInterval: 2.5) } }
        try await Task.sleep(for: .milliseconds(100))
        await #expect(throws: ComputePoolError.busy(retryAfterSeconds: 1)) {
            try await pool.run { _ in ran.open() }
        }
        try? await first.value
        try await Task.sleep(for: .milliseconds(200))
        #expect(!ran.isOpen, "a job abandoned in the queue must not run")
        #expect(pool.load == 0)
        try await pool.shutdown()
    }

    @Test func savesAreCountedByTheProxysEntryAndIPv6ByItsSlash64() {
        #expect(SaveGuard.clientKey("192.0.2.7") == "192.0.2.7")
        #expect(SaveGuard.clientKey("2001:db8:1:2:aaaa::1") == "20010db800010002::/64")
        #expect(SaveGuard.clientKey("2001:db8:1:2:bbbb::9") == SaveGuard.clientKey("2001:db8:1:2::1"))
        #expect(SaveGuard.clientKey("2001:db8:1:3::1") != SaveGuard.clientKey("2001:db8:1:2::1"))
    }

    @Test func aJobPastItsLimitGetsAnAnswerOnTime() async throws {
        let pool = ComputePool(configuration: .init(workers: 1, queueLength: 1, jobSeconds: 1))
        let clock = ContinuousClock()
        let began = clock.now
        await #expect(throws: ComputePoolError.timedOut(seconds: 1)) {
            try await pool.run { _ in Thread.sleep(forTimeInterval: 5) }
        }
        #expect(clock.now - began < .seconds(4.5))
        try await pool.shutdown()
    }

    @Test func aDesignPastItsDeadlineStopsWithAClearMessage() async throws {
        let app = try await TestApp.make()
        let designer = TeamDesigner(catalogue: app.snapshot.catalogue, deadline: ContinuousClock.now)
        do {
            _ = try designer.design(DesignInput(service: .init(rawValue: "talking-therapies")))
            Issue.record("a design past its deadline should stop")
        } catch {
            guard case .timedOut = error else { throw error }
            #expect(error.description.contains("did not finish in the time allowed"))
        }
        try await app.close()
    }

    @Test func healthReportsADatabaseThatStoppedTakingWrites() async throws {
        let app = try await TestApp.make()
        let check = app.dependencies.writeCheck
        await check.probe()
        try check.requireWritable()
        try await app.store.close()
        await check.probe()
        #expect(throws: StoreError.self) { try check.requireWritable() }
        try await app.dependencies.pool.shutdown()
    }

    @Test func longAddressesAreRefusedBeforeTheyAreEchoed() async throws {
        try await TestApp.with { _, client in
            let long = try await client.get("/roles/" + String(repeating: "x", count: 60_000))
            #expect(long.status == .uriTooLong)
            #expect(long.body.count < 10_000)
            let id = try await client.get("/api/v1/roles/" + String(repeating: "y", count: 3_000))
            #expect(id.body.count < 5_000)
        }
    }

    @Test func logEntriesStayOnOneLineAndBounded() {
        let escaped = EscapingLogHandler.escape("id\nFAKE entry\r\u{1B}[31m\t" + String(repeating: "z", count: 5000))
        #expect(!escaped.contains("\n") && !escaped.contains("\r") && !escaped.contains("\u{1B}"))
        #expect(escaped.hasPrefix("id\\nFAKE entry\\r\\u{1b}[31m\\t"))
        #expect(escaped.count < EscapingLogHandler.maximumLength + 40)
        #expect(escaped.hasSuffix("more)"))
        // A reset token in a logged address is never written.
        let path = EscapingLogHandler.escape("GET /editor/reset/abcdefghijkmnpqrstuvwxyz23?x=1 and /editor/reset/zz")
        #expect(path == "GET /editor/reset/[token]?x=1 and /editor/reset/[token]")
    }
}

/// A gate a pool job waits at until the test opens it.
final class Release: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let opened = Mutex(false)
    func wait() { semaphore.wait() }
    func open() {
        opened.withLock { $0 = true }
        semaphore.signal()
    }
    var isOpen: Bool { opened.withLock { $0 } }
}

extension Store {
    func rowCount(_ table: String) async throws -> Int {
        try await withConnection { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()
                .map { try $0.decode(column: "n", as: Int.self) } ?? 0
        }
    }

    /// Damages a saved document as a failing disk or a bad edit would.
    func overwriteDetails(table: String, id: String, with text: String) async throws {
        try await withConnection { db in
            try await db.update(table).set("details", to: SQLBind(text)).where("id", .equal, SQLBind(id)).run()
        }
    }
}
