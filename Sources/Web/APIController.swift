import Foundation
import Hummingbird
import NIOCore
import Pages
import Workforce

/// The JSON API under /api/v1, documented by openapi.json.
struct APIController<Context: RequestContext> {
    let snapshot: CatalogueSnapshot
    let pool: ComputePool

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.apiIntroducing.pattern)) { request, context in
            let id = Role.ID(rawValue: try context.parameters.require("id"))
            _ = try snapshot.catalogue.requireRole(id)
            let query = try BusinessCaseQuery(pairs: try request.apiQueryPairs())
            let body = try await snapshot.cached(SiteRoute.api(.introducing(id, query)).path) { catalogue in
                let figures = try await businessCase(id, query: query, catalogue: catalogue, pool: pool)
                return ByteBuffer(
                    bytes: try APIRepresentation.introduction(
                        try catalogue.requireRole(id), businessCase: figures, query: query, catalogue: catalogue))
            }
            return Web.json(body)
        }
        router.get(RouterPath(SiteRoute.Endpoint.apiNextSteps.pattern)) { request, context in
            try request.rejectQuery()
            let id = Role.ID(rawValue: try context.parameters.require("id"))
            return Web.json(
                try snapshot.cached(SiteRoute.api(.nextSteps(id)).path) { catalogue in
                    ByteBuffer(
                        bytes: try APIRepresentation.nextSteps(try catalogue.requireRole(id), catalogue: catalogue))
                })
        }
        router.get(RouterPath(SiteRoute.Endpoint.apiOpenAPI.pattern)) { request, _ in
            try request.rejectQuery()
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
            )
        }
        router.get(RouterPath(SiteRoute.Endpoint.apiOpenAPIYAML.pattern)) { request, _ in
            try request.rejectQuery()
            return Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml))
            )
        }
    }
}

extension Request {
    /// For addresses that take no query: a stray parameter is a mistake worth telling the caller about.
    func rejectQuery() throws {
        if let first = try queryPairs().first {
            throw AppError(
                status: .badRequest, title: "Unexpected query parameter",
                detail:
                    "\(uri.path) takes no query parameters, but \"\(first.name)\" was given. Remove it and try again."
            )
        }
    }
}
