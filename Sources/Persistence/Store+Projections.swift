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
    /// With an idempotency key already used in its scope, nothing is saved and the earlier projection is
    /// returned.
    public func save(_ report: ProjectionReport, idempotency: IdempotencyKey? = nil) async throws -> SavedProjection {
        let (id, createdAt) = try await saveDocument(
            ProjectionRow1(report), table: "projections", columns: ["catalogue_version"],
            values: [report.catalogueVersion],
            idempotency: idempotency)
        guard let createdAt else { return try await existing(projection(id: id), table: "projections", id: id) }
        return SavedProjection(id: id, createdAt: createdAt, report: report)
    }

    /// The saved projection with this id, or nil if there is none.
    public func projection(id: String) async throws -> SavedProjection? {
        let found = try await savedDocument(table: "projections", id: id) { format, details in
            format == 1 ? try JSONDecoder().decode(ProjectionRow1.self, from: details).report() : nil
        }
        guard let found else { return nil }
        return SavedProjection(id: found.id, createdAt: found.createdAt, report: found.value)
    }
}
