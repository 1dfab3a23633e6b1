import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
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
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let appError = Self.appError(for: error, request: request)
            if appError.status.code >= 500 {
                context.logger.error("Request failed: \(error)")
            } else {
                context.logger.info("Request refused (\(appError.status.code)): \(appError.detail)")
            }
            return Self.response(for: appError, request: request)
        }
    }

    static func appError(for error: any Error, request: Request) -> AppError {
        switch error {
        case let error as AppError:
            return error
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
                    status: .internalServerError, title: "The optimiser could not finish", detail: error.description)
            default:
                return AppError(
                    status: .badRequest, title: "There is a problem with your request", detail: error.description)
            }
        case let error as HTTPError where error.status == .notFound:
            return AppError(
                status: .notFound, title: "Page not found",
                detail: "There is nothing at \(request.uri.path). It may have moved, or the address may be mistyped."
            )
        case let error as HTTPError where error.status == .methodNotAllowed:
            return AppError(
                status: .methodNotAllowed, title: "Method not allowed",
                detail: "\(request.method) is not supported at \(request.uri.path). Use GET to read it"
                    + (["/design", "/api/v1/designs", "/projections/new", "/api/v1/projections"].contains {
                        request.uri.path.hasPrefix($0)
                    } ? ", or POST to make a new one." : ".")
            )
        case let error as HTTPError where (400..<500).contains(error.status.code):
            return AppError(
                status: error.status, title: error.status.reasonPhrase,
                detail: error.body ?? "The request could not be understood.")
        case let error as StoreError:
            return AppError(status: .serviceUnavailable, title: "The service is not ready", detail: error.description)
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
                instance: request.uri.path, conflicts: error.conflicts
            )
            let data = (try? JSONEncoder.api.encode(problem)) ?? Data("{}".utf8)
            return Response(
                status: error.status,
                headers: [.contentType: "application/problem+json"],
                body: .init(byteBuffer: ByteBuffer(bytes: data))
            )
        }
        let page = ErrorPage(status: Int(error.status.code), title: error.title, detail: error.detail).render()
        return Response(
            status: error.status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page))
        )
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
            if path.hasPrefix("/api/") {
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
