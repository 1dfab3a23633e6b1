import Foundation
import SQLKit
import Workforce

/// A team design as saved: its private id, when it was saved, and the design with its inputs and the catalogue
/// version it used.
public struct SavedDesign: Hashable, Sendable {
    public var id: String
    public var createdAt: String
    public var design: TeamDesign

    public init(id: String, createdAt: String, design: TeamDesign) {
        self.id = id
        self.createdAt = createdAt
        self.design = design
    }
}

extension Store {
    /// Saves a design, with its optimisation model as MPS text, under a new unguessable id (128 random bits)
    /// and returns what was saved.
    /// With an idempotency key already used in its scope, nothing is saved and the earlier design is returned.
    public func save(_ design: TeamDesign, model: String, idempotency: IdempotencyKey? = nil) async throws
        -> SavedDesign
    {
        let (id, createdAt) = try await saveDocument(
            DesignRow1(design), table: "designs", columns: ["catalogue_version", "service_model", "model_mps"],
            values: [design.catalogueVersion, design.service.rawValue, model], idempotency: idempotency)
        guard let createdAt else { return try await existing(self.design(id: id), table: "designs", id: id) }
        return SavedDesign(id: id, createdAt: createdAt, design: design)
    }

    /// The saved design with this id, or nil if there is none.
    public func design(id: String) async throws -> SavedDesign? {
        let found = try await savedDocument(table: "designs", id: id) { format, details in
            format == 1 ? try JSONDecoder().decode(DesignRow1.self, from: details).design() : nil
        }
        guard let found else { return nil }
        return SavedDesign(id: found.id, createdAt: found.createdAt, design: found.value)
    }

    /// The optimisation model saved with a design, as MPS text, or nil if there is no such design.
    public func designModel(id: String) async throws -> String? {
        guard Store.isPrivateID(id) else { return nil }
        return try await withConnection { db in
            try await db.select().column("model_mps").from("designs").where("id", .equal, SQLBind(id)).first()
                .map { try $0.decode(column: "model_mps", as: String.self) }
        }
    }
}
