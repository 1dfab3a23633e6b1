import Hummingbird
import NIOCore
import Pages
import Workforce

/// The shortlist: up to five roles kept in a cookie (no account). The page is private to its reader; changes come
/// from the buttons on role pages and on the shortlist itself, through the cross-site checks every form passes.
struct ShortlistController {
    let snapshot: CatalogueSnapshot
    let limits: RequestLimits
    let secureCookies: Bool

    static let cookie = "skillmix-shortlist"
    /// A year: the list is the reader's, on their device.
    static let cookieSeconds = 365 * 24 * 3600

    func register(with router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Endpoint.shortlist.pattern)) { request, _ in
            let catalogue = snapshot.catalogue
            let shortlist = Shortlist(cookie: request.cookie(Self.cookie), known: Set(catalogue.roles.map(\.id)))
            return Self.page(ShortlistPage(catalogue: catalogue, shortlist: shortlist), status: .ok)
        }
        router.post(RouterPath(SiteRoute.Endpoint.shortlist.pattern)) { request, _ in
            let catalogue = snapshot.catalogue
            let known = Set(catalogue.roles.map(\.id))
            var shortlist = Shortlist(cookie: request.cookie(Self.cookie), known: known)
            let form = try await EditorController.form(request, limits)
            guard let change = form[ShortlistPage.Field.change].flatMap(Shortlist.Change.init(rawValue:)) else {
                throw AppError(
                    status: .badRequest, title: "The form could not be read",
                    detail: "The field \(ShortlistPage.Field.change) must be add or remove.")
            }
            let role = Role.ID(rawValue: form[ShortlistPage.Field.role] ?? "")
            do throws(Shortlist.Problem) {
                try shortlist.apply(change, role, known: known)
            } catch Shortlist.Problem.full {
                return Self.page(
                    ShortlistPage(
                        catalogue: catalogue, shortlist: shortlist,
                        problem: "Your shortlist already holds \(Shortlist.limit) roles. Remove one, then add "
                            + "\(catalogue.role(role)?.name ?? "the role") again."),
                    status: .conflict)
            } catch Shortlist.Problem.unknownRole {
                throw AppError(
                    status: .unprocessableContent, title: "No such role",
                    detail: "The field \(ShortlistPage.Field.role) must name one of the 19 roles; see /roles.")
            }
            var response = EditorController.redirect(to: .shortlist)
            let age = shortlist.roles.isEmpty ? 0 : Self.cookieSeconds
            response.headers[.setCookie] =
                "\(Self.cookie)=\(shortlist.cookieValue); Path=/; Max-Age=\(age); HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : "")
            return response
        }
    }

    /// The reader's own page: never stored by caches.
    static func page(_ page: ShortlistPage, status: HTTPResponse.Status) -> Response {
        var response = html(page.render().byteBuffer)
        response.status = status
        response.headers[.cacheControl] = "private, no-store"
        return response
    }
}
