import Foundation
import SQLKit

/// Saved designs and projections: JSON documents behind private ids.
extension Store {
    /// Inserts a JSON document with a new private id and the time; `columns` and `values` add searchable fields.
    func saveDocument<T: Encodable>(_ value: T, table: String, columns: [String], values: [String]) async throws
        -> (id: String, createdAt: String)
    {
        let id = Store.newPrivateID()
        let createdAt = Store.timestamp()
        let details = String(decoding: try Store.jsonEncoder.encode(value), as: UTF8.self)
        try await withConnection { db in
            try await db.insert(into: table)
                .columns(["id", "created_at"] + columns + ["details"])
                .values([SQLBind(id), SQLBind(createdAt)] + values.map { SQLBind($0) } + [SQLBind(details)])
                .run()
        }
        return (id, createdAt)
    }

    /// Reads back a document saved by `saveDocument`.
    func savedDocument<T: Decodable & Sendable>(_ type: T.Type, table: String, id: String) async throws -> (
        id: String, createdAt: String, value: T
    )? {
        guard Store.isPrivateID(id) else { return nil }
        return try await withConnection { db in
            guard
                let row = try await db.select().columns("id", "created_at", "details").from(table)
                    .where("id", .equal, SQLBind(id)).first()
            else { return nil }
            let details = try row.decode(column: "details", as: String.self)
            let value: T
            do {
                value = try JSONDecoder().decode(T.self, from: Data(details.utf8))
            } catch {
                throw StoreError.corruptRow(table: table, id: id, reason: String(describing: error))
            }
            return (
                try row.decode(column: "id", as: String.self), try row.decode(column: "created_at", as: String.self),
                value
            )
        }
    }

    /// 26 characters of lower-case base-32 from 128 random bits: long enough that nobody can guess a link.
    static func newPrivateID() -> String {
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

    /// Whether `id` could be a private id (checked before touching the database).
    public static func isPrivateID(_ id: String) -> Bool {
        id.count == 26 && id.allSatisfy { "abcdefghijkmnpqrstuvwxyz23456789".contains($0) }
    }
}
