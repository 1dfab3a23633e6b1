import API
import Pages
import Workforce

// Explicit mappings from the introducing pack, its business case and the next steps to the generated types.

extension Components.Schemas.Introduction {
    init(
        _ introduction: RoleIntroduction, businessCase: BusinessCase?, query: BusinessCaseQuery, catalogue: Catalogue
    ) {
        let role = introduction.role
        self.init(
            catalogueVersion: catalogue.stamp.version, role: role.id.rawValue, name: role.name,
            capabilities: role.capabilities,
            fits: introduction.fits.map { fit in
                .init(
                    service: fit.model.id.rawValue, serviceName: fit.model.name, band: fit.staff.band.name,
                    interventions: fit.interventions.map(\.id.rawValue),
                    supervisionNeeded: fit.staff.supervisionReceived.value,
                    supervisionBasis: fit.staff.supervisionReceived.basis.rawValue,
                    supervisors: fit.supervisors.map(\.rawValue), supervisionGiven: fit.staff.supervisionGiven?.value,
                    designPage: SiteRoute.designForm(fit.model.id.rawValue).path)
            },
            payYear: introduction.scale?.name,
            trainee: introduction.trainee.map {
                .init(
                    bands: $0.bands.text, payEntry: $0.payEntry, payTop: $0.payTop, costEntry: $0.costEntry,
                    costTop: $0.costTop)
            },
            qualified: introduction.qualified.map {
                .init(
                    bands: $0.bands.text, payEntry: $0.payEntry, payTop: $0.payTop, costEntry: $0.costEntry,
                    costTop: $0.costTop)
            },
            onCosts: introduction.onCosts,
            training: .init(
                programme: role.training.programme, level: role.training.level, months: role.training.months,
                salaried: role.training.salaried, providers: role.training.providers),
            experienceMonths: introduction.experienceMonths, trainingMonths: introduction.trainingMonths,
            registration: role.registration, notes: role.notes, businessCase: businessCase.map { .init($0) },
            sources: role.allSources.map(\.rawValue), webHref: SiteRoute.introducing(role.id, query).path)
    }
}

extension Components.Schemas.BusinessCase {
    init(_ figures: BusinessCase) {
        self.init(
            role: figures.role.rawValue, roleName: figures.roleName, service: figures.service.rawValue,
            serviceName: figures.serviceName, posts: figures.posts, payYear: figures.payYear,
            qualifiedBand: figures.qualifiedBand.name, costPerQualifiedPost: figures.costPerQualifiedPost,
            traineeBand: figures.traineeBand?.name, costPerTraineePost: figures.costPerTraineePost,
            trainingMonths: figures.trainingMonths,
            firstYear: .init(amount: figures.firstYear.amount, sum: figures.firstYear.sum),
            recurring: .init(amount: figures.recurring.amount, sum: figures.recurring.sum),
            supervisionNeeded: figures.supervisionNeeded, supervisors: figures.supervisors.map(\.rawValue),
            clinicalHours: figures.clinicalHours, hoursUsed: figures.hoursUsed,
            episodes: figures.episodes.map {
                .init(
                    intervention: $0.intervention.rawValue, name: $0.name, hoursPerEpisode: $0.hoursPerEpisode,
                    demand: $0.demand, delivered: $0.delivered)
            },
            costBasis: figures.costBasis, parameters: figures.parameters.map(Components.Schemas.ParameterUse.init),
            limits: figures.limits)
    }
}

extension Components.Schemas.ParameterUse {
    init(_ use: TeamDesign.ParameterUse) {
        self.init(label: use.label, value: use.value, unit: use.unit, parameter: .init(use.parameter))
    }
}

extension Components.Schemas.Parameter {
    init(_ parameter: Parameter) {
        self.init(
            value: parameter.value, basis: .init(parameter.basis), sources: parameter.sources.map(\.rawValue),
            note: parameter.note)
    }
}

extension Components.Schemas.Parameter.BasisPayload {
    init(_ basis: Parameter.Basis) {
        switch basis {
        case .official: self = .official
        case .estimate: self = .estimate
        case .derived: self = .derived
        case .assumption: self = .assumption
        }
    }
}

extension Components.Schemas.NextSteps {
    init(_ steps: NextSteps, role: Role, catalogue: Catalogue) {
        self.init(
            catalogueVersion: catalogue.stamp.version, role: role.id.rawValue,
            waysIn: steps.waysIn.map {
                .init(
                    step: $0.step, from: $0.from.map(\.id), competition: $0.competition,
                    sources: $0.sources.map(\.rawValue))
            },
            searches: steps.searches.map { .init(keyword: $0.keyword, url: $0.url) },
            providers: steps.providers,
            answers: steps.answers.map {
                .init(
                    question: $0.question, answer: $0.answer, derived: $0.derived, sources: $0.sources.map(\.rawValue))
            },
            bestStep: steps.bestStep.map { .init(route: .init($0.route), reach: $0.reach) },
            webHref: SiteRoute.role(role.id).path + "#next-steps")
    }
}
