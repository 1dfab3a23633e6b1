import API
import Pages
import Workforce

// Explicit mappings from the team designer's service models to the generated types.

extension Components.Schemas.ServiceModel {
    init(_ model: ServiceModel) {
        self.init(
            id: model.id.rawValue, name: model.name, summary: model.summary, demandUnit: model.demandUnit,
            population: model.population.map {
                .init(
                    populationLabel: $0.populationLabel, population: .init($0.population),
                    prevalence: .init($0.prevalence), accessRate: .init($0.accessRate))
            },
            interventions: model.interventions.map { intervention in
                .init(
                    id: intervention.id.rawValue, name: intervention.name, summary: intervention.summary,
                    sessions: .init(intervention.sessions), minutesPerSession: .init(intervention.minutesPerSession),
                    didNotAttend: .init(intervention.didNotAttend), groupSize: .init(intervention.groupSize),
                    episodes: .init(intervention.episodes), share: intervention.share.map { .init($0) },
                    weight: intervention.weight,
                    deliveredBy: intervention.deliveredBy.map {
                        .init(role: $0.role.rawValue, efficiency: $0.efficiency, capability: $0.capability)
                    })
            },
            staff: model.staff.map { staff in
                .init(
                    role: staff.role.rawValue, band: staff.band.name, clinicalShare: .init(staff.clinicalShare),
                    supervisionReceived: .init(staff.supervisionReceived),
                    supervisionGiven: staff.supervisionGiven.map { .init($0) }, span: staff.span.map { .init($0) },
                    minimum: staff.minimum, maximum: staff.maximum, supervisors: staff.supervisors?.map(\.rawValue),
                    supervisorsNote: staff.supervisorsNote)
            },
            fixedPosts: model.fixedPosts.map { .init(name: $0.name, band: $0.band.name, wte: .init($0.wte)) },
            rules: model.rules.map {
                .init(
                    id: $0.id.rawValue, text: $0.text, roles: $0.roles.map(\.rawValue), ratio: $0.ratio,
                    per: $0.per.map(\.rawValue), sources: $0.sources.map(\.rawValue))
            },
            sources: model.sources.map(\.rawValue), notes: model.notes,
            designPage: SiteRoute.designForm(model.id.rawValue).path,
            reference: model.reference.map(Components.Schemas.ReferenceTeam.init))
    }
}

extension Components.Schemas.ReferenceTeam {
    init(_ team: ReferenceTeam) {
        self.init(
            name: team.name, serves: team.serves,
            posts: team.posts.map {
                .init(roles: $0.roles.map(\.rawValue), title: $0.title, band: $0.band?.name, wte: .init($0.wte))
            },
            exception: team.exception, sources: team.sources.map(\.rawValue), notes: team.notes)
    }
}

extension Components.Schemas.ReferenceComparison {
    init(_ comparison: ReferenceComparison, service: ServiceModel.ID) {
        self.init(
            service: service.rawValue, team: .init(comparison.team),
            lines: comparison.lines.map {
                .init(
                    title: $0.post.title, roles: $0.post.roles.map(\.rawValue), reference: $0.reference,
                    designed: $0.designed, difference: $0.difference, relativeDifference: $0.relativeDifference,
                    withinTolerance: $0.withinTolerance)
            },
            tolerance: ReferenceTeam.tolerance, referenceTotal: comparison.referenceTotal,
            designedTotal: comparison.designedTotal, calibrated: comparison.calibrated)
    }
}
