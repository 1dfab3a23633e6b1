import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Tags every public answer with the catalogue revision and day it was made from (an ETag), and answers a
/// conditional request whose tag still matches with 304 and no body. Private answers are left alone: the
/// editors' pages, answers that set a cookie or must not be stored, health and metrics.
struct ConditionalGetMiddleware<Context: RequestContext>: RouterMiddleware {
    let snapshot: CatalogueSnapshot

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let path = request.uri.path
        if path.hasPrefix("/editor") || path == "/healthz" || path == "/metrics" {
            return try await next(request, context)
        }
        var response = try await next(request, context)
        guard response.status == .ok, response.headers[.setCookie] == nil,
            response.headers[.cacheControl]?.contains("no-store") != true
        else { return response }
        let tag = snapshot.revisionTag
        response.headers[.eTag] = tag
        let asked = request.headers[values: .ifNoneMatch].flatMap { $0.split(separator: ",") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if asked.contains(tag) || asked.contains("W/" + tag) || asked.contains("*") {
            var headers = HTTPFields()
            headers[.eTag] = tag
            if let cacheControl = response.headers[.cacheControl] { headers[.cacheControl] = cacheControl }
            return Response(status: .notModified, headers: headers, body: .init(byteBuffer: ByteBuffer()))
        }
        return response
    }
}
