import API
import Foundation
import Pages
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
        try JSONEncoder.api.encode(ListResponse(catalogue: catalogue, data: routes.map(RouteDTO.init)))
    }

    public static func plans(_ plans: RoutePlans, query: RouteQuery, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(PlansDTO(plans, query: query, catalogue: catalogue))
    }

    public static func insights(_ insights: CareerInsights, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(InsightsDTO(insights, catalogue: catalogue))
    }
}

extension APIRepresentation {
    public static func introduction(
        _ role: Role, businessCase: BusinessCase?, query: BusinessCaseQuery, catalogue: Catalogue
    ) throws -> Data {
        try JSONEncoder.api.encode(
            IntroductionDTO(
                RoleIntroduction(role: role, catalogue: catalogue), businessCase: businessCase, query: query,
                catalogue: catalogue))
    }

    public static func nextSteps(_ role: Role, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(
            NextStepsDTO(NextSteps(role: role, catalogue: catalogue), role: role, catalogue: catalogue))
    }
}

extension APIRepresentation {
    public static func startingAdvice(_ advice: StartingAdvice, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(StartingAdviceDTO(advice, catalogue: catalogue))
    }
}
