import HTTPTypes
import Hummingbird
import NIOCore
import Pages
import Workforce

/// The HTML pages. Each handler decodes the request, asks the domain, and renders a page model.
struct SiteController<Context: RequestContext> {
    let snapshot: CatalogueSnapshot
    let pool: ComputePool

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.home.pattern)) { _, _ in
            html(snapshot.cached("/") { HomePage(catalogue: $0).render().byteBuffer })
        }
        router.get(RouterPath(SiteRoute.Endpoint.roles.pattern)) { request, _ in
            let filter = try request.roleFilter(catalogue: snapshot.catalogue)
            return html(
                snapshot.cached(SiteRoute.roles(filter).path) {
                    RolesIndexPage(catalogue: $0, filter: filter).render().byteBuffer
                })
        }
        router.get(RouterPath(SiteRoute.Endpoint.role.pattern)) { _, context in
            let id = Role.ID(rawValue: try context.parameters.require("id"))
            return html(
                try snapshot.cached(SiteRoute.role(id).path) { catalogue in
                    RoleProfilePage(catalogue: catalogue, role: try catalogue.requireRole(id)).render().byteBuffer
                }
            )
        }
        router.get(RouterPath(SiteRoute.Endpoint.introducing.pattern)) { request, context in
            let id = Role.ID(rawValue: try context.parameters.require("id"))
            let role = try snapshot.catalogue.requireRole(id)
            do {
                let query = try BusinessCaseQuery(pairs: try request.queryPairs())
                return html(try await introducing(role, query: query))
            } catch let error as WorkforceError {
                guard case .invalidDesign(let field, let message) = error else { throw error }
                // The page again, with the message beside the field at fault.
                let catalogue = snapshot.catalogue
                let page = IntroducingRolePage(
                    catalogue: catalogue, introduction: RoleIntroduction(role: role, catalogue: catalogue),
                    problem: (field, message.prefix(1).uppercased() + message.dropFirst()))
                return Response(
                    status: .unprocessableContent, headers: [.contentType: "text/html; charset=utf-8"],
                    body: .init(byteBuffer: page.render().byteBuffer))
            }
        }
        router.get(RouterPath(SiteRoute.Endpoint.compare.pattern)) { request, _ in
            let ids = try request.queryPairs().filter { $0.name == "roles" && !$0.value.isEmpty }.map {
                Role.ID(rawValue: $0.value)
            }
            return html(
                try snapshot.cached(SiteRoute.compare(ids).path) { catalogue in
                    for id in ids { _ = try catalogue.requireRole(id) }
                    let comparison = ids.count < 2 ? nil : try RoleComparison(ids: ids, in: catalogue)
                    return ComparePage(catalogue: catalogue, selected: ids, comparison: comparison).render().byteBuffer
                }
            )
        }
        router.get(RouterPath(SiteRoute.Endpoint.sources.pattern)) { _, _ in
            html(snapshot.cached("/sources") { SourcesPage(catalogue: $0).render().byteBuffer })
        }
        router.get(RouterPath(SiteRoute.Endpoint.favicon.pattern)) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "image/svg+xml", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: ByteBuffer(string: Favicon.svg))
            )
        }
        router.get(RouterPath(SiteRoute.Endpoint.stylesheet.pattern)) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css))
            )
        }
    }
}

extension SiteController {
    /// The introducing page for `query`, cached by its address; its business case is solved on the compute pool.
    func introducing(_ role: Role, query: BusinessCaseQuery) async throws -> ByteBuffer {
        try await snapshot.cached(SiteRoute.introducing(role.id, query).path) { catalogue in
            // The role as this catalogue has it: an edit published since the request began must not be cached stale.
            IntroducingRolePage(
                catalogue: catalogue,
                introduction: RoleIntroduction(role: try catalogue.requireRole(role.id), catalogue: catalogue),
                query: query,
                businessCase: try await businessCase(role.id, query: query, catalogue: catalogue, pool: pool)
            ).render().byteBuffer
        }
    }
}

/// The business case `query` asks for, solved on the compute pool (it runs the designer's linear program).
func businessCase(_ role: Role.ID, query: BusinessCaseQuery, catalogue: Catalogue, pool: ComputePool) async throws
    -> BusinessCase?
{
    try await pool.run { deadline in
        Result { () throws(WorkforceError) in
            try TeamDesigner(catalogue: catalogue, deadline: deadline).businessCase(role: role, query: query)
        }
    }.get()
}

func html(_ body: ByteBuffer) -> Response {
    Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
}

func json(_ body: ByteBuffer) -> Response {
    Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
}

extension String {
    var byteBuffer: ByteBuffer { ByteBuffer(string: self) }
}

extension HTTPFields {
    /// For saved designs and projections, whose private address is their only key: keep them out of caches,
    /// search engines and Referer headers.
    static var privateDocument: HTTPFields {
        [
            .cacheControl: "private, no-store", HTTPField.Name("X-Robots-Tag")!: "noindex",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
    }
}
