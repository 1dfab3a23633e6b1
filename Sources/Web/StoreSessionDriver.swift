import Crypto
import Foundation
import Hummingbird
import Persistence

/// HummingbirdAuth's sessions kept in the Store, so that every instance sharing the database knows every
/// session. The database holds only the SHA-256 of each cookie value, never the value itself.
struct StoreSessionDriver: PersistDriver {
    let store: Store

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await set(key: key, value: value, expires: expires)
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let details = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let expiresAt = expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
        if expires == nil, try await store.session(keyHash: Self.hash(key)) != nil {
            try await store.updateSession(keyHash: Self.hash(key), details: details, expiresAt: nil)
        } else {
            try await store.putSession(keyHash: Self.hash(key), details: details, expiresAt: expiresAt)
        }
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (
        object: Object, ttl: Duration?
    )? {
        guard let found = try await store.session(keyHash: Self.hash(key)) else { return nil }
        guard let object = try? JSONDecoder().decode(Object.self, from: Data(found.details.utf8)) else {
            throw PersistError.invalidConversion
        }
        return (object, found.expiresAt.map { .seconds(max(0, $0.timeIntervalSinceNow)) })
    }

    func remove(key: String) async throws {
        try await store.removeSession(keyHash: Self.hash(key))
    }

    func run() async throws {}

    /// Lower-case hex SHA-256 of a secret token.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
