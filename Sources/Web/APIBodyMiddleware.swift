import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// What a generated API handler that saves needs of the HTTP request beyond its typed input: the body exactly
/// as it was sent (the idempotency key's fingerprint) and the client it came from (the hourly limit on saves).
struct APISaveRequest: Sendable {
    var body: String
    var client: String
    /// The Idempotency-Key header as sent (the generated code would percent-decode it).
    var idempotencyKey: String?
}

/// For the API's saving operations and saved documents, ahead of the generated handlers: reads a POST's body
/// with its size and time limits (413 and 408, before anything is decoded; the generated code would read any
/// size), hands it on with the client's address in `APIService.saveRequest`, and marks every answer about a
/// saved document private (no caching, no indexing, no Referer), with its Location as sent.
struct APIBodyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let saves: SaveGuard

    /// The most bytes each saving operation takes.
    static let bodyLimits = [
        "/api/v1/designs": RequestLimits.designBodyBytes, "/api/v1/projections": RequestLimits.projectionBodyBytes,
        "/api/v1/commissioning": RequestLimits.projectionBodyBytes,
    ]
    /// The addresses of saved documents, under which every answer is private.
    static let privatePrefixes = ["/api/v1/designs", "/api/v1/projections", "/api/v1/commissioning"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let path = request.uri.path.routePath
        guard Self.privatePrefixes.contains(where: { path.hasPrefix($0) }) else {
            return try await next(request, context)
        }
        var response: Response
        if request.method == .post, let limit = Self.bodyLimits[path] {
            let text = try await request.bodyText(limit: limit, seconds: saves.limits.bodySeconds)
            var buffered = request
            buffered.body = .init(buffer: ByteBuffer(string: text))
            let save = APISaveRequest(
                body: text, client: saves.client(of: request, context: context),
                idempotencyKey: request.headers[.idempotencyKey])
            response = try await APIService.$saveRequest.withValue(save) { try await next(buffered, context) }
        } else {
            response = try await next(request, context)
        }
        // The generated code percent-encodes header values (apple/swift-openapi-generator#857), which turns
        // Location's slashes into %2F; a saved document's address holds only letters, digits and slashes.
        if let location = response.headers[.location], let decoded = location.removingPercentEncoding {
            response.headers[.location] = decoded
        }
        response.headers.append(contentsOf: HTTPFields.privateDocument)
        return response
    }
}
