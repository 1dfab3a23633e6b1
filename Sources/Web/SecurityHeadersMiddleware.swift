import HTTPTypes
import Hummingbird

/// Adds the headers that keep every answer from being framed, sniffed or made to run code.
///
/// Skillmix has no scripts at all, so the policy forbids them outright; styles come only from our own
/// stylesheet, forms post only to us, and no other site may frame a page. Pages that set their own
/// Referrer-Policy (the private documents' `no-referrer`) keep it.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        // Appended rather than set: no handler sets these three, and setting one searches the fields and checks the
        // value again on every request (measured: 1.5% of the server's time on /api/v1/roles).
        response.headers.append(contentsOf: securityFields)
        if response.headers[.referrerPolicy] == nil {
            response.headers.append(referrerPolicy)
        }
        return response
    }
}

/// Built and checked once: the middleware is generic, and a generic type cannot hold a stored constant.
private let securityFields = [
    HTTPField(
        name: .contentSecurityPolicy,
        value: "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"),
    HTTPField(name: .xContentTypeOptions, value: "nosniff"),
    HTTPField(name: .xFrameOptions, value: "DENY"),
]
private let referrerPolicy = HTTPField(name: .referrerPolicy, value: "strict-origin-when-cross-origin")

extension HTTPField.Name {
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
