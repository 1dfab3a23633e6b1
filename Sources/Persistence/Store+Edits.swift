import Foundation
import SQLKit
import Workforce

/// Editors' changes to the catalogue: drafts, reviews and the published revisions. Each row keeps its own format
/// (`format`, now 1); a fact's value is stored as `StoredFactValue`, never as a domain type's `Codable` shape.
extension Store {
    /// A fact's value as rows store it (format 1).
    private struct StoredFactValue: Codable {
        var value: String
        var text: Bool
        var sources: [String]
        var carriesSources: Bool
        var uncertainty: String?

        init(_ value: FactValue) {
            self.value = value.value
            text = value.isText
            sources = value.sources.map(\.rawValue)
            carriesSources = value.carriesSources
            uncertainty = value.uncertainty
        }

        var factValue: FactValue {
            FactValue(
                value: value, isText: text, sources: sources.map { Source.ID(rawValue: $0) },
                carriesSources: carriesSources, uncertainty: uncertainty)
        }

        static func encode(_ value: FactValue?) throws -> String? {
            try value.map { String(decoding: try Store.jsonEncoder.encode(StoredFactValue($0)), as: UTF8.self) }
        }
    }

    private struct EditRow: Codable {
        static let format = 1
        var id: String
        var format: Int
        var fact: String
        var kind: String
        var proposed: String
        var before_value: String?
        var checked_on: String
        var reason: String
        var author: String
        var created_at: String
        var updated_at: String
        var status: String
        var version: Int
        var based_on: Int
        var revision: Int?
        var published_at: String?
        var reviewer: String?
        var review_comment: String?
        var bundle_value: String?
        var conflict: String?

        init(_ edit: CatalogueEdit) throws {
            id = edit.id.rawValue
            format = Self.format
            fact = edit.fact.description
            kind = edit.kind.rawValue
            proposed = try StoredFactValue.encode(edit.proposed) ?? ""
            before_value = try StoredFactValue.encode(edit.before)
            checked_on = edit.checked.description
            reason = edit.reason
            author = edit.author
            created_at = edit.createdAt
            updated_at = edit.updatedAt
            status = edit.status.rawValue
            version = edit.version
            based_on = edit.basedOn
            revision = edit.revision
            published_at = edit.publishedAt
            reviewer = edit.reviewer
            review_comment = edit.reviewComment
            bundle_value = edit.bundleValue
            conflict = edit.conflict
        }

        func edit() throws -> CatalogueEdit {
            func corrupt(_ reason: String) -> StoreError {
                StoreError.corruptRow(table: "catalogue_edits", id: id, reason: reason)
            }
            guard format == Self.format else { throw corrupt("unknown row format \(format)") }
            guard let address = FactAddress(fact), let kind = CatalogueEdit.Kind(rawValue: kind),
                let status = CatalogueEdit.Status(rawValue: status), let checked = CalendarDay(checked_on)
            else { throw corrupt("unknown fact, kind, status or day") }
            let decoder = JSONDecoder()
            func value(_ text: String) throws -> FactValue {
                do {
                    return try decoder.decode(StoredFactValue.self, from: Data(text.utf8)).factValue
                } catch {
                    throw corrupt("a value cannot be read")
                }
            }
            return CatalogueEdit(
                id: .init(rawValue: id), fact: address, kind: kind, proposed: try value(proposed),
                before: try before_value.map(value), checked: checked, reason: reason, author: author,
                createdAt: created_at, updatedAt: updated_at, status: status, version: version, basedOn: based_on,
                revision: revision, publishedAt: published_at, reviewer: reviewer, reviewComment: review_comment,
                bundleValue: bundle_value, conflict: conflict)
        }
    }

    /// What saving a draft did.
    public enum DraftOutcome: Sendable {
        case saved(CatalogueEdit)
        /// Another open draft of the same fact exists: the second editor is told of the first.
        case otherDraft(CatalogueEdit)
        /// The fact was published again since the form was opened (the latest change is given), or the draft
        /// was changed or reviewed since (nil).
        case stale(CatalogueEdit?)
    }

    /// Saves a new draft (`expectedVersion` nil) or a new version of its author's open draft. Refused, without
    /// saving anything, when another draft of the fact is open or the form is stale.
    public func saveDraft(_ edit: CatalogueEdit, expectedVersion: Int?) async throws -> DraftOutcome {
        try await withWriteTransaction { db in
            let latest = try await Store.latestPublished(edit.fact, in: db)
            if (latest?.revision ?? 0) != edit.basedOn { return .stale(latest) }
            let open = try await db.select().column("*").from("catalogue_edits")
                .where("fact", .equal, SQLBind(edit.fact.description))
                .where("status", .in, SQLBind.group(["waiting", "returned"]))
                .all(decoding: EditRow.self).map { try $0.edit() }
            if let other = open.first(where: { $0.id != edit.id }) { return .otherDraft(other) }
            var saved = edit
            saved.status = .waiting
            saved.updatedAt = Store.timestamp()
            if let expectedVersion {
                guard let mine = open.first(where: { $0.id == edit.id }), mine.version == expectedVersion,
                    mine.author == edit.author
                else { return .stale(nil) }
                saved.version = expectedVersion + 1
                saved.createdAt = mine.createdAt
                try await db.delete(from: "catalogue_edits").where("id", .equal, SQLBind(edit.id.rawValue)).run()
            } else {
                saved.version = 1
            }
            try await db.insert(into: "catalogue_edits").model(try EditRow(saved)).run()
            return .saved(saved)
        }
    }

    private static func latestPublished(_ fact: FactAddress, in db: any SQLDatabase) async throws -> CatalogueEdit? {
        try await db.select().column("*").from("catalogue_edits").where("fact", .equal, SQLBind(fact.description))
            .where("status", .equal, SQLBind("published")).orderBy("revision", .descending).limit(1)
            .first(decoding: EditRow.self).map { try $0.edit() }
    }

    /// The highest revision given so far (0 before the first). The unique index on `revision` stops two
    /// instances giving the same one.
    private static func lastRevision(in db: any SQLDatabase) async throws -> Int {
        guard
            let row = try await db.select().column(SQLFunction("MAX", args: SQLColumn("revision")), as: "n")
                .from("catalogue_edits").first(), !(try row.decodeNil(column: "n"))
        else { return 0 }
        return try row.decode(column: "n", as: Int.self)
    }

    /// The latest published change of a fact, or nil when it is as bundled.
    public func latestPublished(_ fact: FactAddress) async throws -> CatalogueEdit? {
        try await withConnection { db in try await Store.latestPublished(fact, in: db) }
    }

    public func edit(_ id: CatalogueEdit.ID) async throws -> CatalogueEdit? {
        try await withConnection { db in
            try await db.select().column("*").from("catalogue_edits").where("id", .equal, SQLBind(id.rawValue))
                .first(decoding: EditRow.self).map { try $0.edit() }
        }
    }

    /// Changes with one of these statuses, the longest waiting first.
    public func edits(_ statuses: [CatalogueEdit.Status], limit: Int = 500) async throws -> [CatalogueEdit] {
        try await withConnection { db in
            try await db.select().column("*").from("catalogue_edits")
                .where("status", .in, SQLBind.group(statuses.map(\.rawValue))).orderBy("updated_at").limit(limit)
                .all(decoding: EditRow.self).map { try $0.edit() }
        }
    }

    /// Every change of one fact, newest first.
    public func history(of fact: FactAddress) async throws -> [CatalogueEdit] {
        try await withConnection { db in
            try await db.select().column("*").from("catalogue_edits").where("fact", .equal, SQLBind(fact.description))
                .orderBy("created_at", .descending).limit(500).all(decoding: EditRow.self).map { try $0.edit() }
        }
    }

    /// Every published change, in the order of their revisions: applied to the bundle, they make the catalogue.
    public func publishedEdits() async throws -> [CatalogueEdit] {
        try await withConnection { db in
            try await db.select().column("*").from("catalogue_edits").where("status", .equal, SQLBind("published"))
                .orderBy("revision").all(decoding: EditRow.self).map { try $0.edit() }
        }
    }

    /// What a review did.
    public enum ReviewOutcome: Sendable, Equatable {
        case done(revision: Int?)
        /// The change is not waiting for review (already reviewed, withdrawn, or changed since the page was shown).
        case stale
        /// A reviewer cannot review their own change.
        case ownChange
    }

    /// Approves (publishing it as the next revision, with the bundle's value of the fact for later conflict checks)
    /// or returns a waiting change.
    public func review(
        _ id: CatalogueEdit.ID, version: Int, reviewer: String, approve: Bool, comment: String?, bundleValue: String?
    ) async throws -> ReviewOutcome {
        try await withWriteTransaction { db in
            guard
                let edit = try await db.select().column("*").from("catalogue_edits")
                    .where("id", .equal, SQLBind(id.rawValue)).first(decoding: EditRow.self).map({ try $0.edit() }),
                edit.status == .waiting, edit.version == version
            else { return .stale }
            guard edit.author != reviewer else { return .ownChange }
            let now = Store.timestamp()
            let update = db.update("catalogue_edits").set("reviewer", to: SQLBind(reviewer))
                .set("review_comment", to: SQLBind(comment)).set("updated_at", to: SQLBind(now))
                .set("version", to: SQLBind(version + 1))
            guard approve else {
                try await update.set("status", to: SQLBind("returned")).where("id", .equal, SQLBind(id.rawValue)).run()
                return .done(revision: nil)
            }
            if (try await Store.latestPublished(edit.fact, in: db)?.revision ?? 0) != edit.basedOn { return .stale }
            let last = try await Store.lastRevision(in: db)
            try await update.set("status", to: SQLBind("published")).set("revision", to: SQLBind(last + 1))
                .set("published_at", to: SQLBind(now)).set("bundle_value", to: SQLBind(bundleValue))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            return .done(revision: last + 1)
        }
    }

    /// Withdraws its author's open draft; false when it is not theirs, not open, or changed since.
    public func withdraw(_ id: CatalogueEdit.ID, version: Int, author: String) async throws -> Bool {
        try await withWriteTransaction { db in
            guard
                let edit = try await db.select().column("*").from("catalogue_edits")
                    .where("id", .equal, SQLBind(id.rawValue)).first(decoding: EditRow.self).map({ try $0.edit() }),
                edit.status.isOpen, edit.version == version, edit.author == author
            else { return false }
            try await db.update("catalogue_edits").set("status", to: SQLBind("withdrawn"))
                .set("version", to: SQLBind(version + 1)).set("updated_at", to: SQLBind(Store.timestamp()))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            return true
        }
    }

    /// Records what a newer bundle says of each fact we changed (`conflict`), or clears it (nil).
    public func setConflicts(_ conflicts: [(CatalogueEdit.ID, String?)]) async throws {
        guard !conflicts.isEmpty else { return }
        try await withWriteTransaction(patience: .seconds(120)) { db in
            for (id, conflict) in conflicts {
                try await db.update("catalogue_edits").set("conflict", to: SQLBind(conflict))
                    .where("id", .equal, SQLBind(id.rawValue)).run()
            }
        }
    }

    /// Keeps our change over a newer bundle's: the bundle's value becomes the one later bundles are compared with.
    public func keepOurs(_ id: CatalogueEdit.ID, bundleValue: String?) async throws -> Bool {
        try await withWriteTransaction { db in
            guard
                try await db.select().column("id").from("catalogue_edits").where("id", .equal, SQLBind(id.rawValue))
                    .where("conflict", .isNot, SQLLiteral.null).first() != nil
            else { return false }
            try await db.update("catalogue_edits").set("conflict", to: SQLLiteral.null)
                .set("bundle_value", to: SQLBind(bundleValue)).where("id", .equal, SQLBind(id.rawValue)).run()
            return true
        }
    }

    /// Publishes a change at once, without review: used when editors resolve a conflict by taking the bundle's
    /// value, which the bundle's own review has passed. Clears the conflict it resolves.
    public func publishResolution(_ edit: CatalogueEdit, resolving: CatalogueEdit.ID) async throws -> Int {
        try await withWriteTransaction { db in
            let last = try await Store.lastRevision(in: db)
            var published = edit
            published.status = .published
            published.revision = last + 1
            published.publishedAt = Store.timestamp()
            try await db.insert(into: "catalogue_edits").model(try EditRow(published)).run()
            try await db.update("catalogue_edits").set("conflict", to: SQLLiteral.null)
                .where("id", .equal, SQLBind(resolving.rawValue)).run()
            return last + 1
        }
    }
}
