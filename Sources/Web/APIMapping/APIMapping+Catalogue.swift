import API
import Pages
import Workforce

// Explicit mappings from the catalogue's domain values to the types generated from openapi.yaml: a renamed
// domain property is a compile error here, never a silent change to the API.

extension Components.Schemas.RoleSummary {
    init(_ role: Role) {
        self.init(
            id: role.id.rawValue, name: role.name, abbreviation: role.abbreviation, group: role.group.rawValue,
            summary: role.summary, ages: role.ages.map { .init(min: $0.min, max: $0.max) },
            trainingMonths: role.training.months, trainingSalaried: role.training.salaried,
            bandTrainee: role.bands.trainee?.text, bandQualified: role.bands.qualified?.text,
            introduced: role.introduced, leadership: .init(role.leadership),
            href: SiteRoute.api(.role(role.id)).path, webHref: SiteRoute.role(role.id).path)
    }
}

extension Components.Schemas.RoleSummary.LeadershipPayload {
    init(_ leadership: Leadership) {
        switch leadership {
        case .psychologicalProfessions: self = .psychologicalProfessions
        case .alliedHealthProfessions: self = .alliedHealthProfessions
        }
    }
}

/// Where a role's fact comes from, as every fact in the API carries it.
private struct Provenance {
    var sources: [String]
    var uncertain: [String]
    var unsourced: Bool

    init(_ fact: Fact, of role: Role) {
        sources = role.sources(of: fact).map(\.rawValue)
        uncertain = role.uncertainties(of: fact).map(\.detail)
        unsourced = role.unsourced.contains(fact)
    }
}

extension Components.Schemas.SourcedFact {
    fileprivate init(_ value: [String], _ provenance: Provenance) {
        self.init(
            value: value, sources: provenance.sources, uncertain: provenance.uncertain,
            unsourced: provenance.unsourced)
    }
}

extension Components.Schemas.Role {
    init(_ role: Role, catalogue: Catalogue) {
        func about(_ fact: Fact) -> Provenance { Provenance(fact, of: role) }
        let group = about(.group)
        let ages = about(.ages)
        let settings = about(.settings)
        let training = about(.training)
        let bands = about(.bands)
        let progression = about(.progression)
        let introduced = about(.introduced)
        let intake = about(.intake)
        self.init(
            id: role.id.rawValue, name: role.name, abbreviation: role.abbreviation, summary: role.summary,
            leadership: role.leadership.rawValue,
            group: .init(
                value: role.group.rawValue, sources: group.sources, uncertain: group.uncertain,
                unsourced: group.unsourced),
            ages: .init(
                value: role.ages.map { .init(min: $0.min, max: $0.max) }, sources: ages.sources,
                uncertain: ages.uncertain, unsourced: ages.unsourced),
            settings: .init(
                value: role.settings.map { .init(text: $0.text, kinds: $0.kinds.map(\.rawValue)) },
                sources: settings.sources, uncertain: settings.uncertain, unsourced: settings.unsourced),
            entryRequirements: .init(role.entryRequirements, about(.entryRequirements)),
            training: .init(
                value: .init(
                    programme: role.training.programme, level: role.training.level, months: role.training.months,
                    salaried: role.training.salaried, providers: role.training.providers),
                sources: training.sources, uncertain: training.uncertain, unsourced: training.unsourced),
            registration: .init(role.registration, about(.registration)),
            bands: .init(
                value: .init(
                    trainee: role.bands.trainee?.text, qualified: role.bands.qualified?.text,
                    progression: role.bands.progression.map(\.name)),
                sources: bands.sources, uncertain: bands.uncertain, unsourced: bands.unsourced),
            capabilities: .init(role.capabilities, about(.capabilities)),
            supervisedBy: .init(role.supervisedBy.map(\.rawValue), about(.supervisedBy)),
            progression: .init(
                value: role.progression.map { .init(to: $0.to.rawValue, via: $0.via, months: $0.months) },
                sources: progression.sources, uncertain: progression.uncertain, unsourced: progression.unsourced),
            introduced: .init(
                value: role.introduced, sources: introduced.sources, uncertain: introduced.uncertain,
                unsourced: introduced.unsourced),
            intake: .init(
                value: role.intake.map { .init(label: $0.label, value: $0.value) }, sources: intake.sources,
                uncertain: intake.uncertain, unsourced: intake.unsourced),
            notes: role.notes, furtherSources: role.furtherSources.map(\.rawValue),
            sources: role.allSources.compactMap { catalogue.source($0) }.map(Components.Schemas.Source.init),
            webHref: SiteRoute.role(role.id).path,
            pay: catalogue.payScale.map { scale in
                .init(
                    year: scale.year, edition: scale.edition, effectiveFrom: scale.effectiveFrom.description,
                    basis: .init(scale.basis), status: scale.status,
                    trainee: role.bands.trainee.flatMap { scale.range(of: $0) }.map {
                        .init(minimum: $0.minimum, maximum: $0.maximum)
                    },
                    qualified: role.bands.qualified.flatMap { scale.range(of: $0) }.map {
                        .init(minimum: $0.minimum, maximum: $0.maximum)
                    },
                    sources: scale.sources.map(\.rawValue))
            })
    }
}

extension Components.Schemas.Source {
    init(_ source: Source) {
        self.init(
            id: source.id.rawValue, url: source.url, publisher: source.publisher, title: source.title,
            date: source.date, dateBasis: source.dateBasis, checked: source.checked?.description,
            checkedNote: source.checkedNote, secondary: source.secondary)
    }
}

extension Components.Schemas.Group {
    init(_ group: RoleGroup, catalogue: Catalogue) {
        self.init(
            id: group.id.rawValue, name: group.name, description: group.description,
            roles: catalogue.roles(in: group.id).map(\.id.rawValue), sources: group.sources.map(\.rawValue))
    }
}

extension Components.Schemas.EntryPoint {
    init(_ entry: EntryPoint) {
        self.init(
            id: entry.id.rawValue, label: entry.label, description: entry.description,
            ppnCharacter: entry.ppnCharacter, directRoles: entry.directRoles.map(\.rawValue), notes: entry.notes,
            trainingRoutes: entry.trainingRoutes.map(\.rawValue), sources: entry.sources.map(\.rawValue),
            uncertain: entry.uncertain)
    }
}

extension Components.Schemas.Role.PayPayload.BasisPayload {
    init(_ basis: PayScale.Basis) {
        switch basis {
        case .official: self = .official
        case .derived: self = .derived
        case .secondary: self = .secondary
        }
    }
}
