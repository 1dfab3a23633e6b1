import Foundation
import SQLKit
import Workforce

/// A projection as saved: its private id, when it was saved, and the report with its scenario.
public struct SavedProjection: Hashable, Sendable {
    public var id: String
    public var createdAt: String
    public var report: ProjectionReport
}

extension Store {
    /// Saves a projection under a new unguessable id and returns what was saved.
    public func save(_ report: ProjectionReport) async throws -> SavedProjection {
        let saved = SavedProjection(id: Store.newDesignID(), createdAt: Store.timestamp(), report: report)
        let details = String(decoding: try Store.jsonEncoder.encode(report), as: UTF8.self)
        try await withConnection { db in
            try await db.insert(into: "projections")
                .columns("id", "created_at", "catalogue_version", "details")
                .values(
                    SQLBind(saved.id), SQLBind(saved.createdAt), SQLBind(report.catalogueVersion), SQLBind(details)
                )
                .run()
        }
        return saved
    }

    /// The saved projection with this id, or nil if there is none.
    public func projection(id: String) async throws -> SavedProjection? {
        guard Store.isDesignID(id) else { return nil }
        return try await withConnection { db in
            guard
                let row = try await db.select().columns("id", "created_at", "details").from("projections")
                    .where("id", .equal, SQLBind(id)).first()
            else { return nil }
            let details = try row.decode(column: "details", as: String.self)
            let report: ProjectionReport
            do {
                report = try JSONDecoder().decode(ProjectionReport.self, from: Data(details.utf8))
            } catch {
                throw StoreError.corruptRow(table: "projections", id: id, reason: String(describing: error))
            }
            return SavedProjection(
                id: try row.decode(column: "id", as: String.self),
                createdAt: try row.decode(column: "created_at", as: String.self), report: report)
        }
    }
}
