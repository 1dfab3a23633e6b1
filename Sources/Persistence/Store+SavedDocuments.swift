import Foundation
import SQLKit

/// Saved designs and projections: JSON documents behind private ids.
extension Store {
    /// Inserts a JSON document with a new private id and the time; `columns` and `values` add searchable fields.
    /// With an idempotency key, a key already used returns the document saved under it instead (nil createdAt),
    /// or throws `IdempotencyConflict` when it was used for another request. No lock is held across statements:
    /// the document goes in, then the key claims it in one statement (`ON CONFLICT DO NOTHING`); a key another
    /// request claimed first removes this document again.
    func saveDocument<T: Encodable>(
        _ value: T, table: String, columns: [String], values: [String], idempotency: IdempotencyKey? = nil
    ) async throws -> (id: String, createdAt: String?) {
        let id = Store.newPrivateID()
        let createdAt = Store.timestamp()
        let details = String(decoding: try Store.jsonEncoder.encode(value), as: UTF8.self)
        let insert: @Sendable (any SQLDatabase) async throws -> Void = { db in
            try await db.insert(into: table)
                .columns(["id", "created_at"] + columns + ["format", "details"])
                .values(
                    [SQLBind(id), SQLBind(createdAt)] + values.map { SQLBind($0) }
                        + [SQLBind(Store.savedDocumentFormat), SQLBind(details)]
                )
                .run()
        }
        guard let idempotency else {
            try await withConnection(insert)
            return (id, createdAt)
        }
        return try await withConnection { db in
            try await insert(db)
            let claimed = try await db.raw(
                """
                INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, document_id, created_at)
                VALUES (\(bind: idempotency.scope), \(bind: idempotency.key), \(bind: idempotency.requestHash),
                    \(bind: id), \(bind: createdAt))
                ON CONFLICT (scope, idempotency_key) DO NOTHING RETURNING document_id
                """
            ).first()
            if claimed != nil { return (id, createdAt) }
            try await db.delete(from: table).where("id", .equal, SQLBind(id)).run()
            guard
                let earlier = try await db.select().columns("document_id", "request_hash").from("idempotency_keys")
                    .where("scope", .equal, SQLBind(idempotency.scope))
                    .where("idempotency_key", .equal, SQLBind(idempotency.key)).first()
            else { throw StoreError.unavailable(reason: "an idempotency key vanished while it was read") }
            guard try earlier.decode(column: "request_hash", as: String.self) == idempotency.requestHash else {
                throw IdempotencyConflict()
            }
            return (try earlier.decode(column: "document_id", as: String.self), nil)
        }
    }

    /// The row format `saveDocument` writes: format 1 is `DesignRow1` and `ProjectionRow1`, the JSON a `TeamDesign`
    /// and a `ProjectionReport` encoded to in December 2026, kept as fixtures in the tests. A change that cannot
    /// write those shapes adds format 2 and keeps the decoder for format 1.
    static let savedDocumentFormat = 1

    /// Reads back a document saved by `saveDocument`: `read` turns the row's JSON into the value for the format
    /// the row records, or answers nil for a format this version does not know.
    func savedDocument<T: Sendable>(
        table: String, id: String, read: @escaping @Sendable (_ format: Int, _ details: Data) throws -> T?
    ) async throws -> (id: String, createdAt: String, value: T)? {
        guard Store.isPrivateID(id) else { return nil }
        return try await withConnection { db in
            guard
                let row = try await db.select().columns("id", "created_at", "format", "details").from(table)
                    .where("id", .equal, SQLBind(id)).first()
            else { return nil }
            let format = try row.decode(column: "format", as: Int.self)
            let details = try row.decode(column: "details", as: String.self)
            let value: T?
            do {
                value = try read(format, Data(details.utf8))
            } catch {
                throw StoreError.corruptRow(table: table, id: id, reason: String(String(describing: error).prefix(500)))
            }
            guard let value else {
                throw StoreError.corruptRow(
                    table: table, id: id, reason: "it is in row format \(format), which this version cannot read")
            }
            return (
                try row.decode(column: "id", as: String.self), try row.decode(column: "created_at", as: String.self),
                value
            )
        }
    }

    /// A document that an idempotency key points to, which must exist.
    func existing<T>(_ document: T?, table: String, id: String) throws -> T {
        guard let document else {
            throw StoreError.corruptRow(table: table, id: id, reason: "an idempotency key points to a missing row")
        }
        return document
    }

    /// 26 characters of lower-case base-32 from 128 random bits: long enough that nobody can guess a link.
    public static func newPrivateID() -> String {
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
