import Foundation
import Pages
import Workforce

/// The API's JSON for a few answers, shared with the CLI's `--json` so both speak the same shapes.
public enum APIRepresentation {
    public static func roles(_ roles: [Role], catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(ListResponse(catalogue: catalogue, data: roles.map(RoleSummaryDTO.init)))
    }

    public static func role(_ role: Role, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(RoleDTO(role, catalogue: catalogue))
    }

    public static func comparison(_ comparison: RoleComparison, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(
            ListResponse(catalogue: catalogue, data: comparison.roles.map { RoleDTO($0, catalogue: catalogue) }))
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
