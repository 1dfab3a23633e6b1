/// A place on the career map: a role, or an entry point such as "psychology graduate".
public enum Place: Hashable, Sendable, Codable, CustomStringConvertible {
    case role(Role.ID)
    case entryPoint(EntryPoint.ID)

    /// The id as written in data and URLs; role and entry-point ids never collide (the catalogue checks it).
    public var id: String {
        switch self {
        case .role(let id): id.rawValue
        case .entryPoint(let id): id.rawValue
        }
    }

    public var description: String { id }

    public var roleID: Role.ID? {
        if case .role(let id) = self { return id }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let role = try container.decodeIfPresent(Role.ID.self, forKey: .role) {
            self = .role(role)
        } else {
            self = .entryPoint(try container.decode(EntryPoint.ID.self, forKey: .entryPoint))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .role(let id): try container.encode(id, forKey: .role)
        case .entryPoint(let id): try container.encode(id, forKey: .entryPoint)
        }
    }

    private enum CodingKeys: String, CodingKey { case role, entryPoint }
}

/// How a step is paid for.
public enum Funding: String, Hashable, Sendable, Codable, CaseIterable {
    case salaried
    case selfFunded = "self-funded"
    /// Some places are salaried, some self-funded.
    case mixed

    public var label: String {
        switch self {
        case .salaried: "Salaried"
        case .selfFunded: "Self-funded"
        case .mixed: "Mixed: some places salaried, some self-funded"
        }
    }
}

public enum StudyMode: String, Hashable, Sendable, Codable {
    case fullTime = "full-time"
    case partTime = "part-time"
}

/// One move on the career map, from an entry point or a role to another role (or, for a conversion
/// course or a degree, to another entry point), with its length, funding, rules and sources.
public struct CareerRoute: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<CareerRoute>

    public var id: ID
    public var from: Place
    public var to: Place
    /// The programme, post or step, in plain words.
    public var step: String
    /// Length of the step itself.
    public var months: Int
    public var mode: StudyMode
    public var funding: Funding
    public var level: String?
    /// Time the step asks you to have spent in the starting role first.
    public var experienceMonths: Int
    public var prerequisites: [String]
    /// An NHS-funded psychological professions training, which the two-year funding rule covers.
    public var nhsFundedTraining: Bool
    /// Months of the step that are self-funded, where it is only partly so (e.g. a pre-clinical course).
    public var selfFundedMonths: Int?
    public var competition: String?
    public var applicantsPerPlace: Double?
    public var sources: [Source.ID]
    public var uncertain: [String]
    /// Figures or facts that are Skillmix's assumptions, not taken from a source.
    public var assumptions: [String]

    public init(
        id: ID, from: Place, to: Place, step: String, months: Int, mode: StudyMode, funding: Funding, level: String?,
        experienceMonths: Int, prerequisites: [String], nhsFundedTraining: Bool, selfFundedMonths: Int?,
        competition: String?, applicantsPerPlace: Double?, sources: [Source.ID], uncertain: [String],
        assumptions: [String]
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.step = step
        self.months = months
        self.mode = mode
        self.funding = funding
        self.level = level
        self.experienceMonths = experienceMonths
        self.prerequisites = prerequisites
        self.nhsFundedTraining = nhsFundedTraining
        self.selfFundedMonths = selfFundedMonths
        self.competition = competition
        self.applicantsPerPlace = applicantsPerPlace
        self.sources = sources
        self.uncertain = uncertain
        self.assumptions = assumptions
    }

    /// Months you pay for yourself. Mixed funding counts in full: it may be self-funded, and a plan
    /// should not promise pay that is not certain.
    public var unpaidMonths: Int {
        if let selfFundedMonths { return selfFundedMonths }
        return funding == .salaried ? 0 : months
    }
}
