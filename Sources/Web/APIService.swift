import API
import Foundation
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
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

    /// The catalogue this request is answered from: the one `APIResponseCache` looked up, so that a body is
    /// cached under the revision it was made from.
    @TaskLocal static var catalogue: Catalogue?

    private var catalogue: Catalogue { Self.catalogue ?? snapshot.catalogue }

    /// Serves every generated operation on `router`, with the JSON settings of the rest of the API.
    func register(on router: Router<AppRequestContext>) throws {
        try registerHandlers(
            on: router, serverURL: .defaultOpenAPIServerURL,
            configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]),
            middlewares: [APIResponseCache(snapshot: snapshot)])
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
}

extension Operations.ListRoles.Input.Query {
    /// The filter's parameters as the roles index reads them, so that the API and the site filter alike.
    var parameters: [(name: String, value: String)] {
        let given: [(String, String?)] = [
            ("group", group?.rawValue), ("age", age?.rawValue), ("setting", setting?.rawValue),
            ("band", band?.rawValue), ("salaried", salaried?.rawValue), ("max-months", maxMonths.map(String.init)),
            ("new", new?.rawValue), ("q", q),
        ]
        return given.compactMap { name, value in value.map { (name, $0) } }
    }
}
