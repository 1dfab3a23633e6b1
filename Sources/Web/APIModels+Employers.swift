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
    var training: RoleDTO.TrainingValue
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
        training = RoleDTO.TrainingValue(role.training)
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
