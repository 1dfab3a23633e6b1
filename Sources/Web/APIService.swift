import API
import Foundation
import HTTPTypes
import Hummingbird
import LinearProgramming
import OpenAPIHummingbird
import OpenAPIRuntime
import Pages
import Persistence
import Workforce

/// The JSON API's operations as the protocol generated from openapi.yaml declares them. Each maps its generated
/// input to domain values, validating at this edge, and the domain's answer to generated output types: the
/// compiler holds every handler to the document's shapes and statuses.
///
/// Before a request reaches a handler, `APIQueryMiddleware` has checked its query against the document and
/// `APIResponseCache` has looked for a body already made from the same catalogue.
struct APIService: APIProtocol {
    let snapshot: CatalogueSnapshot
    let pool: ComputePool
    let store: Store
    let saves: SaveGuard

    /// The catalogue this request is answered from: the one `APIResponseCache` looked up, so that a body is
    /// cached under the revision it was made from.
    @TaskLocal static var catalogue: Catalogue?

    /// For an operation that saves: the body as sent and the client, from `APIBodyMiddleware`.
    @TaskLocal static var saveRequest: APISaveRequest?

    private var catalogue: Catalogue { Self.catalogue ?? snapshot.catalogue }

    /// Serves every generated operation on `router`, with the JSON settings of the rest of the API.
    func register(on router: Router<AppRequestContext>) throws {
        try registerHandlers(
            on: router, serverURL: .defaultOpenAPIServerURL,
            configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]),
            middlewares: [AcceptNegotiated(), APIResponseCache(snapshot: snapshot)])
    }

    func listRoles(_ input: Operations.ListRoles.Input) async throws -> Operations.ListRoles.Output {
        let catalogue = catalogue
        let filter = try RoleFilter(parameters: input.query.parameters, groups: catalogue.groups.map(\.id))
        let roles = filter.apply(to: catalogue.roles).map(Components.Schemas.RoleSummary.init)
        return .ok(
            .init(body: .json(.init(catalogueVersion: catalogue.stamp.version, count: roles.count, data: roles))))
    }

    func getRole(_ input: Operations.GetRole.Input) async throws -> Operations.GetRole.Output {
        let catalogue = catalogue
        let role = try catalogue.requireRole(Role.ID(rawValue: input.path.id))
        return .ok(.init(body: .json(.init(role, catalogue: catalogue))))
    }

    func listGroups(_ input: Operations.ListGroups.Input) async throws -> Operations.ListGroups.Output {
        let catalogue = catalogue
        let groups = catalogue.groups.map { Components.Schemas.Group($0, catalogue: catalogue) }
        return .ok(
            .init(body: .json(.init(catalogueVersion: catalogue.stamp.version, count: groups.count, data: groups))))
    }

    func listEntryPoints(_ input: Operations.ListEntryPoints.Input) async throws -> Operations.ListEntryPoints.Output {
        let catalogue = catalogue
        let entries = catalogue.entryPoints.map(Components.Schemas.EntryPoint.init)
        return .ok(
            .init(body: .json(.init(catalogueVersion: catalogue.stamp.version, count: entries.count, data: entries))))
    }

    func listSources(_ input: Operations.ListSources.Input) async throws -> Operations.ListSources.Output {
        let catalogue = catalogue
        let sources = catalogue.sources.map(Components.Schemas.Source.init)
        return .ok(
            .init(body: .json(.init(catalogueVersion: catalogue.stamp.version, count: sources.count, data: sources))))
    }

    func listRoutes(_ input: Operations.ListRoutes.Input) async throws -> Operations.ListRoutes.Output {
        let catalogue = catalogue
        var routes = catalogue.routes
        if let from = input.query.from {
            let place = try RouteFinder(catalogue: catalogue).place(from)
            routes = routes.filter { $0.from == place }
        }
        let data = routes.map(Components.Schemas.Route.init)
        return .ok(.init(body: .json(.init(catalogueVersion: catalogue.stamp.version, count: data.count, data: data))))
    }

    func findPaths(_ input: Operations.FindPaths.Input) async throws -> Operations.FindPaths.Output {
        let catalogue = catalogue
        let given: [(String, String?)] = [
            ("from", input.query.from), ("to", input.query.to), ("optimise", input.query.optimise?.rawValue),
            ("months-in-role", input.query.monthsInRole.map(String.init)),
        ]
        let query = try Request.routeQuery(queryPairs(given))
        let plans = try RouteFinder(catalogue: catalogue).plans(for: query)
        return .ok(.init(body: .json(.init(plans, query: query, catalogue: catalogue))))
    }

    func getInsights(_ input: Operations.GetInsights.Input) async throws -> Operations.GetInsights.Output {
        let catalogue = catalogue
        return .ok(.init(body: .json(.init(CareerInsights(catalogue: catalogue), catalogue: catalogue))))
    }

    func whereCanIStart(_ input: Operations.WhereCanIStart.Input) async throws -> Operations.WhereCanIStart.Output {
        let catalogue = catalogue
        let query = input.query
        let given: [(String, String?)] = [
            ("degree", query.degree.rawValue), ("experience", query.experience.rawValue),
            ("qualification", query.qualification?.rawValue), ("current", query.current),
            ("fund", query.fund.rawValue),
        ]
        let pairs =
            queryPairs(given)
            + (query.ages ?? []).map { ("ages", $0.rawValue) }
        let answers = try StartingAnswers(pairs: pairs, roles: catalogue.roles.map(\.id))
        return .ok(
            .init(body: .json(.init(StartingAdvice(answers: answers, catalogue: catalogue), catalogue: catalogue))))
    }

    func getIntroduction(_ input: Operations.GetIntroduction.Input) async throws -> Operations.GetIntroduction.Output {
        let catalogue = catalogue
        let role = try catalogue.requireRole(Role.ID(rawValue: input.path.id))
        let given: [(String, String?)] = [
            ("posts", input.query.posts.map(String.init)), ("service", input.query.service),
        ]
        let query = try BusinessCaseQuery(pairs: queryPairs(given))
        let figures = try await businessCase(role.id, query: query, catalogue: catalogue, pool: pool)
        return .ok(
            .init(
                body: .json(
                    .init(
                        RoleIntroduction(role: role, catalogue: catalogue), businessCase: figures, query: query,
                        catalogue: catalogue))))
    }

    func getNextSteps(_ input: Operations.GetNextSteps.Input) async throws -> Operations.GetNextSteps.Output {
        let catalogue = catalogue
        let role = try catalogue.requireRole(Role.ID(rawValue: input.path.id))
        return .ok(
            .init(body: .json(.init(NextSteps(role: role, catalogue: catalogue), role: role, catalogue: catalogue))))
    }

    func listServiceModels(_ input: Operations.ListServiceModels.Input) async throws
        -> Operations.ListServiceModels.Output
    {
        let catalogue = catalogue
        let models = catalogue.serviceModels.map(Components.Schemas.ServiceModel.init)
        return .ok(
            .init(body: .json(.init(catalogueVersion: catalogue.stamp.version, count: models.count, data: models))))
    }

    func getServiceModel(_ input: Operations.GetServiceModel.Input) async throws -> Operations.GetServiceModel.Output {
        let model = try TeamDesigner(catalogue: catalogue).requireModel(.init(rawValue: input.path.id))
        return .ok(.init(body: .json(.init(model))))
    }

    func getReferenceComparison(_ input: Operations.GetReferenceComparison.Input) async throws
        -> Operations.GetReferenceComparison.Output
    {
        let catalogue = catalogue
        let id = ServiceModel.ID(rawValue: input.path.id)
        guard let team = try TeamDesigner(catalogue: catalogue).requireModel(id).reference else {
            throw AppError(
                status: .notFound, title: "No reference team",
                detail: "The catalogue holds no reference team for \(id.rawValue.shown).")
        }
        // A model with no published team compares nothing: no solve is needed to say so.
        let design =
            team.posts.isEmpty
            ? nil
            : try await pool.run { deadline in
                try TeamDesigner(catalogue: catalogue, deadline: deadline).design(DesignInput(service: id))
            }
        let comparison = ReferenceComparison(team: team, design: design)
        return .ok(.init(body: .json(.init(comparison, service: id))))
    }

    func getOpenAPI(_ input: Operations.GetOpenAPI.Input) async throws -> Operations.GetOpenAPI.Output {
        let document = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(OpenAPIDocument.json.utf8))
        return .ok(.init(body: .json(document)))
    }

    func getOpenAPIYAML(_ input: Operations.GetOpenAPIYAML.Input) async throws -> Operations.GetOpenAPIYAML.Output {
        .ok(.init(body: .yaml(HTTPBody(OpenAPIDocument.yaml))))
    }

    func createDesign(_ input: Operations.CreateDesign.Input) async throws -> Operations.CreateDesign.Output {
        guard case .json(let request) = input.body, let posted = Self.saveRequest else {
            throw AppError.unreadBody
        }
        let designInput = DesignInput(request)
        let catalogue = snapshot.catalogue
        let saved: SavedDesign
        var replayed = false
        switch try await saves.admit(
            idempotencyKey: posted.idempotencyKey, client: posted.client, scope: "designs", body: posted.body)
        {
        case .replay(let id):
            guard let earlier = try await store.design(id: id) else { throw AppError.designNotFound }
            saved = earlier
            replayed = true
        case .proceed(let key):
            let (design, model) = try await pool.run { deadline in
                let result = try TeamDesigner(catalogue: catalogue, deadline: deadline).designAndModel(designInput)
                return (result.design, MPS.write(result.model))
            }
            saved = try await store.save(design, model: model, idempotency: key)
        }
        return .created(
            .init(
                headers: .init(
                    location: SiteRoute.api(.design(saved.id)).path, idempotentReplayed: replayed ? ._true : nil),
                body: .json(.init(saved.design, saved: saved))))
    }

    func getDesign(_ input: Operations.GetDesign.Input) async throws -> Operations.GetDesign.Output {
        guard let saved = try await store.design(id: input.path.id) else { throw AppError.designNotFound }
        return .ok(.init(body: .json(.init(saved.design, saved: saved))))
    }

    func createProjection(_ input: Operations.CreateProjection.Input) async throws
        -> Operations.CreateProjection.Output
    {
        guard case .json(let scenario) = input.body else { throw AppError.unreadBody }
        let (saved, replayed) = try await saveProjection(scenario, commissioning: false)
        return .created(
            .init(
                headers: .init(
                    location: SiteRoute.api(.projection(saved.id)).path, idempotentReplayed: replayed ? ._true : nil),
                body: .json(.init(saved.report, id: saved.id, createdAt: saved.createdAt))))
    }

    func createCommissioning(_ input: Operations.CreateCommissioning.Input) async throws
        -> Operations.CreateCommissioning.Output
    {
        guard case .json(let scenario) = input.body else { throw AppError.unreadBody }
        let (saved, replayed) = try await saveProjection(scenario, commissioning: true)
        return .created(
            .init(
                headers: .init(
                    location: SiteRoute.api(.projection(saved.id)).path, idempotentReplayed: replayed ? ._true : nil),
                body: .json(.init(saved.report, id: saved.id, createdAt: saved.createdAt))))
    }

    func getProjection(_ input: Operations.GetProjection.Input) async throws -> Operations.GetProjection.Output {
        guard let saved = try await store.projection(id: input.path.id) else { throw AppError.projectionNotFound }
        return .ok(.init(body: .json(.init(saved.report, id: saved.id, createdAt: saved.createdAt))))
    }

    /// Projects (or commissions) the scenario on the compute pool and saves the report, or finds the report a
    /// retry with the same idempotency key saved; true when it is such a replay.
    private func saveProjection(
        _ request: Components.Schemas.ProjectionScenario, commissioning: Bool
    ) async throws -> (SavedProjection, Bool) {
        guard let posted = Self.saveRequest else { throw AppError.unreadBody }
        let scenario = try ProjectionScenario(request)
        let catalogue = snapshot.catalogue
        switch try await saves.admit(
            idempotencyKey: posted.idempotencyKey, client: posted.client,
            scope: commissioning ? "commissioning" : "projections", body: posted.body)
        {
        case .replay(let id):
            guard let earlier = try await store.projection(id: id) else { throw AppError.projectionNotFound }
            return (earlier, true)
        case .proceed(let key):
            let report = try await pool.run { deadline in
                let planner = ProjectionPlanner(catalogue: catalogue, deadline: deadline, parallel: false)
                return commissioning ? try planner.commission(scenario) : try planner.project(scenario)
            }
            return (try await store.save(report, idempotency: key), false)
        }
    }
}

/// Drops the Accept header before the generated code sees it: `ContentNegotiationMiddleware` has already
/// refused what the API cannot answer, and the generated serializer would check Accept again only after the
/// handler ran (so after a design was saved), and more narrowly (refusing `application/problem+json`).
struct AcceptNegotiated: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.accept] = nil
        return try await next(request, body, metadata)
    }
}

extension AppError {
    /// A saving operation reached without its body read by `APIBodyMiddleware`: a fault of ours, not the client's.
    static let unreadBody = AppError(
        status: .internalServerError, title: "Sorry, there is a problem with the service",
        detail: "The request could not be handled. Try again later; the problem has been logged.")
}

/// The parameters a generated query holds, as the name/value pairs the domain's query readers take (so that the
/// API and the site read a query alike); those left out are skipped.
private func queryPairs(_ given: [(String, String?)]) -> [(name: String, value: String)] {
    given.compactMap { name, value in value.map { (name, $0) } }
}

extension Operations.ListRoles.Input.Query {
    /// The filter's parameters as the roles index reads them, so that the API and the site filter alike.
    var parameters: [(name: String, value: String)] {
        let given: [(String, String?)] = [
            ("group", group?.rawValue), ("age", age?.rawValue), ("setting", setting?.rawValue),
            ("band", band?.rawValue), ("salaried", salaried?.rawValue), ("max-months", maxMonths.map(String.init)),
            ("new", new?.rawValue), ("q", q),
        ]
        return queryPairs(given)
    }
}
