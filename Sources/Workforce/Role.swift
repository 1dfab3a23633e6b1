/// A psychological profession role in the NHS in England, with every fact and where it comes from.
public struct Role: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Role>

    public var id: ID
    public var name: String
    public var abbreviation: String?
    public var group: RoleGroup.ID
    /// Order in the taxonomy, used for listing.
    public var position: Int
    public var leadership: Leadership
    /// Written by Skillmix's editors from the sources.
    public var summary: String
    /// The ages of the people the role serves; `nil` where it is not established.
    public var ages: AgeRange?
    public var settings: [Setting]
    public var entryRequirements: [String]
    public var training: Training
    public var registration: [String]
    public var bands: Bands
    public var capabilities: [String]
    public var supervisedBy: [Role.ID]
    public var progression: [Progression]
    /// Year the role was introduced, for roles new since the NHS Talking Therapies programme.
    public var introduced: Int?
    public var intake: [IntakeFigure]
    public var notes: [String]
    public var uncertain: [Uncertainty]
    /// The sources behind each fact.
    public var factSources: [Fact: [Source.ID]]
    /// Facts for which no source was recorded; the product says so beside them.
    public var unsourced: Set<Fact>
    /// Sources about the role in general, not tied to one fact.
    public var furtherSources: [Source.ID]

    public init(
        id: ID, name: String, abbreviation: String?, group: RoleGroup.ID, position: Int, leadership: Leadership,
        summary: String, ages: AgeRange?, settings: [Setting], entryRequirements: [String], training: Training,
        registration: [String], bands: Bands, capabilities: [String], supervisedBy: [Role.ID],
        progression: [Progression], introduced: Int?, intake: [IntakeFigure], notes: [String],
        uncertain: [Uncertainty], factSources: [Fact: [Source.ID]], unsourced: Set<Fact>, furtherSources: [Source.ID]
    ) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.group = group
        self.position = position
        self.leadership = leadership
        self.summary = summary
        self.ages = ages
        self.settings = settings
        self.entryRequirements = entryRequirements
        self.training = training
        self.registration = registration
        self.bands = bands
        self.capabilities = capabilities
        self.supervisedBy = supervisedBy
        self.progression = progression
        self.introduced = introduced
        self.intake = intake
        self.notes = notes
        self.uncertain = uncertain
        self.factSources = factSources
        self.unsourced = unsourced
        self.furtherSources = furtherSources
    }

    /// The name with its abbreviation, e.g. "Psychological wellbeing practitioner (PWP)".
    public var displayName: String {
        guard let abbreviation, !abbreviation.isEmpty else { return name }
        return "\(name) (\(abbreviation))"
    }

    /// The uncertainty notes that apply to one fact.
    public func uncertainties(of fact: Fact) -> [Uncertainty] { uncertain.filter { $0.fact == fact } }

    /// Sources behind one fact (empty when none was recorded).
    public func sources(of fact: Fact) -> [Source.ID] { factSources[fact] ?? [] }

    /// Every source the role cites, each once, facts first.
    public var allSources: [Source.ID] {
        var seen = Set<Source.ID>()
        return (Fact.allCases.flatMap { sources(of: $0) } + furtherSources).filter { seen.insert($0).inserted }
    }

    /// Introduced in 2019 or later: the new roles of the NHS Long Term Plan.
    public var isNewRole: Bool { (introduced ?? 0) >= 2019 }
}

/// Which professional leadership a role sits under.
public enum Leadership: String, Hashable, Sendable, Codable, CaseIterable {
    case psychologicalProfessions = "psychological-professions"
    /// Art, drama and music therapists are allied health professions as well as psychological professions.
    case alliedHealthProfessions = "allied-health-professions"

    public var label: String {
        switch self {
        case .psychologicalProfessions: "Psychological professions"
        case .alliedHealthProfessions: "Allied health professions (and psychological professions)"
        }
    }
}

/// The facts a role carries, each with its own sources and uncertainty.
public enum Fact: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case group, summary, ages, settings, entryRequirements, training, registration, bands, capabilities, supervisedBy
    case progression, introduced, intake, notes

    public var label: String {
        switch self {
        case .group: "Group"
        case .summary: "Summary"
        case .ages: "Ages served"
        case .settings: "Where they work"
        case .entryRequirements: "Entry requirements"
        case .training: "Training"
        case .registration: "Registration and regulation"
        case .bands: "Pay bands"
        case .capabilities: "What they do"
        case .supervisedBy: "Supervised by"
        case .progression: "Where the role can lead"
        case .introduced: "Year introduced"
        case .intake: "Numbers"
        case .notes: "Notes"
        }
    }
}

/// The ages a role serves, in years; `max == nil` means no upper limit.
public struct AgeRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var min: Int
    public var max: Int?

    public init(min: Int, max: Int?) {
        self.min = min
        self.max = max
    }

    public func overlaps(_ other: AgeRange) -> Bool {
        min <= (other.max ?? Int.max) && other.min <= (max ?? Int.max)
    }

    public var description: String {
        switch (min, max) {
        case (0, nil): "all ages"
        case (let low, nil): "\(low) and over"
        case (0, let high?): "up to \(high)"
        case (let low, let high?): "\(low) to \(high)"
        }
    }
}

/// A setting a role works in, with the kinds it is filed under for filtering.
public struct Setting: Hashable, Sendable, Codable {
    public var text: String
    public var kinds: [SettingKind]

    public init(text: String, kinds: [SettingKind]) {
        self.text = text
        self.kinds = kinds
    }
}

/// Broad kinds of setting, so roles can be filtered by where they work.
public enum SettingKind: String, Hashable, Sendable, Codable, CaseIterable {
    case schools
    case inpatient
    case community
    case primaryCare = "primary-care"
    case childrenAndYoungPeople = "children-and-young-people"
    case olderAdults = "older-adults"
    case forensic
    case physicalHealth = "physical-health"
    case learningDisability = "learning-disability"
    case voluntaryAndPrivate = "voluntary-and-private"

    public var label: String {
        switch self {
        case .schools: "Schools and colleges"
        case .inpatient: "Inpatient and hospital"
        case .community: "Community services"
        case .primaryCare: "Primary care and NHS Talking Therapies"
        case .childrenAndYoungPeople: "Children's and young people's services"
        case .olderAdults: "Older adults' services"
        case .forensic: "Forensic and justice"
        case .physicalHealth: "Physical health"
        case .learningDisability: "Learning disability"
        case .voluntaryAndPrivate: "Voluntary sector and private providers"
        }
    }
}

/// The core training for a role.
public struct Training: Hashable, Sendable, Codable {
    public var programme: String
    public var level: String?
    /// Typical full-time length; `nil` where it varies.
    public var months: Int?
    /// `true`: the trainee is employed and paid; `false`: usually self-funded; `nil`: mixed or unknown.
    public var salaried: Bool?
    public var providers: [String]

    public init(programme: String, level: String?, months: Int?, salaried: Bool?, providers: [String]) {
        self.programme = programme
        self.level = level
        self.months = months
        self.salaried = salaried
        self.providers = providers
    }

    public var fundingLabel: String {
        switch salaried {
        case true?: "Salaried (you are paid while you train)"
        case false?: "Usually self-funded"
        case nil: "Mixed: some places are salaried, some self-funded"
        }
    }

    public var lengthLabel: String {
        guard let months else { return "Varies" }
        if months % 12 == 0 { return months == 12 ? "1 year (12 months)" : "\(months / 12) years (\(months) months)" }
        return "\(months) months"
    }
}

/// Agenda for Change bands while training, once qualified, and on progression.
public struct Bands: Hashable, Sendable, Codable {
    /// `nil` when there is no salaried NHS training post.
    public var trainee: BandRange?
    public var qualified: BandRange?
    public var progression: [Band]

    public init(trainee: BandRange?, qualified: BandRange?, progression: [Band]) {
        self.trainee = trainee
        self.qualified = qualified
        self.progression = progression
    }
}

/// A move from this role to another, as the role's sources describe it.
public struct Progression: Hashable, Sendable, Codable {
    public var to: Role.ID
    public var via: String
    public var months: Int?

    public init(to: Role.ID, via: String, months: Int?) {
        self.to = to
        self.via = via
        self.months = months
    }
}

/// A published number about a role (places, cohorts, teams).
public struct IntakeFigure: Hashable, Sendable, Codable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// A fact, or part of one, that was inferred, conflicts between sources or rests on a weak source.
public struct Uncertainty: Hashable, Sendable, Codable {
    public var fact: Fact
    public var detail: String

    public init(fact: Fact, detail: String) {
        self.fact = fact
        self.detail = detail
    }
}
