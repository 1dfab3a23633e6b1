import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Web

/// The shortlist: up to five roles in a cookie, added and removed from forms, private to its reader.
@Suite struct ShortlistTests {
    static func change(
        _ client: any TestClientProtocol, _ change: String, _ role: String, cookie: String?,
        site: String = "same-origin"
    ) async throws -> EditorTests.Reply {
        try await EditorTests.request(
            client, .post, "/shortlist", cookie: cookie, form: [("role", role), ("change", change)], site: site)
    }

    static func cookie(_ reply: EditorTests.Reply) -> String? {
        reply.setCookies.first { $0.hasPrefix("skillmix-shortlist=") }?.split(separator: ";").first.map(String.init)
    }

    @Test func rolesAreAddedRemovedAndComparedFromTheShortlist() async throws {
        try await TestApp.with { _, client in
            let empty = try await EditorTests.request(client, .get, "/shortlist")
            #expect(empty.status == .ok && empty.body.contains("Your shortlist is empty"))
            var cookie: String?
            for role in ["counsellor", "cbt-therapist", "counsellor"] {
                let reply = try await Self.change(client, "add", role, cookie: cookie)
                #expect(reply.status == .seeOther && reply.location == "/shortlist")
                cookie = Self.cookie(reply)
            }
            #expect(cookie == "skillmix-shortlist=counsellor.cbt-therapist")
            let full = try await client.execute(uri: "/shortlist", method: .get, headers: [.cookie: cookie ?? ""]) {
                $0
            }
            #expect(full.headers[.cacheControl] == "private, no-store" && full.headers[.eTag] == nil)
            let page = String(buffer: full.body)
            #expect(page.contains("Cognitive behavioural therapist") && page.contains("Tick two or three roles"))
            #expect(page.contains("name=\"roles\" value=\"counsellor\""))
            let removed = try await Self.change(client, "remove", "counsellor", cookie: cookie)
            #expect(Self.cookie(removed) == "skillmix-shortlist=cbt-therapist")
        }
    }

    @Test func aFullListUnknownRolesBadChangesAndOtherSitesAreRefused() async throws {
        try await TestApp.with { _, client in
            let five =
                "skillmix-shortlist=counsellor.cbt-therapist.arts-therapist.clinical-psychologist.assistant-psychologist"
            let sixth = try await Self.change(client, "add", "health-psychologist", cookie: five)
            #expect(sixth.status == .conflict && sixth.body.contains("already holds 5 roles"))
            #expect(Self.cookie(sixth) == nil)
            #expect(try await Self.change(client, "add", "no-such-role", cookie: nil).status == .unprocessableContent)
            #expect(try await Self.change(client, "keep", "counsellor", cookie: nil).status == .badRequest)
            #expect(
                try await Self.change(client, "add", "counsellor", cookie: nil, site: "cross-site").status == .forbidden
            )
            // A tampered cookie keeps only known roles, once each, five at most.
            let page = try await EditorTests.request(
                client, .get, "/shortlist",
                cookie: "skillmix-shortlist=<script>.counsellor.counsellor.x.a.b.c.d.e.f")
            #expect(page.status == .ok && !page.body.contains("<script>"))
            #expect(page.body.components(separatedBy: "value=\"counsellor\"").count == 2)
        }
    }
}
