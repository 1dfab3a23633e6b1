import API
import Foundation
import Pages
import Persistence
import Workforce

/// The API's JSON for a few answers, shared with the CLI's `--json` so both speak the same shapes (the generated
/// types, for the operations served through them).
public enum APIRepresentation {
    public static func roles(_ roles: [Role], catalogue: Catalogue) throws -> Data {
        let data = roles.map(Components.Schemas.RoleSummary.init)
        return try JSONEncoder.api.encode(
            Operations.ListRoles.Output.Ok.Body.JsonPayload(
                catalogueVersion: catalogue.stamp.version, count: data.count, data: data))
    }

    public static func role(_ role: Role, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(Components.Schemas.Role(role, catalogue: catalogue))
    }

    public static func comparison(_ comparison: RoleComparison, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(
            ListResponse(
                catalogue: catalogue, data: comparison.roles.map { Components.Schemas.Role($0, catalogue: catalogue) }))
    }
}

extension APIRepresentation {
    public static func routes(_ routes: [CareerRoute], catalogue: Catalogue) throws -> Data {
        let data = routes.map(Components.Schemas.Route.init)
        return try JSONEncoder.api.encode(
            Operations.ListRoutes.Output.Ok.Body.JsonPayload(
                catalogueVersion: catalogue.stamp.version, count: data.count, data: data))
    }

    public static func plans(_ plans: RoutePlans, query: RouteQuery, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(Components.Schemas.Plans(plans, query: query, catalogue: catalogue))
    }

    public static func insights(_ insights: CareerInsights, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(Components.Schemas.Insights(insights, catalogue: catalogue))
    }
}

extension APIRepresentation {
    public static func introduction(
        _ role: Role, businessCase: BusinessCase?, query: BusinessCaseQuery, catalogue: Catalogue
    ) throws -> Data {
        try JSONEncoder.api.encode(
            Components.Schemas.Introduction(
                RoleIntroduction(role: role, catalogue: catalogue), businessCase: businessCase, query: query,
                catalogue: catalogue))
    }

    public static func nextSteps(_ role: Role, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(
            Components.Schemas.NextSteps(NextSteps(role: role, catalogue: catalogue), role: role, catalogue: catalogue))
    }
}

extension APIRepresentation {
    public static func startingAdvice(_ advice: StartingAdvice, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(Components.Schemas.StartingAdvice(advice, catalogue: catalogue))
    }
}

extension APIRepresentation {
    public static func design(_ design: TeamDesign, saved: SavedDesign? = nil) throws -> Data {
        try JSONEncoder.api.encode(Components.Schemas.DesignResponse(design, saved: saved))
    }

    public static func projection(_ report: ProjectionReport, id: String? = nil, createdAt: String? = nil) throws
        -> Data
    {
        try JSONEncoder.api.encode(Components.Schemas.ProjectionResponse(report, id: id, createdAt: createdAt))
    }
}

extension APIRepresentation {
    /// A design request as POST /api/v1/designs takes it (the generated type, strict about unknown fields),
    /// mapped to the domain's input.
    public static func designInput(_ json: Data) throws -> DesignInput {
        DesignInput(try JSONDecoder().decode(Components.Schemas.DesignRequest.self, from: json))
    }

    public static func referenceComparison(_ comparison: ReferenceComparison, service: ServiceModel.ID) throws -> Data {
        try JSONEncoder.api.encode(Components.Schemas.ReferenceComparison(comparison, service: service))
    }
}

/// The list envelope the API uses, for a list no operation returns (the CLI's comparison of roles).
private struct ListResponse<Item: Encodable & Sendable>: Encodable, Sendable {
    var catalogueVersion: String
    var count: Int
    var data: [Item]

    init(catalogue: Catalogue, data: [Item]) {
        catalogueVersion = catalogue.stamp.version
        count = data.count
        self.data = data
    }
}
