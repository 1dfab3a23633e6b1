import API
import Pages
import Workforce

// Explicit mappings from the career map's domain values to the types generated from openapi.yaml.

extension Components.Schemas.Route {
    init(_ route: CareerRoute) {
        self.init(
            id: route.id.rawValue, from: route.from.id, fromKind: route.from.roleID == nil ? .entryPoint : .role,
            to: route.to.id, toKind: route.to.roleID == nil ? .entryPoint : .role, step: route.step,
            months: route.months, mode: .init(route.mode), funding: .init(route.funding), level: route.level,
            experienceMonths: route.experienceMonths, prerequisites: route.prerequisites,
            nhsFundedTraining: route.nhsFundedTraining, unpaidMonths: route.unpaidMonths,
            competition: route.competition, applicantsPerPlace: route.applicantsPerPlace,
            sources: route.sources.map(\.rawValue), uncertain: route.uncertain, assumptions: route.assumptions)
    }
}

extension Components.Schemas.Route.ModePayload {
    init(_ mode: StudyMode) {
        switch mode {
        case .fullTime: self = .fullTime
        case .partTime: self = .partTime
        }
    }
}

extension Components.Schemas.Route.FundingPayload {
    init(_ funding: Funding) {
        switch funding {
        case .salaried: self = .salaried
        case .selfFunded: self = .selfFunded
        case .mixed: self = .mixed
        }
    }
}

extension Components.Schemas.Plan {
    init(_ plan: RoutePlan) {
        self.init(
            totalMonths: plan.totalMonths, unpaidMonths: plan.unpaidMonths, ruleWaitMonths: plan.ruleWaitMonths,
            places: plan.places.map(\.id),
            steps: plan.steps.map { step in
                .init(
                    route: .init(step.route), startMonth: step.startMonth,
                    experienceWaitMonths: step.experienceWaitMonths, ruleWaitMonths: step.ruleWaitMonths,
                    fundingRuleApplies: step.fundingRuleApplies, bandWhileWaiting: step.bandWhileWaiting?.text,
                    bandWhileTraining: step.bandWhileTraining?.text, endMonth: step.endMonth)
            })
    }
}

extension Components.Schemas.Plans {
    init(_ plans: RoutePlans, query: RouteQuery, catalogue: Catalogue) {
        self.init(
            catalogueVersion: catalogue.stamp.version, from: plans.from.id, to: plans.to.rawValue,
            optimise: .init(plans.objective), routesFound: plans.totalFound, best: .init(plans.best),
            fastest: .init(plans.fastest), leastUnpaid: .init(plans.leastUnpaid),
            alternatives: plans.alternatives.map(Components.Schemas.Plan.init),
            webHref: SiteRoute.careerPlan(query).path)
    }
}

extension Components.Schemas.Plans.OptimisePayload {
    init(_ objective: RouteFinder.Objective) {
        switch objective {
        case .time: self = .time
        case .unpaid: self = .unpaid
        }
    }
}

extension Components.Schemas.Insights {
    init(_ insights: CareerInsights, catalogue: Catalogue) {
        self.init(
            catalogueVersion: catalogue.stamp.version,
            bottleneckApplicantsPerPlace: CareerInsights.bottleneckApplicantsPerPlace,
            deadEnds: insights.deadEnds.map(\.id.rawValue),
            bottlenecks: insights.bottlenecks.map(Components.Schemas.CompetitiveStep.init),
            competitive: insights.competitive.map(Components.Schemas.CompetitiveStep.init),
            selfFundedOnly: insights.selfFundedOnly.map {
                .init(role: $0.role.id.rawValue, routes: $0.routes.map(Components.Schemas.Route.init))
            })
    }
}

extension Components.Schemas.CompetitiveStep {
    init(_ step: CareerInsights.CompetitiveStep) {
        self.init(
            to: step.to.id, step: step.step, competition: step.competition,
            applicantsPerPlace: step.applicantsPerPlace, from: step.from.map(\.id),
            sources: step.sources.map(\.rawValue))
    }
}

extension Components.Schemas.StartingAdvice {
    init(_ advice: StartingAdvice, catalogue: Catalogue) {
        let finder = RouteFinder(catalogue: catalogue)
        self.init(
            catalogueVersion: catalogue.stamp.version,
            starts: advice.starts.map {
                .init(place: $0.place.id, name: finder.name(of: $0.place), reason: $0.reason)
            },
            suggestions: advice.suggestions.enumerated().map { index, suggestion in
                .init(
                    rank: index + 1, role: suggestion.role.rawValue, name: finder.name(of: .role(suggestion.role)),
                    start: suggestion.start.id, months: suggestion.plan.totalMonths,
                    selfFundedMonths: suggestion.plan.unpaidMonths, affordable: suggestion.affordable,
                    agesMatch: suggestion.agesMatch, steps: suggestion.plan.routeIDs.map(\.rawValue),
                    reasons: suggestion.reasons, href: SiteRoute.api(.role(suggestion.role)).path)
            },
            unreachable: advice.unreachable.map(\.rawValue), webHref: SiteRoute.careerQuestions(advice.answers).path)
    }
}
