import Catalogue
import Foundation
import Hummingbird
import NIOCore
import Pages
import Persistence
import Workforce

/// Changing facts: drafts, previews, review, publication, history, reverts and conflicts with a newer bundle.
/// Every route needs an account; reviewing and resolving conflicts need a reviewer or an administrator.
struct EditorialController {
    let store: Store
    let snapshot: CatalogueSnapshot
    let publisher: CataloguePublisher
    let pool: ComputePool
    let limits: RequestLimits

    typealias Field = CatalogueEdit.FormField

    func register(with editor: RouterGroup<AppRequestContext>) {
        editor.get(RouterPath(SiteRoute.Endpoint.editorFacts.pattern)) { request, context in
            _ = try EditorController.require(context, Account.Role.allCases)
            let document = try await publisher.published(pool: pool).document
            let file = try request.queryPairs().first { $0.name == "file" }?.value
            if let file, !document.editableFiles.contains(file) { throw Self.noSuchFact }
            var facts: [(address: FactAddress, label: String)] = []
            if let file { facts = try await pool.run { _ in try document.facts(in: file) } }
            let listed = facts
            let changed = Set(try await store.publishedEdits().map(\.fact))
            let drafted = Set(try await store.edits([.waiting, .returned]).map(\.fact))
            return EditorController.page(request) { _ in
                FactsPage(files: document.editableFiles, file: file, facts: listed, changed: changed, drafted: drafted)
                    .render()
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.editorFact.pattern)) { request, context in
            _ = try EditorController.require(context, Account.Role.allCases)
            let fact = try Self.fact(try request.queryPairs().first { $0.name == Field.fact }?.value)
            let current = try await value(of: fact)
            let history = try await store.history(of: fact)
            return EditorController.page(request) {
                FactPage(
                    fact: fact, value: current, openDraft: history.first { $0.status.isOpen }, history: history,
                    csrfToken: $0
                ).render()
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.editFact.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            let query = try request.queryPairs()
            let fact: FactAddress
            if let key = query.first(where: { $0.name == FactsPage.newSourceField })?.value {
                guard FactAddress.isName(key) else {
                    throw AppError(
                        status: .badRequest, title: "That id cannot be used",
                        detail: "A source's id is letters, digits, dashes and underscores, up to 120 of them.")
                }
                fact = FactAddress(file: "sources.yaml", path: [.key("sources"), .key(key)])
            } else {
                fact = try Self.fact(query.first { $0.name == Field.fact }?.value)
            }
            let current = try await value(of: fact)
            let open = try await store.history(of: fact).first { $0.status.isOpen }
            var values = EditFactPage.values(
                for: current, basedOn: try await store.latestPublished(fact)?.revision ?? 0, today: today)
            var other: CatalogueEdit?
            if let open, open.author == account.email {
                values = EditFactPage.values(for: open.proposed, basedOn: open.basedOn, today: open.checked)
                values[Field.reason] = open.reason
                values[Field.draft] = open.id.rawValue
                values[Field.version] = String(open.version)
            } else {
                other = open
            }
            values[Field.fact] = fact.description
            if current == nil, fact.file == "sources.yaml" { values[Field.value] = FactsPage.newSourceTemplate }
            let form = values
            return EditorController.page(request) {
                EditFactPage(fact: fact, current: current, values: form, other: other, csrfToken: $0).render()
            }
        }
        editor.post(RouterPath(SiteRoute.Endpoint.editFact.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            var form = try await EditorController.form(request, limits)
            let fact = try Self.fact(form[Field.fact])
            let current = try await value(of: fact)
            func again(_ status: HTTPResponse.Status, _ problem: (String?, String), other: CatalogueEdit? = nil)
                -> Response
            {
                let values = form
                return EditorController.page(request, status: status) {
                    EditFactPage(
                        fact: fact, current: current, values: values, problem: problem, other: other, csrfToken: $0
                    ).render()
                }
            }
            guard let basedOn = form[Field.basedOn].flatMap({ Int($0) }), basedOn >= 0 else {
                throw AppError(status: .badRequest, title: "The form is incomplete", detail: "Open the form again.")
            }
            let existing = try await draft(form)
            let proposal: CatalogueEdit.Proposal
            switch Result(catching: { () throws(CatalogueEdit.FormError) in
                try CatalogueEdit.read(form: form, current: current, today: today)
            }) {
            case .success(let read): proposal = read
            case .failure(let error): return again(.unprocessableContent, (error.field, error.message))
            }
            if let problem = try await check(proposal.value, at: fact) {
                return again(.unprocessableContent, (Field.value, problem))
            }
            let now = EditorController.now()
            let edit = CatalogueEdit(
                id: existing?.id ?? .init(rawValue: Store.newPrivateID()), fact: fact, kind: existing?.kind ?? .change,
                proposed: proposal.value, before: current, checked: proposal.checked, reason: proposal.reason,
                author: account.email, createdAt: now, updatedAt: now, status: .waiting, version: 1, basedOn: basedOn)
            switch try await store.saveDraft(edit, expectedVersion: existing?.version) {
            case .saved(let saved):
                try await store.audit(
                    actor: account.email, action: existing == nil ? "drafted a change" : "changed a draft",
                    subject: fact.description)
                return EditorController.redirect(to: .draft(saved.id.rawValue))
            case .otherDraft(let other):
                return again(
                    .conflict,
                    (
                        nil,
                        "\(other.author) has a change to this fact that is \(other.status.label). It must be "
                            + "published, returned and withdrawn, or withdrawn before another can be drafted."
                    ), other: other)
            case .stale(let latest):
                form[Field.basedOn] = String(latest?.revision ?? basedOn)
                form[Field.version] = nil
                form[Field.draft] = nil
                return again(
                    .conflict,
                    (
                        nil,
                        latest == nil
                            ? "This draft was reviewed, withdrawn or changed since you opened the form. Open it again."
                            : "The fact was changed and published since you opened the form. Your entries are kept: "
                                + "compare them with the published value, then save again."
                    ), other: latest)
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.drafts.pattern)) { request, context in
            _ = try EditorController.require(context, Account.Role.allCases)
            let open = try await store.edits([.waiting, .returned])
            let conflicts = try await conflicts().count
            return EditorController.page(request) { _ in DraftsPage(open: open, conflicts: conflicts).render() }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.draft.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            let edit = try await edit(context)
            return EditorController.page(request) { DraftPage(edit: edit, account: account, csrfToken: $0).render() }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.draftPreview.pattern)) { request, context in
            _ = try EditorController.require(context, Account.Role.allCases)
            let edit = try await edit(context)
            guard edit.status.isOpen else { throw Self.noSuchFact }
            let document = try await publisher.published(pool: pool).document
            let day = snapshot.catalogue.asOf ?? .epoch
            let page = try await pool.run { _ in
                var changed = document
                try changed.apply(edit.proposed, at: edit.fact)
                let catalogue = try changed.catalogue().on(day)
                return DraftPreview.mark(
                    try Self.publicPage(for: edit.fact, in: catalogue, document: changed), edit: edit)
            }
            var response = html(page.byteBuffer)
            response.headers[.cacheControl] = "no-store"
            return response
        }
        editor.post(RouterPath(SiteRoute.Endpoint.draftAction.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            let edit = try await edit(context)
            guard let action = context.parameters.get("action").flatMap(SiteRoute.DraftAction.init(rawValue:)) else {
                throw Self.noSuchFact
            }
            let form = try await EditorController.form(request, limits)
            let version = form[Field.version].flatMap { Int($0) } ?? -1
            func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
                EditorController.page(request, status: status) {
                    DraftPage(edit: edit, account: account, problem: message, csrfToken: $0).render()
                }
            }
            let stale = "This change was reviewed, withdrawn or changed since you opened the page. Look at it again."
            switch action {
            case .withdraw:
                guard try await store.withdraw(edit.id, version: version, author: account.email) else {
                    return problem(
                        .conflict, edit.author == account.email ? stale : "Only its author can withdraw a draft.")
                }
                try await store.audit(actor: account.email, action: "withdrew a draft", subject: edit.fact.description)
            case .return:
                _ = try EditorController.require(context, [.reviewer, .administrator])
                let comment = (form[Field.comment] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !comment.isEmpty, comment.count <= CatalogueEdit.maximumReason else {
                    return problem(
                        .unprocessableContent, "Say why you are returning the change (up to 2,000 characters).")
                }
                switch try await store.review(
                    edit.id, version: version, reviewer: account.email, approve: false, comment: comment,
                    bundleValue: nil)
                {
                case .done: break
                case .ownChange: return problem(.forbidden, "Nobody reviews their own change.")
                case .stale: return problem(.conflict, stale)
                }
                try await store.audit(actor: account.email, action: "returned a change", subject: edit.fact.description)
            case .approve:
                _ = try EditorController.require(context, [.reviewer, .administrator])
                guard edit.author != account.email else {
                    return problem(.forbidden, "Nobody reviews their own change.")
                }
                if let message = try await check(edit.proposed, at: edit.fact) {
                    return problem(.unprocessableContent, "The change no longer fits the catalogue: \(message)")
                }
                let bundled = try publisher.bundle.value(of: edit.fact)?.snapshot
                switch try await store.review(
                    edit.id, version: version, reviewer: account.email, approve: true, comment: nil,
                    bundleValue: bundled)
                {
                case .done(let revision):
                    try await publish()
                    try await store.audit(
                        actor: account.email, action: "approved and published revision \(revision ?? 0)",
                        subject: edit.fact.description)
                case .ownChange: return problem(.forbidden, "Nobody reviews their own change.")
                case .stale: return problem(.conflict, stale)
                }
            }
            return EditorController.redirect(to: .draft(edit.id.rawValue))
        }
        editor.post(RouterPath(SiteRoute.Endpoint.revertChange.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            let reverted = try await edit(context)
            guard reverted.status == .published, let before = reverted.before else {
                throw AppError(
                    status: .conflict, title: "This change cannot be reverted",
                    detail: "Only a published change that replaced a value can be reverted.")
            }
            let now = EditorController.now()
            let draft = CatalogueEdit(
                id: .init(rawValue: Store.newPrivateID()), fact: reverted.fact, kind: .revert, proposed: before,
                before: try await value(of: reverted.fact), checked: today,
                reason: "Reverts revision \(reverted.revision ?? 0) (\(reverted.reason))", author: account.email,
                createdAt: now, updatedAt: now, status: .waiting, version: 1,
                basedOn: try await store.latestPublished(reverted.fact)?.revision ?? 0)
            if let problem = try await check(before, at: reverted.fact) {
                throw AppError(
                    status: .conflict, title: "This change cannot be reverted",
                    detail: "The value before it no longer fits the catalogue: \(problem)")
            }
            switch try await store.saveDraft(draft, expectedVersion: nil) {
            case .saved(let saved):
                try await store.audit(
                    actor: account.email, action: "drafted a revert of revision \(reverted.revision ?? 0)",
                    subject: reverted.fact.description)
                return EditorController.redirect(to: .draft(saved.id.rawValue))
            case .otherDraft, .stale:
                throw AppError(
                    status: .conflict, title: "The fact has an open change",
                    detail: "Another change to this fact is open or was published since; look at its history again.")
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.conflicts.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            let list = try await conflicts().map { ($0, try publisher.bundle.value(of: $0.fact)) }
            return EditorController.page(request) {
                ConflictsPage(conflicts: list, account: account, csrfToken: $0).render()
            }
        }
        editor.post(RouterPath(SiteRoute.Endpoint.conflictAction.pattern)) { _, context in
            let account = try EditorController.require(context, [.reviewer, .administrator])
            guard let action = context.parameters.get("action").flatMap(SiteRoute.ConflictAction.init(rawValue:)),
                let conflict = try await conflicts().first(where: { $0.id.rawValue == context.parameters.get("id") })
            else { throw Self.noSuchFact }
            let bundled = try publisher.bundle.value(of: conflict.fact)
            switch action {
            case .keep:
                _ = try await store.keepOurs(conflict.id, bundleValue: bundled?.snapshot)
                try await store.audit(
                    actor: account.email, action: "kept our value over the bundle's", subject: conflict.fact.description
                )
            case .take:
                guard let bundled else { throw Self.noSuchFact }
                let now = EditorController.now()
                let taken = CatalogueEdit(
                    id: .init(rawValue: Store.newPrivateID()), fact: conflict.fact, kind: .bundle, proposed: bundled,
                    before: try await value(of: conflict.fact), checked: today,
                    reason: "Took the bundled catalogue's value over revision \(conflict.revision ?? 0).",
                    author: account.email, createdAt: now, updatedAt: now, status: .published, version: 1,
                    basedOn: conflict.revision ?? 0, reviewer: account.email, bundleValue: bundled.snapshot)
                let revision = try await store.publishResolution(taken, resolving: conflict.id)
                try await publish()
                try await store.audit(
                    actor: account.email, action: "took the bundle's value as revision \(revision)",
                    subject: conflict.fact.description)
            }
            return EditorController.redirect(to: .conflicts)
        }
    }

    // MARK: - Helpers

    static let noSuchFact = AppError(
        status: .notFound, title: "No such fact or change",
        detail: "That fact or change does not exist. Start again from the list of facts.")

    /// The day in England, which bounds the day an editor says they checked a source.
    var today: CalendarDay { snapshot.catalogue.asOf ?? EnglishDay(Date()).day }

    static func fact(_ text: String?) throws -> FactAddress {
        guard let text, let fact = FactAddress(text) else { throw noSuchFact }
        return fact
    }

    func value(of fact: FactAddress) async throws -> FactValue? {
        let document = try await publisher.published(pool: pool).document
        guard document.editableFiles.contains(fact.file) else { throw Self.noSuchFact }
        return try await pool.run { _ in try document.value(of: fact) }
    }

    func edit(_ context: AppRequestContext) async throws -> CatalogueEdit {
        guard let id = context.parameters.get("id"), Store.isPrivateID(id),
            let edit = try await store.edit(.init(rawValue: id))
        else { throw Self.noSuchFact }
        return edit
    }

    /// The author's own open draft that the form changes, or nil for a new draft.
    func draft(_ form: [String: String]) async throws -> CatalogueEdit? {
        guard let id = form[Field.draft], !id.isEmpty else { return nil }
        guard Store.isPrivateID(id), let edit = try await store.edit(.init(rawValue: id)),
            let version = form[Field.version].flatMap({ Int($0) })
        else { throw Self.noSuchFact }
        var expected = edit
        expected.version = version
        return expected
    }

    /// Applies `value` to the published catalogue and loads it: the loader's message when it breaks the catalogue.
    func check(_ value: FactValue, at fact: FactAddress) async throws -> String? {
        let document = try await publisher.published(pool: pool).document
        return try await pool.run { _ -> String? in
            var changed = document
            do throws(CatalogueError) {
                try changed.apply(value, at: fact)
                _ = try changed.catalogue()
                return nil
            } catch {
                return error.description
            }
        }
    }

    /// Installs the published catalogue and serves it here at once; other instances take it within their
    /// refresh interval.
    func publish() async throws {
        let (catalogue, _) = try await publisher.publish(pool: pool)
        snapshot.replace(with: catalogue)
    }

    /// The latest published change of each fact that a newer bundle has changed too.
    func conflicts() async throws -> [CatalogueEdit] {
        var latest: [FactAddress: CatalogueEdit] = [:]
        for edit in try await store.publishedEdits() { latest[edit.fact] = edit }
        return latest.values.filter { $0.conflict != nil }.sorted { $0.fact < $1.fact }
    }

    /// The public page that shows `fact`, made from `catalogue`.
    static func publicPage(for fact: FactAddress, in catalogue: Catalogue, document: CatalogueDocument) throws
        -> String
    {
        if fact.file.hasPrefix("roles/"),
            let id = try document.value(of: FactAddress(file: fact.file, path: [.key("id")]))?.value
        {
            return RoleProfilePage(catalogue: catalogue, role: try catalogue.requireRole(.init(rawValue: id))).render()
        }
        if fact.file.hasPrefix("service-models/") || fact.file == "team-parameters.yaml" {
            return DesignStartPage(catalogue: catalogue).render()
        }
        switch fact.file {
        case "figures.yaml", "groups.yaml": return HomePage(catalogue: catalogue).render()
        case "sources.yaml": return SourcesPage(catalogue: catalogue).render()
        case "routes.yaml": return CareerMapPage(catalogue: catalogue).render()
        case "entry-points.yaml", "rules.yaml": return CareerStartPage(catalogue: catalogue).render()
        default: return RolesIndexPage(catalogue: catalogue, filter: RoleFilter()).render()
        }
    }
}
