import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Persistence

/// What every save passes first: the idempotency key (a retry gets the document saved the first time) and
/// the per-address limit on saves, both kept in the database so that they hold across instances.
struct SaveGuard: Sendable {
    let store: Store
    let limits: RequestLimits

    enum Admission: Sendable {
        /// Go on and save, under this key if the client sent one.
        case proceed(IdempotencyKey?)
        /// The same request was saved before under its key: answer with that document.
        case replay(documentID: String)
    }

    /// Checks the `Idempotency-Key` the request sent (if any) and counts the save against the client's hourly limit.
    func admit(idempotencyKey sent: String?, client: String, scope: String, body: String) async throws -> Admission {
        var key: IdempotencyKey?
        if let sent {
            guard (1...200).contains(sent.utf8.count),
                sent.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) })
            else {
                throw AppError(
                    status: .badRequest, title: "The Idempotency-Key header cannot be used",
                    detail: "Send 1 to 200 visible ASCII characters, such as a UUID.")
            }
            key = IdempotencyKey(scope: "\(scope) \(client)", key: sent, requestHash: Self.fingerprint(body))
        }
        if let key, let earlier = try await store.idempotentSave(scope: key.scope, key: key.key) {
            guard earlier.requestHash == key.requestHash else { throw AppError.idempotencyConflict }
            return .replay(documentID: earlier.documentID)
        }
        try await countWrite(client: client)
        return .proceed(key)
    }

    /// Counts one save against the client's hourly limit, or throws 429 with `Retry-After`.
    func countWrite(client: String) async throws {
        guard limits.writesPerHour > 0 else { return }
        try await count(client: client, perHour: limits.writesPerHour, what: "saves", things: "designs and projections")
    }

    /// Counts one of `things` from `client` against `perHour`, or throws 429 with `Retry-After`; nothing is
    /// saved when it throws.
    func count(client: String, perHour: Int, what: String, things: String) async throws {
        let allowance = try await store.recordWrite(client: client, perHour: perHour)
        guard allowance.allowed else {
            throw AppError(
                status: .tooManyRequests, title: "Too many \(what) from your address",
                detail: "Skillmix takes at most \(perHour) \(things) an hour from one address. Nothing was saved; "
                    + "try again later.",
                headers: [.retryAfter: "\(allowance.retryAfterSeconds)"])
        }
    }

    /// The address saves are counted by: the peer's or, behind a trusted proxy, the last X-Forwarded-For entry
    /// (the one the proxy wrote; earlier entries are whatever the client sent).
    func client(of request: Request, context: some RemoteAddressRequestContext) -> String {
        if limits.trustForwardedFor, let forwarded = request.headers[values: .xForwardedFor].last,
            let last = forwarded.split(separator: ",").last
        {
            return Self.clientKey(String(last.trimmingCharacters(in: .whitespaces).prefix(64)))
        }
        return context.remoteAddress?.ipAddress.map(Self.clientKey) ?? "local"
    }

    /// An IPv4 address as it is; an IPv6 address by its /64, since one subscriber usually holds a whole /64 and
    /// could otherwise take a fresh quota from each of its addresses.
    static func clientKey(_ address: String) -> String {
        guard address.contains(":"), let parsed = try? SocketAddress(ipAddress: address, port: 0),
            case .v6(let v6) = parsed
        else { return address }
        let prefix = withUnsafeBytes(of: v6.address.sin6_addr) { bytes in
            bytes.prefix(8).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        }
        return prefix + "::/64"
    }

    /// FNV-1a over the body: enough to tell a changed request from a retried one (a client reusing its own
    /// key), with no need for a cryptographic hash.
    static func fingerprint(_ body: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

extension AppError {
    static let idempotencyConflict = AppError(
        status: .unprocessableContent, title: "This Idempotency-Key was used for another request",
        detail: "A key stands for one request. Send a new key with a changed request.")
}
