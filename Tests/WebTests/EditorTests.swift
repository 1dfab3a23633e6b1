import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Persistence
import Testing
import Web
import Workforce

/// Editors' accounts: signing in and out, who may see what, throttling, and reset links.
@Suite struct EditorTests {
    static let password = "correct horse battery staple"
    /// A fact's address as a query value.
    static let figure = "figures.yaml%23figures%5Bworkforce-2023%5D"

    /// Makes one account of each role and returns their emails by role.
    static func accounts(_ app: TestApp) async throws -> [Account.Role: String] {
        var emails: [Account.Role: String] = [:]
        for role in Account.Role.allCases {
            let email = "\(role.rawValue)@example.nhs.uk"
            _ = try await app.store.createAccount(
                email: email, role: role, passwordHash: EditorAccounts.hashPassword(password, cost: 4))
            emails[role] = email
        }
        return emails
    }

    struct Reply {
        var status: HTTPResponse.Status
        var body: String
        var location: String?
        var setCookies: [String]
    }

    /// Sends a request as a browser on our own pages would, with the session cookie if there is one.
    static func request(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, cookie: String? = nil,
        form: [(String, String)]? = nil, site: String = "same-origin"
    ) async throws -> Reply {
        var headers: HTTPFields = [HTTPField.Name("Sec-Fetch-Site")!: site]
        if let cookie { headers[.cookie] = cookie }
        var body = ByteBuffer()
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(
                string: form.map {
                    "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                }
                .joined(separator: "&"))
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            Reply(
                status: response.status, body: String(buffer: response.body), location: response.headers[.location],
                setCookies: response.headers[values: .setCookie])
        }
    }

    /// Signs in and returns the session cookie ("skillmix-session=…").
    static func signIn(_ client: any TestClientProtocol, _ email: String, _ password: String = password) async throws
        -> String?
    {
        let reply = try await request(
            client, .post, "/editor/sign-in", form: [("email", email), ("password", password)])
        guard reply.status == .seeOther else { return nil }
        return reply.setCookies.first { $0.hasPrefix("skillmix-session=") }?.split(separator: ";").first.map(
            String.init)
    }

    @Test func signingInGivesASessionCookieThatIsHttpOnlyAndLax() async throws {
        try await TestApp.with { app, client in
            let emails = try await Self.accounts(app)
            let reply = try await Self.request(
                client, .post, "/editor/sign-in",
                form: [("email", try #require(emails[.editor]).uppercased()), ("password", Self.password)])
            #expect(reply.status == .seeOther && reply.location == "/editor")
            let cookie = try #require(reply.setCookies.first { $0.hasPrefix("skillmix-session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            let value = String(cookie.split(separator: ";")[0])
            let home = try await Self.request(client, .get, "/editor", cookie: value)
            #expect(home.status == .ok)
            #expect(home.body.contains("What needs attention") && home.body.contains("editor@example.nhs.uk"))
            // The database holds only a hash of the cookie's value.
            let token = String(value.dropFirst("skillmix-session=".count))
            #expect(try await app.store.session(keyHash: "editor." + token) == nil)
            let out = try await Self.request(client, .post, "/editor/sign-out", cookie: value, form: [])
            #expect(out.status == .seeOther)
            #expect(try await Self.request(client, .get, "/editor", cookie: value).status == .unauthorized)
        }
    }

    /// Every editor route, as nobody, an editor, a reviewer and an administrator: each gets exactly what it may.
    @Test func everyEditorRouteAnswersEachKindOfUserAsItShould() async throws {
        try await TestApp.with { app, client in
            let emails = try await Self.accounts(app)
            let target = try #require(try await app.store.accountForSignIn(email: "reviewer@example.nhs.uk")).account
            let disable = "/editor/accounts/\(target.id.rawValue)/disable"
            let enable = "/editor/accounts/\(target.id.rawValue)/enable"
            // (method, path, form, [anonymous, editor, reviewer, administrator])
            let table: [(HTTPRequest.Method, String, [(String, String)]?, [HTTPResponse.Status])] = [
                (.get, "/editor/sign-in", nil, [.ok, .seeOther, .seeOther, .seeOther]),
                (.get, "/editor", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor?months=6&sort=problem", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor?months=0", nil, [.unauthorized, .badRequest, .badRequest, .badRequest]),
                (.get, "/editor/password", nil, [.unauthorized, .ok, .ok, .ok]),
                (
                    .post, "/editor/password", [("current-password", "wrong"), ("new-password", "x")],
                    [.unauthorized, .unprocessableContent, .unprocessableContent, .unprocessableContent]
                ),
                (.get, "/editor/accounts", nil, [.unauthorized, .forbidden, .forbidden, .ok]),
                (.post, enable, [], [.unauthorized, .forbidden, .forbidden, .seeOther]),
                (.get, "/editor/reset/nosuchtoken", nil, [.notFound, .notFound, .notFound, .notFound]),
                (.get, "/editor/reports", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor/reports/nosuchreport", nil, [.unauthorized, .notFound, .notFound, .notFound]),
                (
                    .post, "/editor/reports/nosuchreport", [("outcome", "fixed")],
                    [.unauthorized, .notFound, .notFound, .notFound]
                ),
                (
                    .post, "/editor/reset/nosuchtoken", [("new-password", "a long enough passphrase")],
                    [.notFound, .notFound, .notFound, .notFound]
                ),
                (
                    .post, "/editor/sign-in", [("email", "nobody@example.nhs.uk"), ("password", "x")],
                    [.unauthorized, .unauthorized, .unauthorized, .unauthorized]
                ),
                (.get, "/editor/facts", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor/facts?file=figures.yaml", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor/facts?file=../x.yaml", nil, [.unauthorized, .notFound, .notFound, .notFound]),
                (.get, "/editor/fact?fact=\(Self.figure)", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor/fact?fact=nonsense", nil, [.unauthorized, .notFound, .notFound, .notFound]),
                (.get, "/editor/edit?fact=\(Self.figure)", nil, [.unauthorized, .ok, .ok, .ok]),
                (.post, "/editor/edit", [("fact", "nonsense")], [.unauthorized, .notFound, .notFound, .notFound]),
                (.get, "/editor/drafts", nil, [.unauthorized, .ok, .ok, .ok]),
                (.get, "/editor/drafts/nosuchdraft", nil, [.unauthorized, .notFound, .notFound, .notFound]),
                (.get, "/editor/drafts/nosuchdraft/preview", nil, [.unauthorized, .notFound, .notFound, .notFound]),
                (.post, "/editor/drafts/nosuchdraft/approve", [], [.unauthorized, .notFound, .notFound, .notFound]),
                (.post, "/editor/changes/nosuchchange/revert", [], [.unauthorized, .notFound, .notFound, .notFound]),
                (.get, "/editor/conflicts", nil, [.unauthorized, .ok, .ok, .ok]),
                (.post, "/editor/conflicts/nosuchchange/keep", [], [.unauthorized, .forbidden, .notFound, .notFound]),
                (.post, "/editor/sign-out", [], [.seeOther, .seeOther, .seeOther, .seeOther]),
            ]
            // Every editor address and method the router knows is in the table (a new one must be added to it).
            func matches(_ pattern: String, _ path: String) -> Bool {
                let (a, b) = (pattern.split(separator: "/"), path.prefix { $0 != "?" }.split(separator: "/"))
                return a.count == b.count && zip(a, b).allSatisfy { $0.hasPrefix(":") || $0.hasPrefix("{") || $0 == $1 }
            }
            for route in try app.router.routes
            where route.path.description.hasPrefix("/editor") && route.method != .head {
                #expect(
                    table.contains { $0.0 == route.method && matches(route.path.description, $0.1) },
                    "\(route.method) \(route.path) is not walked")
            }
            var cookies: [String?] = [nil]
            for role in [Account.Role.editor, .reviewer, .administrator] {
                cookies.append(try await Self.signIn(client, try #require(emails[role])))
            }
            for (method, path, form, expected) in table {
                for (index, cookie) in cookies.enumerated() {
                    // Signing out ends the session, so it is walked last and each time with a fresh one.
                    let reply = try await Self.request(client, method, path, cookie: cookie, form: form)
                    #expect(reply.status == expected[index], "\(method) \(path) as user \(index): \(reply.status)")
                    if path == "/editor/sign-out", index > 0 {
                        let role = [Account.Role.editor, .reviewer, .administrator][index - 1]
                        cookies[index] = try await Self.signIn(client, try #require(emails[role]))
                    }
                }
            }
            // An administrator may disable another account, which ends its sessions.
            let reviewer = cookies[2]
            #expect(try await Self.request(client, .get, "/editor", cookie: reviewer).status == .ok)
            #expect(try await Self.request(client, .post, disable, cookie: cookies[3], form: []).status == .seeOther)
            #expect(try await Self.request(client, .get, "/editor", cookie: reviewer).status == .unauthorized)
            #expect(try await Self.signIn(client, try #require(emails[.reviewer])) == nil)
        }
    }

    @Test func aFailedSignInSaysTheSameWhetherOrNotTheAccountExists() async throws {
        try await TestApp.with { app, client in
            _ = try await Self.accounts(app)
            let wrong = try await Self.request(
                client, .post, "/editor/sign-in", form: [("email", "editor@example.nhs.uk"), ("password", "nope")])
            let unknown = try await Self.request(
                client, .post, "/editor/sign-in", form: [("email", "nobody@example.nhs.uk"), ("password", "nope")])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            for reply in [wrong, unknown] {
                #expect(reply.body.contains("The email address or the password is not right."))
            }
            // Neither password reached the audit log.
            let log = try await app.store.auditLog()
            #expect(log.filter { $0.action == "sign-in failed" }.count == 2)
            #expect(!log.contains { "\($0)".contains("nope") })
        }
    }

    @Test func repeatedFailuresLockTheAccountForAQuarterHourEvenWithTheRightPassword() async throws {
        try await TestApp.with { app, client in
            _ = try await Self.accounts(app)
            for _ in 0..<5 {
                let reply = try await Self.request(
                    client, .post, "/editor/sign-in", form: [("email", "editor@example.nhs.uk"), ("password", "guess")])
                #expect(reply.status == .unauthorized)
            }
            let locked = try await Self.request(
                client, .post, "/editor/sign-in",
                form: [("email", "editor@example.nhs.uk"), ("password", Self.password)])
            #expect(locked.status == .tooManyRequests)
            // The count is in the database, so every instance sharing it sees the same.
            let counts = try await app.store.signInFailures(scopes: ["account:editor@example.nhs.uk"])
            #expect(counts["account:editor@example.nhs.uk"] == 5)
            // Another account is not locked by it.
            #expect(try await Self.signIn(client, "reviewer@example.nhs.uk") != nil)
        }
    }

    /// Two instances on one database (PostgreSQL in CI): failures counted on one lock the account on the other.
    @Test func throttlingHoldsAcrossTwoInstancesSharingADatabase() async throws {
        try await TestApp.with { first, client in
            _ = try await Self.accounts(first)
            let second = try await TestApp.make(database: first.database)
            do {
                for _ in 0..<5 {
                    let reply = try await Self.request(
                        client, .post, "/editor/sign-in",
                        form: [("email", "editor@example.nhs.uk"), ("password", "guess")])
                    #expect(reply.status == .unauthorized)
                }
                try await Application(router: try second.router).test(.router) { other in
                    let locked = try await Self.request(
                        other, .post, "/editor/sign-in",
                        form: [("email", "editor@example.nhs.uk"), ("password", Self.password)])
                    #expect(locked.status == .tooManyRequests)
                    #expect(try await Self.signIn(other, "reviewer@example.nhs.uk") != nil)
                }
                try await second.close()
            } catch {
                try? await second.close()
                throw error
            }
        }
    }

    @Test func aSignInFromAnotherSiteIsRefused() async throws {
        try await TestApp.with { app, client in
            _ = try await Self.accounts(app)
            let reply = try await Self.request(
                client, .post, "/editor/sign-in",
                form: [("email", "editor@example.nhs.uk"), ("password", Self.password)],
                site: "cross-site")
            #expect(reply.status == .forbidden)
        }
    }

    @Test func aResetLinkWorksOnceAndTheNewPasswordSignsIn() async throws {
        try await TestApp.with { app, client in
            _ = try await Self.accounts(app)
            let admin = try #require(try await Self.signIn(client, "administrator@example.nhs.uk"))
            let editor = try #require(try await app.store.accountForSignIn(email: "editor@example.nhs.uk")).account
            let made = try await Self.request(
                client, .post, "/editor/accounts/\(editor.id.rawValue)/reset-link", cookie: admin, form: [])
            #expect(made.status == .ok)
            let path = try #require(
                made.body.range(of: #"/editor/reset/[a-z0-9]{26}"#, options: .regularExpression).map {
                    String(made.body[$0])
                })
            #expect(try await Self.request(client, .get, path).status == .ok)
            let short = try await Self.request(client, .post, path, form: [("new-password", "short")])
            #expect(short.status == .unprocessableContent && short.body.contains("at least 12 characters"))
            let done = try await Self.request(client, .post, path, form: [("new-password", "a brand new passphrase")])
            #expect(done.status == .ok && done.body.contains("Your password has been changed"))
            #expect(try await Self.request(client, .get, path).status == .notFound)
            #expect(try await Self.signIn(client, "editor@example.nhs.uk") == nil)
            #expect(try await Self.signIn(client, "editor@example.nhs.uk", "a brand new passphrase") != nil)
        }
    }

    @Test func anyoneCanReportAProblemAndAnEditorResolvesIt() async throws {
        try await TestApp.with { app, client in
            _ = try await Self.accounts(app)
            #expect(try await Self.request(client, .get, "/roles/counsellor/report").status == .ok)
            #expect(try await Self.request(client, .get, "/roles/no-such-role/report").status == .notFound)
            let missing = try await Self.request(
                client, .post, "/roles/counsellor/report", form: [("what-is-wrong", "The band is wrong.")])
            #expect(missing.status == .unprocessableContent && missing.body.contains("Choose the fact that is wrong"))
            let badSource = try await Self.request(
                client, .post, "/roles/counsellor/report",
                form: [("fact", "bands"), ("what-is-wrong", "x"), ("source", "javascript:alert(1)")])
            #expect(badSource.status == .unprocessableContent && badSource.body.contains("starting https://"))
            let sent = try await Self.request(
                client, .post, "/roles/counsellor/report",
                form: [
                    ("fact", "bands"), ("what-is-wrong", "<script>alert(1)</script> Qualified is band 6, not 7."),
                    ("source", "https://www.healthcareers.nhs.uk/"),
                ])
            #expect(sent.status == .ok && sent.body.contains("Thank you"))

            let editor = try #require(try await Self.signIn(client, "editor@example.nhs.uk"))
            let home = try await Self.request(client, .get, "/editor", cookie: editor)
            #expect(home.body.contains("Problem reports (1 open)"))
            let list = try await Self.request(client, .get, "/editor/reports", cookie: editor)
            #expect(list.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !list.body.contains("<script>alert"))
            let open = try await app.store.reports(status: .open)
            let id = try #require(open.first?.id.rawValue)
            let page = try await Self.request(client, .get, "/editor/reports/\(id)", cookie: editor)
            #expect(page.status == .ok && page.body.contains("Counsellor: Pay bands"))
            let noReason = try await Self.request(
                client, .post, "/editor/reports/\(id)", cookie: editor, form: [("outcome", "declined")])
            #expect(noReason.status == .unprocessableContent)
            let resolved = try await Self.request(
                client, .post, "/editor/reports/\(id)", cookie: editor,
                form: [("outcome", "declined"), ("resolution", "Health Careers gives band 6 to 7 for the role.")])
            #expect(resolved.status == .seeOther)
            #expect(try await app.store.reports(status: .open).isEmpty)
            #expect(try await app.store.reports(status: .declined).first?.resolvedBy == "editor@example.nhs.uk")
            #expect(try await app.store.auditLog().contains { $0.action == "declined a problem report" })
            // A resolved report cannot be resolved again.
            let again = try await Self.request(
                client, .post, "/editor/reports/\(id)", cookie: editor,
                form: [("outcome", "fixed"), ("resolution", "again")])
            #expect(again.status == .notFound)
        }
    }

    @Test func reportsFromOneAddressAreLimited() async throws {
        try await TestApp.with { _, client in
            for index in 0..<11 {
                let reply = try await Self.request(
                    client, .post, "/roles/counsellor/report",
                    form: [("fact", "training"), ("what-is-wrong", "No. \(index)")])
                #expect(reply.status == (index < 10 ? .ok : .tooManyRequests), "report \(index)")
            }
        }
    }
}
