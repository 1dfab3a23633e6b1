import Pages
import Workforce

// The career map's JSON shapes, documented in openapi.json.

struct RouteDTO: Encodable, Sendable {
    var id: String
    var from: String
    var fromKind: String
    var to: String
    var toKind: String
    var step: String
    var months: Int
    var mode: String
    var funding: String
    var level: String?
    var experienceMonths: Int
    var prerequisites: [String]
    var nhsFundedTraining: Bool
    var unpaidMonths: Int
    var competition: String?
    var applicantsPerPlace: Double?
    var sources: [String]
    var uncertain: [String]
    var assumptions: [String]

    init(_ route: CareerRoute) {
        func kind(_ place: Place) -> String { place.roleID == nil ? "entry-point" : "role" }
        id = route.id.rawValue
        from = route.from.id
        fromKind = kind(route.from)
        to = route.to.id
        toKind = kind(route.to)
        step = route.step
        months = route.months
        mode = route.mode.rawValue
        funding = route.funding.rawValue
        level = route.level
        experienceMonths = route.experienceMonths
        prerequisites = route.prerequisites
        nhsFundedTraining = route.nhsFundedTraining
        unpaidMonths = route.unpaidMonths
        competition = route.competition
        applicantsPerPlace = route.applicantsPerPlace
        sources = route.sources.map(\.rawValue)
        uncertain = route.uncertain
        assumptions = route.assumptions
    }
}

struct PlanDTO: Encodable, Sendable {
    struct Step: Encodable, Sendable {
        var route: RouteDTO
        var startMonth: Int
        var experienceWaitMonths: Int
        var ruleWaitMonths: Int
        var fundingRuleApplies: Bool
        var bandWhileWaiting: String?
        var bandWhileTraining: String?
        var endMonth: Int
    }
    var totalMonths: Int
    var unpaidMonths: Int
    var ruleWaitMonths: Int
    var places: [String]
    var steps: [Step]

    init(_ plan: RoutePlan) {
        totalMonths = plan.totalMonths
        unpaidMonths = plan.unpaidMonths
        ruleWaitMonths = plan.ruleWaitMonths
        places = plan.places.map(\.id)
        steps = plan.steps.map {
            Step(
                route: RouteDTO($0.route), startMonth: $0.startMonth, experienceWaitMonths: $0.experienceWaitMonths,
                ruleWaitMonths: $0.ruleWaitMonths, fundingRuleApplies: $0.fundingRuleApplies,
                bandWhileWaiting: $0.bandWhileWaiting?.text, bandWhileTraining: $0.bandWhileTraining?.text,
                endMonth: $0.endMonth
            )
        }
    }
}

struct PlansDTO: Encodable, Sendable {
    var catalogueVersion: String
    var from: String
    var to: String
    var optimise: String
    var routesFound: Int
    var best: PlanDTO
    var fastest: PlanDTO
    var leastUnpaid: PlanDTO
    var alternatives: [PlanDTO]
    var webHref: String

    init(_ plans: RoutePlans, query: RouteQuery, catalogue: Catalogue) {
        catalogueVersion = catalogue.stamp.version
        from = plans.from.id
        to = plans.to.rawValue
        optimise = plans.objective.rawValue
        routesFound = plans.totalFound
        best = PlanDTO(plans.best)
        fastest = PlanDTO(plans.fastest)
        leastUnpaid = PlanDTO(plans.leastUnpaid)
        alternatives = plans.alternatives.map(PlanDTO.init)
        webHref = SiteRoute.careerPlan(query).path
    }
}

struct InsightsDTO: Encodable, Sendable {
    struct SelfFunded: Encodable, Sendable {
        var role: String
        var routes: [RouteDTO]
    }
    var catalogueVersion: String
    var bottleneckApplicantsPerPlace: Double
    var deadEnds: [String]
    var bottlenecks: [CompetitiveStepDTO]
    var competitive: [CompetitiveStepDTO]
    var selfFundedOnly: [SelfFunded]

    init(_ insights: CareerInsights, catalogue: Catalogue) {
        catalogueVersion = catalogue.stamp.version
        bottleneckApplicantsPerPlace = CareerInsights.bottleneckApplicantsPerPlace
        deadEnds = insights.deadEnds.map(\.id.rawValue)
        bottlenecks = insights.bottlenecks.map(CompetitiveStepDTO.init)
        competitive = insights.competitive.map(CompetitiveStepDTO.init)
        selfFundedOnly = insights.selfFundedOnly.map {
            SelfFunded(role: $0.role.id.rawValue, routes: $0.routes.map(RouteDTO.init))
        }
    }
}

struct CompetitiveStepDTO: Encodable, Sendable {
    var to: String
    var step: String
    var competition: String
    var applicantsPerPlace: Double?
    var from: [String]
    var sources: [String]

    init(_ step: CareerInsights.CompetitiveStep) {
        to = step.to.id
        self.step = step.step
        competition = step.competition
        applicantsPerPlace = step.applicantsPerPlace
        from = step.from.map(\.id)
        sources = step.sources.map(\.rawValue)
    }
}
