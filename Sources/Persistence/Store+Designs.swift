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
    public func save(_ design: TeamDesign, model: String) async throws -> SavedDesign {
        let saved = SavedDesign(id: Store.newDesignID(), createdAt: Store.timestamp(), design: design)
        let details = String(decoding: try Store.jsonEncoder.encode(design), as: UTF8.self)
        try await withConnection { db in
            try await db.insert(into: "designs")
                .columns("id", "created_at", "catalogue_version", "service_model", "details", "model_mps")
                .values(
                    SQLBind(saved.id), SQLBind(saved.createdAt), SQLBind(design.catalogueVersion),
                    SQLBind(design.service.rawValue), SQLBind(details), SQLBind(model)
                )
                .run()
        }
        return saved
    }

    /// The saved design with this id, or nil if there is none.
    public func design(id: String) async throws -> SavedDesign? {
        guard Store.isDesignID(id) else { return nil }
        return try await withConnection { db in
            guard
                let row = try await db.select().columns("id", "created_at", "details").from("designs")
                    .where("id", .equal, SQLBind(id)).first()
            else { return nil }
            let details = try row.decode(column: "details", as: String.self)
            let design: TeamDesign
            do {
                design = try JSONDecoder().decode(TeamDesign.self, from: Data(details.utf8))
            } catch {
                throw StoreError.corruptRow(table: "designs", id: id, reason: String(describing: error))
            }
            return SavedDesign(
                id: try row.decode(column: "id", as: String.self),
                createdAt: try row.decode(column: "created_at", as: String.self), design: design)
        }
    }

    /// The optimisation model saved with a design, as MPS text, or nil if there is no such design.
    public func designModel(id: String) async throws -> String? {
        guard Store.isDesignID(id) else { return nil }
        return try await withConnection { db in
            try await db.select().column("model_mps").from("designs").where("id", .equal, SQLBind(id)).first()
                .map { try $0.decode(column: "model_mps", as: String.self) }
        }
    }

    /// 26 characters of lower-case base-32 from 128 random bits: long enough that nobody can guess a link.
    static func newDesignID() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var bits = (
            UInt64.random(in: .min ... .max, using: &generator), UInt64.random(in: .min ... .max, using: &generator)
        )
        var characters: [Character] = []
        for _ in 0..<26 {
            characters.append(alphabet[Int(bits.0 & 31)])
            bits.0 = (bits.0 >> 5) | (bits.1 << 59)
            bits.1 >>= 5
        }
        return String(characters)
    }

    /// Whether `id` could be a design id (checked before touching the database).
    public static func isDesignID(_ id: String) -> Bool {
        id.count == 26 && id.allSatisfy { "abcdefghijkmnpqrstuvwxyz23456789".contains($0) }
    }
}
