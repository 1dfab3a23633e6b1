import Catalogue
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Persistence
import Prometheus
import TestSupport
import Testing
import Web
import Workforce

/// Changing a fact: draft, preview, return, approve, publish, history, revert, stale forms and conflicts with a
/// newer bundled catalogue.
@Suite struct EditorialTests {
    typealias Field = CatalogueEdit.FormField
    static let bands = FactAddress(
        file: "roles/18-mental-health-and-wellbeing-practitioner.yaml", path: [.key("bands")])
    static let mhwp = Role.ID(rawValue: "mental-health-and-wellbeing-practitioner")

    /// Signs in one account of each role; their cookies by role.
    static func sessions(_ app: TestApp, _ client: any TestClientProtocol) async throws -> [Account.Role: String] {
        let emails = try await EditorTests.accounts(app)
        var cookies: [Account.Role: String] = [:]
        for role in Account.Role.allCases {
            let cookie = try await EditorTests.signIn(client, try #require(emails[role]))
            #expect(cookie != nil, "\(role) signs in")
            cookies[role] = cookie
        }
        return cookies
    }

    /// The edit form's fields for a change of `fact` to `value`.
    static func form(
        _ fact: FactAddress, _ value: FactValue, basedOn: Int = 0, checked: String = "2026-12-01",
        reason: String = "The new band is published", draft: CatalogueEdit? = nil
    ) -> [(String, String)] {
        var fields = [
            (Field.fact, fact.description), (Field.basedOn, String(basedOn)), (Field.value, value.value),
            (Field.sources, value.sources.map(\.rawValue).joined(separator: ", ")),
            (Field.uncertainty, value.uncertainty ?? ""), (Field.checked, checked), (Field.reason, reason),
        ]
        if let draft { fields += [(Field.draft, draft.id.rawValue), (Field.version, String(draft.version))] }
        return fields
    }

    /// An editor drafts the change and a reviewer approves it; returns the draft as saved.
    @discardableResult
    static func publish(
        _ app: TestApp, _ client: any TestClientProtocol, _ cookies: [Account.Role: String], _ fact: FactAddress,
        _ value: FactValue, reason: String = "The new band is published"
    ) async throws -> CatalogueEdit {
        let saved = try await EditorTests.request(
            client, .post, "/editor/edit", cookie: cookies[.editor], form: form(fact, value, reason: reason))
        #expect(saved.status == .seeOther)
        let draft = try #require(try await app.store.edits([.waiting]).first)
        let approved = try await EditorTests.request(
            client, .post, "/editor/drafts/\(draft.id.rawValue)/approve", cookie: cookies[.reviewer],
            form: [(Field.version, String(draft.version))])
        #expect(approved.status == .seeOther)
        return draft
    }

    static func published(_ app: TestApp, _ fact: FactAddress) async throws -> FactValue {
        try #require(try await app.dependencies.publisher.published().document.value(of: fact))
    }

    static func progression(_ app: TestApp) throws -> [String] {
        try app.snapshot.catalogue.requireRole(mhwp).bands.progression.map(\.name)
    }

    @Test func aChangeIsDraftedPreviewedReturnedApprovedPublishedAndReverted() async throws {
        try await TestApp.with { app, client in
            let cookies = try await Self.sessions(app, client)
            let (editor, reviewer) = (cookies[.editor], cookies[.reviewer])
            let original = try await Self.published(app, Self.bands)
            #expect(try Self.progression(app).isEmpty)

            // A band that is not a band: refused with the loader's message, nothing saved.
            var broken = original
            broken.value = original.value.replacingOccurrences(of: "qualified: '5'", with: "qualified: '12'")
            let refused = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: editor, form: Self.form(Self.bands, broken))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("bands") && refused.body.contains("There is a problem"))
            var future = original
            future.value = original.value.replacingOccurrences(of: "progression: []", with: "progression: ['6']")
            let tomorrow = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: editor,
                form: Self.form(Self.bands, future, checked: "2999-01-01"))
            #expect(tomorrow.status == .unprocessableContent && tomorrow.body.contains("cannot be in the future"))
            var unsourced = future
            unsourced.sources = []
            let noSource = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: editor, form: Self.form(Self.bands, unsourced))
            #expect(noSource.status == .unprocessableContent && noSource.body.contains("every fact needs a source"))
            #expect(try await app.store.edits(CatalogueEdit.Status.allCases).isEmpty)

            // A good draft, previewed on the public page; the public page itself is unchanged.
            let saved = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: editor, form: Self.form(Self.bands, future))
            #expect(saved.status == .seeOther)
            var draft = try #require(try await app.store.edits([.waiting]).first)
            #expect(saved.location == "/editor/drafts/\(draft.id.rawValue)")
            let preview = try await EditorTests.request(
                client, .get, "/editor/drafts/\(draft.id.rawValue)/preview", cookie: reviewer)
            #expect(preview.status == .ok && preview.body.contains("Preview, not published"))
            #expect(preview.body.contains("Mental health and wellbeing practitioner"))
            #expect(try Self.progression(app).isEmpty)

            // A second editor is told of the first draft; their entries come back to them.
            let second = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: cookies[.administrator], form: Self.form(Self.bands, future))
            #expect(second.status == .conflict && second.body.contains("editor@example.nhs.uk"))

            // Its author cannot approve it; an editor cannot review at all.
            let own = try await EditorTests.request(
                client, .post, "/editor/drafts/\(draft.id.rawValue)/approve", cookie: editor,
                form: [(Field.version, String(draft.version))])
            #expect(own.status == .forbidden)

            // Returned with a comment, changed by its author, then approved by the reviewer.
            let returned = try await EditorTests.request(
                client, .post, "/editor/drafts/\(draft.id.rawValue)/return", cookie: reviewer,
                form: [(Field.version, String(draft.version)), (Field.comment, "Cite the NHS Employers page too")])
            #expect(returned.status == .seeOther)
            draft = try #require(try await app.store.edit(draft.id))
            #expect(draft.status == .returned && draft.reviewComment == "Cite the NHS Employers page too")
            let resaved = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: editor, form: Self.form(Self.bands, future, draft: draft))
            #expect(resaved.status == .seeOther)
            let stale = try await EditorTests.request(
                client, .post, "/editor/drafts/\(draft.id.rawValue)/approve", cookie: reviewer,
                form: [(Field.version, String(draft.version))])
            #expect(stale.status == .conflict)
            draft = try #require(try await app.store.edit(draft.id))
            #expect(draft.status == .waiting)
            let approved = try await EditorTests.request(
                client, .post, "/editor/drafts/\(draft.id.rawValue)/approve", cookie: reviewer,
                form: [(Field.version, String(draft.version))])
            #expect(approved.status == .seeOther)

            // Published: served here at once, and in the database for every other instance.
            #expect(try Self.progression(app) == ["6"])
            let stored = try await app.store.catalogue()
            #expect(try stored.requireRole(Self.mhwp).bands.progression.map(\.name) == ["6"])
            #expect(stored.stamp.version.hasSuffix("+r1"))
            let page = try await client.get("/roles/\(Self.mhwp.rawValue)")
            #expect(page.status == .ok && page.body.contains("6"))
            // The sources page lists it with the catalogue's own changes, with its reason.
            let changes = try await client.get("/sources")
            #expect(changes.body.contains("Changed bands in \(Self.bands.file)"))
            #expect(changes.body.contains("The new band is published"))

            // The history shows it; a revert is itself a reviewed change.
            let published = try #require(try await app.store.edit(draft.id))
            #expect(published.status == .published && published.revision == 1 && published.reviewer != nil)
            let history = try await EditorTests.request(
                client, .get,
                "/editor/fact?fact=\(Self.bands.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")",
                cookie: editor)
            #expect(
                history.status == .ok && history.body.contains("r1")
                    && history.body.contains("The new band is published"))
            let revert = try await EditorTests.request(
                client, .post, "/editor/changes/\(draft.id.rawValue)/revert", cookie: editor, form: [])
            #expect(revert.status == .seeOther)
            let reverting = try #require(try await app.store.edits([.waiting]).first)
            #expect(reverting.kind == .revert && reverting.proposed == original)
            let approvedRevert = try await EditorTests.request(
                client, .post, "/editor/drafts/\(reverting.id.rawValue)/approve", cookie: cookies[.administrator],
                form: [(Field.version, String(reverting.version))])
            #expect(approvedRevert.status == .seeOther)
            #expect(try Self.progression(app).isEmpty)
            #expect(try await app.store.catalogue().stamp.version.hasSuffix("+r2"))

            // Every step is in the audit log.
            let actions = try await app.store.auditLog(limit: 50).map(\.action)
            for action in [
                "drafted a change", "returned a change", "changed a draft", "approved and published revision 1",
                "drafted a revert of revision 1", "approved and published revision 2",
            ] {
                #expect(actions.contains(action), "\(action)")
            }
        }
    }

    @Test func aFormOpenedBeforeAnotherChangeWasPublishedIsToldOfIt() async throws {
        try await TestApp.with { app, client in
            let cookies = try await Self.sessions(app, client)
            let fact = try #require(FactAddress("figures.yaml#figures[workforce-2023]"))
            var value = try await Self.published(app, fact)
            value.value = value.value.replacingOccurrences(of: "about 27,800 FTE", with: "about 27,900 FTE")
            try await Self.publish(app, client, cookies, fact, value)
            // A form opened before that publication still says "based on 0".
            let late = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: cookies[.administrator], form: Self.form(fact, value, basedOn: 0)
            )
            #expect(late.status == .conflict && late.body.contains("changed and published since you opened the form"))
            #expect(late.body.contains("value=\"1\""))
            #expect(app.snapshot.catalogue.figures.contains { $0.value == "about 27,900 FTE" })
        }
    }

    /// A newer bundle that changed a fact we changed: ours is still served, editors see the conflict, and
    /// resolve it by keeping ours or taking the bundle's.
    @Test func aNewerBundleThatChangedAFactWeChangedIsAConflictToResolve() async throws {
        try await TestApp.with { app, client in
            let cookies = try await Self.sessions(app, client)
            let fact = try #require(FactAddress("figures.yaml#figures[workforce-2023]"))
            var ours = try await Self.published(app, fact)
            ours.value = ours.value.replacingOccurrences(of: "about 27,800 FTE", with: "about 27,900 FTE")
            let draft = try await Self.publish(app, client, cookies, fact, ours)

            // The next release's bundle says something else of the same figure.
            var newer = app.dependencies.publisher.bundle
            var theirs = try #require(try newer.value(of: fact))
            theirs.value = theirs.value.replacingOccurrences(of: "about 27,800 FTE", with: "about 28,000 FTE")
            try newer.apply(theirs, at: fact)
            let publisher = CataloguePublisher(bundle: newer, store: app.store)
            _ = try await publisher.publishAtStart(logger: TestDatabase.logger)
            let conflicted = try #require(try await app.store.edit(draft.id))
            #expect(conflicted.conflict == theirs.snapshot)
            #expect(try await app.store.catalogue().figures.contains { $0.value == "about 27,900 FTE" })

            // An app on the newer bundle lists it, and a reviewer takes the bundle's value.
            let dependencies = AppDependencies(
                store: app.store, snapshot: app.snapshot, registry: PrometheusCollectorRegistry(),
                logger: TestDatabase.logger, pool: app.dependencies.pool, publisher: publisher,
                accounts: AccountSettings(bcryptCost: 4))
            try await Application(router: try buildRouter(dependencies)).test(.router) { newClient in
                let reviewer = try #require(try await EditorTests.signIn(newClient, "reviewer@example.nhs.uk"))
                let editor = try #require(try await EditorTests.signIn(newClient, "editor@example.nhs.uk"))
                let list = try await EditorTests.request(newClient, .get, "/editor/conflicts", cookie: editor)
                #expect(
                    list.status == .ok && list.body.contains("about 28,000 FTE")
                        && list.body.contains("about 27,900 FTE"))
                let refused = try await EditorTests.request(
                    newClient, .post, "/editor/conflicts/\(draft.id.rawValue)/take", cookie: editor, form: [])
                #expect(refused.status == .forbidden)
                let taken = try await EditorTests.request(
                    newClient, .post, "/editor/conflicts/\(draft.id.rawValue)/take", cookie: reviewer, form: [])
                #expect(taken.status == .seeOther)
            }
            #expect(try await app.store.catalogue().figures.contains { $0.value == "about 28,000 FTE" })
            #expect(try await app.store.edit(draft.id)?.conflict == nil)
            // Started again on the same bundle, nothing conflicts.
            _ = try await publisher.publishAtStart(logger: TestDatabase.logger)
            #expect(try await app.store.publishedEdits().allSatisfy { $0.conflict == nil })
        }
    }

    @Test func anEditorAddsASourceThatAReviewerPublishes() async throws {
        try await TestApp.with { app, client in
            let cookies = try await Self.sessions(app, client)
            let bad = try await EditorTests.request(
                client, .get, "/editor/edit?new-source=bad%20id", cookie: cookies[.editor])
            #expect(bad.status == .badRequest)
            let form = try await EditorTests.request(
                client, .get, "/editor/edit?new-source=nhse_test_2026", cookie: cookies[.editor])
            #expect(form.status == .ok && form.body.contains("url: https://"))
            let fact = FactAddress(file: "sources.yaml", path: [.key("sources"), .key("nhse_test_2026")])
            let value = FactValue(
                value: "url: https://www.england.nhs.uk/mental-health/\npublisher: NHS England\n"
                    + "title: Mental health\nchecked: '2026-12-01'",
                isText: false, sources: [], carriesSources: false, uncertainty: nil)
            let saved = try await EditorTests.request(
                client, .post, "/editor/edit", cookie: cookies[.editor],
                form: Self.form(fact, value, reason: "The programme's own page"))
            #expect(saved.status == .seeOther)
            let draft = try #require(try await app.store.edits([.waiting]).first)
            #expect(draft.before == nil)
            _ = try await EditorTests.request(
                client, .post, "/editor/drafts/\(draft.id.rawValue)/approve", cookie: cookies[.reviewer],
                form: [(Field.version, String(draft.version))])
            #expect(
                app.snapshot.catalogue.sources.contains {
                    $0.id == "nhse_test_2026" && $0.checked?.description == "2026-12-01"
                })
        }
    }

    /// `skillmix catalogue export` writes what is published; it loads back to exactly the served catalogue.
    @Test func thePublishedCatalogueExportsAndLoadsBackExactly() async throws {
        try await TestApp.with { app, client in
            let cookies = try await Self.sessions(app, client)
            var value = try await Self.published(app, Self.bands)
            value.value = value.value.replacingOccurrences(of: "progression: []", with: "progression: ['6']")
            try await Self.publish(app, client, cookies, Self.bands, value)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try await app.dependencies.publisher.published().document.write(to: folder)
            #expect(try BundledCatalogue.load(from: folder) == (try await app.store.catalogue()))
        }
    }
}
