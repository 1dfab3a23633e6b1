import Dispatch
import HTTPTypes
import Hummingbird
import Metrics
import Synchronization

/// Counts and times every request under the same names and dimensions as Hummingbird's `MetricsMiddleware`
/// (`hb.requests`, `hb.request.errors`, `http.server.request.duration`, `http.server.active_requests`).
///
/// Written here because Hummingbird's middleware records its figures in a closure run after the body is written,
/// which turns every body into a closure body: the server then writes the head, the body and the end of each
/// answer as three writes (three system calls) instead of one. Measured on /api/v1/roles (release, wrk 64
/// connections): 2.2 socket writes per request with it, 1 without. This one records when the handler returns
/// its answer, so the duration leaves out the time to send the body; every answer here is built whole in memory,
/// so that time is the kernel's, not ours.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    private let cache = RequestMetricsCache()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let started = DispatchTime.now().uptimeNanoseconds
        let active = cache.active(request.method)
        active.increment()
        defer { active.decrement() }
        do {
            let response = try await next(request, context)
            let series = cache.series(route: context.endpointPath ?? "Unknown", request.method, response.status)
            series.requests.increment()
            series.duration.recordNanoseconds(DispatchTime.now().uptimeNanoseconds - started)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            let series = cache.series(route: context.endpointPath ?? "NotFound", request.method, status)
            series.requests.increment()
            series.errors.increment()
            throw error
        }
    }
}

/// The metric handles for each method and each route, method and status, made once and reused.
private final class RequestMetricsCache: Sendable {
    struct Key: Hashable {
        let route: String
        let method: HTTPRequest.Method
        let status: Int
    }

    struct Series: Sendable {
        let requests: Counter
        let duration: Timer
        let errors: Counter

        init(_ key: Key) {
            let dimensions = [
                ("http.route", key.route), ("http.request.method", key.method.rawValue),
                ("http.response.status_code", String(key.status)),
            ]
            requests = Counter(label: "hb.requests", dimensions: dimensions)
            duration = Timer(
                label: "http.server.request.duration", dimensions: dimensions, preferredDisplayUnit: .seconds)
            errors = Counter(
                label: "hb.request.errors",
                dimensions: [
                    ("http.route", key.route), ("http.request.method", key.method.rawValue),
                    ("error.type", String(key.status)),
                ])
        }
    }

    private let byMethod = Mutex<[HTTPRequest.Method: Meter]>([:])
    private let byRoute = Mutex<[Key: Series]>([:])

    func active(_ method: HTTPRequest.Method) -> Meter {
        byMethod.withLock { meters in
            if let meter = meters[method] { return meter }
            let meter = Meter(
                label: "http.server.active_requests", dimensions: [("http.request.method", method.rawValue)])
            meters[method] = meter
            return meter
        }
    }

    func series(route: String, _ method: HTTPRequest.Method, _ status: HTTPResponse.Status) -> Series {
        let key = Key(route: route, method: method, status: status.code)
        return byRoute.withLock { all in
            if let series = all[key] { return series }
            let series = Series(key)
            all[key] = series
            return series
        }
    }
}
