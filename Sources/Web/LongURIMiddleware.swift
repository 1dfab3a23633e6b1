import Hummingbird

/// Refuses addresses longer than any page or API call needs (414) before anything echoes or logs them.
struct LongURIMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.uri.description.utf8.count <= RequestLimits.maximumURILength else {
            throw AppError(
                status: .uriTooLong, title: "The address is too long",
                detail: "Skillmix's addresses are at most \(RequestLimits.maximumURILength) characters long. "
                    + "Check the link, or start again from the page before.")
        }
        return try await next(request, context)
    }
}
