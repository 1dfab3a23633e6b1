import Pages
import Workforce

// The JSON API's contract: these shapes are documented in openapi.json and change only with /api/v2.

struct ListResponse<Item: Encodable & Sendable>: Encodable, Sendable {
    var catalogueVersion: String
    var count: Int
    var data: [Item]

    init(catalogue: Catalogue, data: [Item]) {
        catalogueVersion = catalogue.stamp.version
        count = data.count
        self.data = data
    }
}

struct RoleSummaryDTO: Encodable, Sendable {
    var id: String
    var name: String
    var abbreviation: String?
    var group: String
    var summary: String
    var ages: AgeRange?
    var trainingMonths: Int?
    var trainingSalaried: Bool?
    var bandTrainee: String?
    var bandQualified: String?
    var introduced: Int?
    var leadership: String
    var href: String
    var webHref: String

    init(_ role: Role) {
        id = role.id.rawValue
        name = role.name
        abbreviation = role.abbreviation
        group = role.group.rawValue
        summary = role.summary
        ages = role.ages
        trainingMonths = role.training.months
        trainingSalaried = role.training.salaried
        bandTrainee = role.bands.trainee?.text
        bandQualified = role.bands.qualified?.text
        introduced = role.introduced
        leadership = role.leadership.rawValue
        href = SiteRoute.api(.role(role.id)).path
        webHref = SiteRoute.role(role.id).path
    }
}

/// A fact's value together with its sources and what is uncertain about it.
struct FactDTO<Value: Encodable & Sendable>: Encodable, Sendable {
    var value: Value
    var sources: [String]
    var uncertain: [String]
    var unsourced: Bool
}

struct RoleDTO: Encodable, Sendable {
    struct TrainingValue: Encodable, Sendable {
        var programme: String
        var level: String?
        var months: Int?
        var salaried: Bool?
        var providers: [String]

        init(_ training: Training) {
            programme = training.programme
            level = training.level
            months = training.months
            salaried = training.salaried
            providers = training.providers
        }
    }
    struct BandsValue: Encodable, Sendable {
        var trainee: String?
        var qualified: String?
        var progression: [String]
    }
    struct ProgressionValue: Encodable, Sendable {
        var to: String
        var via: String
        var months: Int?
    }

    var id: String
    var name: String
    var abbreviation: String?
    var summary: String
    var leadership: String
    var group: FactDTO<String>
    var ages: FactDTO<AgeRange?>
    var settings: FactDTO<[Setting]>
    var entryRequirements: FactDTO<[String]>
    var training: FactDTO<TrainingValue>
    var registration: FactDTO<[String]>
    var bands: FactDTO<BandsValue>
    var capabilities: FactDTO<[String]>
    var supervisedBy: FactDTO<[String]>
    var progression: FactDTO<[ProgressionValue]>
    var introduced: FactDTO<Int?>
    var intake: FactDTO<[IntakeFigure]>
    var notes: [String]
    var furtherSources: [String]
    var sources: [SourceDTO]
    var pay: PayDTO?
    var webHref: String

    init(_ role: Role, catalogue: Catalogue) {
        func fact<V>(_ fact: Fact, _ value: V) -> FactDTO<V> {
            FactDTO(
                value: value, sources: role.sources(of: fact).map(\.rawValue),
                uncertain: role.uncertainties(of: fact).map(\.detail), unsourced: role.unsourced.contains(fact)
            )
        }
        id = role.id.rawValue
        name = role.name
        abbreviation = role.abbreviation
        summary = role.summary
        leadership = role.leadership.rawValue
        group = fact(.group, role.group.rawValue)
        ages = fact(.ages, role.ages)
        settings = fact(.settings, role.settings)
        entryRequirements = fact(.entryRequirements, role.entryRequirements)
        training = fact(
            .training,
            TrainingValue(role.training)
        )
        registration = fact(.registration, role.registration)
        bands = fact(
            .bands,
            BandsValue(
                trainee: role.bands.trainee?.text, qualified: role.bands.qualified?.text,
                progression: role.bands.progression.map(\.name)
            )
        )
        capabilities = fact(.capabilities, role.capabilities)
        supervisedBy = fact(.supervisedBy, role.supervisedBy.map(\.rawValue))
        progression = fact(
            .progression, role.progression.map { ProgressionValue(to: $0.to.rawValue, via: $0.via, months: $0.months) })
        introduced = fact(.introduced, role.introduced)
        intake = fact(.intake, role.intake)
        notes = role.notes
        furtherSources = role.furtherSources.map(\.rawValue)
        sources = role.allSources.compactMap { catalogue.source($0) }.map(SourceDTO.init)
        pay = catalogue.payScale.map { scale in
            PayDTO(
                year: scale.year, edition: scale.edition, effectiveFrom: scale.effectiveFrom.description,
                basis: scale.basis.rawValue, status: scale.status,
                trainee: role.bands.trainee.flatMap { scale.range(of: $0) },
                qualified: role.bands.qualified.flatMap { scale.range(of: $0) }, sources: scale.sources.map(\.rawValue)
            )
        }
        webHref = SiteRoute.role(role.id).path
    }
}

struct SourceDTO: Encodable, Sendable {
    var id: String
    var url: String
    var publisher: String
    var title: String?
    var date: String?
    var dateBasis: String?
    /// YYYY-MM-DD, or nil when nobody has checked the page.
    var checked: String?
    var checkedNote: String?
    var secondary: String?

    init(_ source: Source) {
        id = source.id.rawValue
        url = source.url
        publisher = source.publisher
        title = source.title
        date = source.date
        dateBasis = source.dateBasis
        checked = source.checked?.description
        checkedNote = source.checkedNote
        secondary = source.secondary
    }
}

struct GroupDTO: Encodable, Sendable {
    var id: String
    var name: String
    var description: String
    var roles: [String]
    var sources: [String]
}

struct EntryPointDTO: Encodable, Sendable {
    var id: String
    var label: String
    var description: String
    var ppnCharacter: Bool?
    var directRoles: [String]
    var trainingRoutes: [String]
    var notes: [String]
    var sources: [String]
    var uncertain: [String]

    init(_ entry: EntryPoint) {
        id = entry.id.rawValue
        label = entry.label
        description = entry.description
        ppnCharacter = entry.ppnCharacter
        directRoles = entry.directRoles.map(\.rawValue)
        trainingRoutes = entry.trainingRoutes.map(\.rawValue)
        notes = entry.notes
        sources = entry.sources.map(\.rawValue)
        uncertain = entry.uncertain
    }
}

/// Annual pay in pounds for a role's trainee and qualified bands, from the latest Agenda for Change scale.
struct PayDTO: Encodable, Sendable {
    var year: String
    var edition: String?
    var effectiveFrom: String
    var basis: String
    var status: String
    var trainee: PayScale.Range?
    var qualified: PayScale.Range?
    var sources: [String]
}
