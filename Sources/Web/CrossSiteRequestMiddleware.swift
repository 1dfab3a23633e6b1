import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Pages

/// Stops another site from making a visitor's browser change anything here, and keeps the API to JSON.
///
/// Forms that change state are accepted when the browser says the request comes from this site
/// (`Sec-Fetch-Site: same-origin`, or `none` for one a person typed), else when `Origin` names this host; a
/// browser that sends neither must return the token the form carried, matching its cookie (SameSite=Strict,
/// so no other site's request carries it). API writes must be `application/json`: a browser cannot send that
/// to another site without asking first, and Skillmix never says yes (415 otherwise).
struct CrossSiteRequestMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Only methods an address takes are checked: any other answers 405 from the router.
    let methods: MethodTable
    let limits: RequestLimits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method != .get, request.method != .head,
            methods.allowed(for: request.uri.path).contains(request.method.rawValue)
        else { return try await next(request, context) }
        if request.uri.path.hasPrefix("/api/") {
            let mediaType = (request.headers[.contentType] ?? "").split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard let mediaType, mediaType == "application/json" || mediaType.hasSuffix("+json") else {
                throw AppError.unsupportedMediaType(request.headers[.contentType])
            }
            return try await next(request, context)
        }
        if let site = request.headers[.secFetchSite] {
            guard site == "same-origin" || site == "none" else { throw AppError.crossSite }
            return try await next(request, context)
        }
        if let origin = request.headers[.origin] {
            let host = origin.split(separator: "://", maxSplits: 1).last.map(String.init) ?? ""
            guard origin != "null", let authority = request.head.authority, host == authority else {
                throw AppError.crossSite
            }
            return try await next(request, context)
        }
        var request = request
        let text = try await request.bodyText(limit: RequestLimits.projectionBodyBytes, seconds: limits.bodySeconds)
        request.body = RequestBody(buffer: ByteBuffer(string: text))  // for the handler to read again
        let sent = try Request.formPairs(text, source: "The form could not be read")
            .first { $0.name == CrossSiteToken.field }?.value
        guard let sent, !sent.isEmpty, sent == request.cookie(CrossSiteToken.cookie) else {
            throw AppError.crossSite
        }
        return try await next(request, context)
    }
}

extension Request {
    /// A cookie's value, or nil.
    func cookie(_ name: String) -> String? {
        for header in headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return String(parts[1]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// The cross-site token for a form page: the visitor's own if it is well formed, else a new one.
    var crossSiteToken: (token: String, isNew: Bool) {
        if let token = cookie(CrossSiteToken.cookie), token.count == 32, token.allSatisfy(\.isHexDigit) {
            return (token, false)
        }
        var generator = SystemRandomNumberGenerator()
        let token = (0..<2).map { _ in
            let hex = String(UInt64.random(in: .min ... .max, using: &generator), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        return (token, true)
    }
}

extension Response {
    /// Sets the cross-site token's cookie when it is new (HttpOnly and SameSite=Strict: no script or other
    /// site sees or sends it).
    mutating func setCrossSiteCookie(_ token: (token: String, isNew: Bool)) {
        guard token.isNew else { return }
        headers[.setCookie] = "\(CrossSiteToken.cookie)=\(token.token); Path=/; HttpOnly; SameSite=Strict"
    }
}

extension AppError {
    static let crossSite = AppError(
        status: .forbidden, title: "This form was sent from another site",
        detail: "Skillmix only accepts its forms from its own pages. Open the form on this site and send it again.")

    static func unsupportedMediaType(_ sent: String?) -> AppError {
        AppError(
            status: .unsupportedMediaType, title: "Send JSON",
            detail: "This address takes a JSON body with Content-Type: application/json; the request said "
                + "\"\(String((sent ?? "nothing").prefix(60)))\".")
    }
}
