import Pages
import Workforce

// The introducing pack and the next steps, documented in openapi.json.

/// What introducing a role takes, for employers, with the business case the query asked for.
struct IntroductionDTO: Encodable, Sendable {
    struct Fit: Encodable, Sendable {
        var service: String
        var serviceName: String
        var band: String
        var interventions: [String]
        var supervisionNeeded: Double
        var supervisionBasis: String
        var supervisors: [String]
        var supervisionGiven: Double?
        var designPage: String
    }

    struct PostCost: Encodable, Sendable {
        var bands: String
        var payEntry: Double
        var payTop: Double
        var costEntry: Double
        var costTop: Double

        init(_ cost: RoleIntroduction.PostCost) {
            bands = cost.bands.text
            payEntry = cost.payEntry
            payTop = cost.payTop
            costEntry = cost.costEntry
            costTop = cost.costTop
        }
    }

    var catalogueVersion: String
    var role: String
    var name: String
    var capabilities: [String]
    var fits: [Fit]
    var payYear: String?
    var trainee: PostCost?
    var qualified: PostCost?
    var onCosts: String?
    var training: TrainingDTO
    var experienceMonths: Int?
    var trainingMonths: Int?
    var registration: [String]
    var notes: [String]
    var businessCase: BusinessCase?
    var sources: [String]
    var webHref: String

    init(_ introduction: RoleIntroduction, businessCase: BusinessCase?, query: BusinessCaseQuery, catalogue: Catalogue)
    {
        let role = introduction.role
        catalogueVersion = catalogue.stamp.version
        self.role = role.id.rawValue
        name = role.name
        capabilities = role.capabilities
        fits = introduction.fits.map { fit in
            Fit(
                service: fit.model.id.rawValue, serviceName: fit.model.name, band: fit.staff.band.name,
                interventions: fit.interventions.map(\.id.rawValue),
                supervisionNeeded: fit.staff.supervisionReceived.value,
                supervisionBasis: fit.staff.supervisionReceived.basis.rawValue,
                supervisors: fit.supervisors.map(\.rawValue), supervisionGiven: fit.staff.supervisionGiven?.value,
                designPage: SiteRoute.designForm(fit.model.id.rawValue).path)
        }
        payYear = introduction.scale?.name
        trainee = introduction.trainee.map(PostCost.init)
        qualified = introduction.qualified.map(PostCost.init)
        onCosts = introduction.onCosts
        training = TrainingDTO(role.training)
        experienceMonths = introduction.experienceMonths
        trainingMonths = introduction.trainingMonths
        registration = role.registration
        notes = role.notes
        self.businessCase = businessCase
        sources = role.allSources.map(\.rawValue)
        webHref = SiteRoute.introducing(role.id, query).path
    }
}

/// What someone who wants a role can do next.
struct NextStepsDTO: Encodable, Sendable {
    struct WayIn: Encodable, Sendable {
        var step: String
        var from: [String]
        var competition: String?
        var sources: [String]
    }

    struct Search: Encodable, Sendable {
        var keyword: String
        var url: String
    }

    struct Answer: Encodable, Sendable {
        var question: String
        var answer: String
        var derived: String
        var sources: [String]
    }

    struct Onward: Encodable, Sendable {
        var route: RouteDTO
        var reach: Int
    }

    var catalogueVersion: String
    var role: String
    var waysIn: [WayIn]
    var searches: [Search]
    var providers: [String]
    var answers: [Answer]
    var bestStep: Onward?
    var webHref: String

    init(_ steps: NextSteps, role: Role, catalogue: Catalogue) {
        catalogueVersion = catalogue.stamp.version
        self.role = role.id.rawValue
        waysIn = steps.waysIn.map {
            WayIn(
                step: $0.step, from: $0.from.map(\.id), competition: $0.competition, sources: $0.sources.map(\.rawValue)
            )
        }
        searches = steps.searches.map { Search(keyword: $0.keyword, url: $0.url) }
        providers = steps.providers
        answers = steps.answers.map {
            Answer(question: $0.question, answer: $0.answer, derived: $0.derived, sources: $0.sources.map(\.rawValue))
        }
        bestStep = steps.bestStep.map { Onward(route: RouteDTO($0.route), reach: $0.reach) }
        webHref = SiteRoute.role(role.id).path + "#next-steps"
    }
}

/// "Where can I start?" answered: the starting points and the roles open, ranked, with their reasons.
struct StartingAdviceDTO: Encodable, Sendable {
    struct Start: Encodable, Sendable {
        var place: String
        var name: String
        var reason: String
    }

    struct Suggestion: Encodable, Sendable {
        var rank: Int
        var role: String
        var name: String
        var start: String
        var months: Int
        var selfFundedMonths: Int
        var affordable: Bool
        var agesMatch: Bool
        var steps: [String]
        var reasons: [String]
        var href: String
    }

    var catalogueVersion: String
    var starts: [Start]
    var suggestions: [Suggestion]
    var unreachable: [String]
    var webHref: String

    init(_ advice: StartingAdvice, catalogue: Catalogue) {
        let finder = RouteFinder(catalogue: catalogue)
        catalogueVersion = catalogue.stamp.version
        starts = advice.starts.map { Start(place: $0.place.id, name: finder.name(of: $0.place), reason: $0.reason) }
        suggestions = advice.suggestions.enumerated().map { index, suggestion in
            Suggestion(
                rank: index + 1, role: suggestion.role.rawValue, name: finder.name(of: .role(suggestion.role)),
                start: suggestion.start.id, months: suggestion.plan.totalMonths,
                selfFundedMonths: suggestion.plan.unpaidMonths, affordable: suggestion.affordable,
                agesMatch: suggestion.agesMatch, steps: suggestion.plan.routeIDs.map(\.rawValue),
                reasons: suggestion.reasons, href: SiteRoute.api(.role(suggestion.role)).path)
        }
        unreachable = advice.unreachable.map(\.rawValue)
        webHref = SiteRoute.careerQuestions(advice.answers).path
    }
}
