import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OpenAPIRuntime
import Pages
import Persistence
import Workforce

/// An error at the HTTP edge, with the status and words a person sees.
struct AppError: Error, Sendable {
    var status: HTTPResponse.Status
    var title: String
    var detail: String
    /// For a design no team can satisfy: the constraints that conflict.
    var conflicts: [String]? = nil
    /// Headers the answer needs (Allow on a 405, Retry-After on a 503 or 429).
    var headers: HTTPFields = [:]

    static func notAcceptable(_ accept: String, offered: String) -> AppError {
        AppError(
            status: .notAcceptable, title: "This format is not available",
            detail:
                "The request asked for \"\(accept)\", but this address only answers with \(offered). Ask for \(offered), or send Accept: */*."
        )
    }
}

/// Turns every error into a helpful answer: an HTML page for the site, `application/problem+json`
/// (RFC 9457) for the API. Nothing reaches the client as a bare 500 with no explanation.
///
/// A fault on our side (a damaged row, a bug) answers 500 with the request id to quote and nothing of the
/// internal error, which goes to the log; a database out of reach or a busy pool answers 503 with
/// `Retry-After`; a method the address does not take answers 405 with `Allow`.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let methods: MethodTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            var appError = Self.appError(for: error, request: request, methods: methods)
            if appError.status.code >= 500 {
                context.logger.error("Request failed (\(appError.status.code)): \(error)")
                if appError.status == .internalServerError {
                    appError.detail += " If you contact us, quote the reference \(context.id)."
                }
            } else {
                context.logger.info("Request refused (\(appError.status.code)): \(appError.detail)")
            }
            return Self.response(for: appError, request: request)
        }
    }

    static func appError(for error: any Error, request: Request, methods: MethodTable) -> AppError {
        var appError = appError(for: error, request: request)
        if appError.status == .notFound, error is HTTPError {
            let allowed = methods.allowed(for: request.uri.path)
            if !allowed.isEmpty {
                appError = AppError(
                    status: .methodNotAllowed, title: "Method not allowed",
                    detail: "\(request.method) is not supported at \(request.uri.path.shown). Use "
                        + allowed.joined(separator: ", ") + ".",
                    headers: [.allow: allowed.joined(separator: ", ")])
            }
        }
        if appError.detail.count > 1_500 { appError.detail = String(appError.detail.prefix(1_500)) + "…" }
        return appError
    }

    static func appError(for error: any Error, request: Request) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let error as ServerError:
            // The generated API wraps what a handler throws, and its own failures to read a request.
            if (400..<500).contains(error.httpStatus.code) {
                let cause =
                    error.underlyingError is DecodingError
                    ? "The body cannot be read: \(DesignRequestError.describe(error.underlyingError))"
                    : "\(error.causeDescription)."
                return AppError(
                    status: error.httpStatus, title: "There is a problem with your request",
                    detail: "\(cause) See /api/v1/openapi.json for what \(error.operationID) takes.")
            }
            return appError(for: error.underlyingError, request: request)
        case let error as WorkforceError:
            switch error {
            case .unknownRole: return AppError(status: .notFound, title: "Role not found", detail: error.description)
            case .noRoute, .sameStartAndTarget:
                return AppError(status: .unprocessableContent, title: "No route found", detail: error.description)
            case .unknownServiceModel:
                return AppError(status: .notFound, title: "Service model not found", detail: error.description)
            case .invalidDesign:
                return AppError(
                    status: .unprocessableContent, title: "There is a problem with the design's inputs",
                    detail: error.description)
            case .infeasibleDesign(let conflicts):
                return AppError(
                    status: .unprocessableContent, title: "No team can meet these rules", detail: error.description,
                    conflicts: conflicts)
            case .invalidProjection:
                return AppError(
                    status: .unprocessableContent, title: "There is a problem with the projection's inputs",
                    detail: error.description)
            case .designNotFound:
                return AppError(
                    status: .unprocessableContent, title: "The optimiser could not finish", detail: error.description)
            case .timedOut:
                return AppError(
                    status: .unprocessableContent, title: "This took too long", detail: error.description)
            default:
                return AppError(
                    status: .badRequest, title: "There is a problem with your request", detail: error.description)
            }
        case let error as HTTPError where error.status == .notFound:
            return AppError(
                status: .notFound, title: "Page not found",
                detail:
                    "There is nothing at \(request.uri.path.shown). It may have moved, or the address may be mistyped."
            )
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return AppError(
                status: .contentTooLarge, title: "The request is too large",
                detail: "Send at most \(RequestLimits.designBodyBytes / 1024) KB for a design and "
                    + "\(RequestLimits.projectionBodyBytes / 1024) KB for a projection. A design request is usually "
                    + "well under 10 KB.")
        case let error as HTTPError where (400..<500).contains(error.status.code):
            return AppError(
                status: error.status, title: error.status.reasonPhrase,
                detail: error.body ?? "The request could not be understood.")
        case let error as any HTTPResponseError where (400..<500).contains(error.status.code):
            return AppError(
                status: error.status, title: error.status.reasonPhrase, detail: "The request could not be understood.")
        case is IdempotencyConflict:
            return AppError.idempotencyConflict
        case let error as ComputePoolError:
            switch error {
            case .busy(let seconds):
                return AppError(
                    status: .serviceUnavailable, title: "Skillmix is busy",
                    detail: "Every optimiser is working on other requests and the queue is full. Nothing was saved. "
                        + "Try again in a few seconds.",
                    headers: [.retryAfter: "\(max(1, min(seconds, 30)))"])
            case .timedOut(let seconds):
                return AppError(
                    status: .serviceUnavailable, title: "This took too long",
                    detail: "It did not finish in \(seconds) seconds, so nothing was saved. For a design, make posts "
                        + "any size (not whole or half) or lower the demand; for a projection, use fewer runs, "
                        + "regions rather than boards, or fewer years.",
                    headers: [.retryAfter: "\(seconds)"])
            case .shuttingDown:
                return AppError(
                    status: .serviceUnavailable, title: "Skillmix is restarting",
                    detail: "This copy of Skillmix is stopping. Try again in a few seconds.",
                    headers: [.retryAfter: "5"])
            }
        case let error as StoreError:
            switch error {
            case .unavailable, .notMigrated, .cannotConnect:
                return AppError(
                    status: .serviceUnavailable, title: "Saved designs and projections are not available just now",
                    detail: "Skillmix cannot reach its database. Nothing you sent was saved. Try again in a minute; "
                        + "the roles, the career map and the forms still work.",
                    headers: [.retryAfter: "10"])
            case .readOnly:
                return AppError(
                    status: .serviceUnavailable, title: "Skillmix cannot save just now",
                    detail: "The database is refusing to save. Nothing you sent was saved. Try again later.",
                    headers: [.retryAfter: "60"])
            case .corruptRow, .damaged, .badDatabaseURL:
                return AppError(
                    status: .internalServerError, title: "Sorry, this could not be read",
                    detail: "What is saved at this address cannot be read back. The problem has been logged.")
            }
        default:
            return AppError(
                status: .internalServerError, title: "Sorry, there is a problem with the service",
                detail: "Something went wrong on our side. Try again later; the problem has been logged."
            )
        }
    }

    static func response(for error: AppError, request: Request) -> Response {
        if request.wantsProblemJSON {
            let problem = ProblemDetails(
                type: "about:blank", title: error.title, status: Int(error.status.code), detail: error.detail,
                instance: request.uri.path.shown, conflicts: error.conflicts
            )
            let data = (try? JSONEncoder.api.encode(problem)) ?? Data("{}".utf8)
            var headers = error.headers
            headers[.contentType] = "application/problem+json"
            return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        let page = ErrorPage(status: Int(error.status.code), title: error.title, detail: error.detail).render()
        var headers = error.headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

/// RFC 9457 problem details.
struct ProblemDetails: Codable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var instance: String
    /// An extension member (RFC 9457 section 3.2): the constraints that conflict, for an infeasible design.
    var conflicts: [String]?
}

extension Request {
    /// API paths answer in JSON; so does any request that prefers JSON over HTML.
    var wantsProblemJSON: Bool {
        if uri.path.hasPrefix("/api/") { return true }
        let accept = headers[.accept] ?? ""
        return accept.contains("json") && !accept.contains("text/html")
    }
}

/// Refuses requests whose Accept header rules out what the address serves (406), with a clear message.
struct ContentNegotiationMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let accept = request.headers[.accept], !accept.isEmpty {
            let path = request.uri.path
            let offered: [String]
            let description: String
            if path == SiteRoute.Endpoint.apiOpenAPIYAML.pattern {
                offered = ["application/yaml", "application/problem+json", "application/*", "text/*", "*/*"]
                description = "application/yaml"
            } else if path.hasPrefix("/api/") {
                offered = ["application/json", "application/problem+json", "application/*", "*/*"]
                description = "application/json"
            } else if path == "/metrics" || path == "/healthz" || path.hasPrefix("/assets/")
                || path.contains("/export/")
            {
                offered = []
                description = ""
            } else {
                offered = ["text/html", "application/xhtml+xml", "text/*", "*/*"]
                description = "text/html"
            }
            if !offered.isEmpty {
                let ranges = accept.split(separator: ",").map { part -> (String, Double) in
                    let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    let quality =
                        pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
                    return (pieces.first?.lowercased() ?? "", quality)
                }
                if !ranges.contains(where: { offered.contains($0.0) && $0.1 > 0 }) {
                    throw AppError.notAcceptable(accept, offered: description)
                }
            }
        }
        return try await next(request, context)
    }
}

/// Echoes the request id (also in every log line of the request) so a person can quote it.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[.requestID] = context.id
        return response
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}

extension JSONEncoder {
    static var api: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
