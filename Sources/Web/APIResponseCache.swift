import Foundation
import HTTPTypes
import NIOCore
import OpenAPIRuntime
import Workforce

/// Keeps the encoded body of every successful GET answer of the generated API that is made from the catalogue
/// alone, per catalogue revision (the cache `CatalogueSnapshot` keeps for pages), so that a repeated request
/// costs a lookup rather than a mapping and an encoding. Answers about saved documents are not cached.
struct APIResponseCache: ServerMiddleware {
    let snapshot: CatalogueSnapshot

    /// The operations whose answer depends only on the catalogue (or on nothing) and the request's path and query.
    static let cacheable: Set<String> = [
        "listRoles", "getRole", "listGroups", "listEntryPoints", "listSources", "listRoutes", "findPaths",
        "getInsights",
        "whereCanIStart", "getIntroduction", "getNextSteps", "listServiceModels", "getServiceModel",
        "getOpenAPI",
    ]

    /// The largest body kept (a role with every source is about 20 KB).
    static let largestBody = 4 * 1024 * 1024

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard request.method == .get || request.method == .head, Self.cacheable.contains(operationID),
            let path = request.path
        else { return try await next(request, body, metadata) }
        let key = "api " + path
        let (catalogue, hit) = snapshot.cachedBody(key)
        if let hit { return (Self.head, HTTPBody(hit.readableBytesView)) }
        let (response, responseBody) = try await APIService.$catalogue.withValue(catalogue) {
            try await next(request, body, metadata)
        }
        guard response.status == .ok, let responseBody else { return (response, responseBody) }
        let bytes = try await ByteBuffer(bytes: [UInt8](collecting: responseBody, upTo: Self.largestBody))
        snapshot.keep(bytes, as: key, for: catalogue)
        return (response, HTTPBody(bytes.readableBytesView))
    }

    private static let head = HTTPResponse(
        status: .ok, headerFields: [.contentType: "application/json; charset=utf-8"])
}
