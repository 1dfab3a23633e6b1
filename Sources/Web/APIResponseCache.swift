import Foundation
import HTTPTypes
import Hummingbird
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
        "getOpenAPI", "getReferenceComparison",
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
        let key = Self.key(path)
        let (catalogue, hit) = snapshot.cachedBody(key)
        if let hit { return (Self.head, HTTPBody(hit.readableBytesView)) }
        let (response, responseBody) = try await APIService.$catalogue.withValue(catalogue) {
            try await next(request, body, metadata)
        }
        guard response.status == .ok, let responseBody else { return (response, responseBody) }
        // The body is this server's own encoded answer, so it is read whole; only one within the limit is kept.
        let bytes = try await ByteBuffer(bytes: [UInt8](collecting: responseBody, upTo: .max))
        guard bytes.readableBytes <= Self.largestBody else { return (response, HTTPBody(bytes.readableBytesView)) }
        snapshot.keep(bytes, as: key, for: catalogue)
        return (response, HTTPBody(bytes.readableBytesView))
    }

    private static let head = HTTPResponse(
        status: .ok, headerFields: [.contentType: "application/json; charset=utf-8"])

    /// The cache key of a request's path and query.
    static func key(_ pathAndQuery: String) -> String { "api " + pathAndQuery }
}

/// Answers a GET that `APIResponseCache` has already answered, from the cache, before the request is converted
/// for the generated server: on a hit, a lookup is all a request costs (measured in Benchmarks/http). Only
/// bodies the generated handlers made are ever found here; everything else goes on to them.
struct APICachedAnswerMiddleware<Context: RequestContext>: RouterMiddleware {
    let snapshot: CatalogueSnapshot

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head, let path = request.head.path,
            path.hasPrefix("/api/v1/"), case (_, let body?) = snapshot.cachedBody(APIResponseCache.key(path))
        else { return try await next(request, context) }
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }
}
