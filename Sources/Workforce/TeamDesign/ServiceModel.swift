/// A kind of service a team is designed for (NHS Talking Therapies, a mental health support team, …): the
/// interventions it offers, the roles that may staff it, and the rules its team must follow.
public struct ServiceModel: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<ServiceModel>

    public var id: ID
    public var position: Int
    public var name: String
    public var summary: String
    /// What one unit of demand means here, e.g. "courses of treatment a year for the service's population".
    public var demandUnit: String
    /// Defaults for stating demand as population × prevalence × access rate, where the service has them.
    public var population: PopulationDemand?
    public var interventions: [Intervention]
    public var staff: [StaffRole]
    /// Posts the model always includes (a team manager, administration), costed but not optimised.
    public var fixedPosts: [FixedPost]
    public var rules: [CompositionRule]
    public var sources: [Source.ID]
    public var notes: [String]
    /// The published team the defaults are held against, or why there is none.
    public var reference: ReferenceTeam?

    public init(
        id: ID, position: Int, name: String, summary: String, demandUnit: String, population: PopulationDemand?,
        interventions: [Intervention], staff: [StaffRole], fixedPosts: [FixedPost], rules: [CompositionRule],
        sources: [Source.ID], notes: [String], reference: ReferenceTeam? = nil
    ) {
        self.reference = reference
        self.id = id
        self.position = position
        self.name = name
        self.summary = summary
        self.demandUnit = demandUnit
        self.population = population
        self.interventions = interventions
        self.staff = staff
        self.fixedPosts = fixedPosts
        self.rules = rules
        self.sources = sources
        self.notes = notes
    }

    public func intervention(_ id: Intervention.ID) -> Intervention? { interventions.first { $0.id == id } }
    public func staffRole(_ id: Role.ID) -> StaffRole? { staff.first { $0.role == id } }
}

/// Demand stated as people: population × prevalence × the share of them the service aims to reach.
public struct PopulationDemand: Hashable, Sendable, Codable {
    /// Who is counted, e.g. "adults aged 18 and over".
    public var populationLabel: String
    public var population: Parameter
    /// Share of the population with the needs the service treats, 0–1.
    public var prevalence: Parameter
    /// Share of those people the service aims to treat in a year, 0–1.
    public var accessRate: Parameter

    public init(populationLabel: String, population: Parameter, prevalence: Parameter, accessRate: Parameter) {
        self.populationLabel = populationLabel
        self.population = population
        self.prevalence = prevalence
        self.accessRate = accessRate
    }

    /// People the service aims to treat in a year.
    public var people: Double { population.value * prevalence.value * accessRate.value }
}

/// Something a team does for a person, such as a course of guided self-help.
public struct Intervention: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Intervention>

    public var id: ID
    public var name: String
    public var summary: String
    public var sessions: Parameter
    /// Minutes of clinician time per session, including notes and admin.
    public var minutesPerSession: Parameter
    /// Share of booked sessions not attended, 0–1; a missed session still takes the clinician's time.
    public var didNotAttend: Parameter
    /// People seen together in one session (1 for one-to-one work).
    public var groupSize: Parameter
    /// Default demand: episodes a year.
    public var episodes: Parameter
    /// With demand given as people, the share of them who receive this intervention.
    public var share: Parameter?
    /// How much an unmet episode matters relative to others (1 = the same).
    public var weight: Double
    /// The roles that may deliver it, and how.
    public var deliveredBy: [Delivery]

    public init(
        id: ID, name: String, summary: String, sessions: Parameter, minutesPerSession: Parameter,
        didNotAttend: Parameter, groupSize: Parameter, episodes: Parameter, share: Parameter?, weight: Double,
        deliveredBy: [Delivery]
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.sessions = sessions
        self.minutesPerSession = minutesPerSession
        self.didNotAttend = didNotAttend
        self.groupSize = groupSize
        self.episodes = episodes
        self.share = share
        self.weight = weight
        self.deliveredBy = deliveredBy
    }

    /// Clinician hours one episode takes: sessions booked (allowing for non-attendance) × minutes ÷ 60,
    /// shared among the people in a group.
    public var hoursPerEpisode: Double {
        sessions.value * minutesPerSession.value / 60 / (1 - didNotAttend.value) / groupSize.value
    }
}

/// A role's scope of practice for one intervention.
public struct Delivery: Hashable, Sendable, Codable {
    public var role: Role.ID
    /// Effective hours delivered per hour worked, 0–1 (1 = full rate; lower for a role that needs longer).
    public var efficiency: Double
    /// The line of the role's capabilities in the catalogue that puts this work in its scope.
    public var capability: String

    public init(role: Role.ID, efficiency: Double, capability: String) {
        self.role = role
        self.efficiency = efficiency
        self.capability = capability
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["role", "efficiency", "capability"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(Role.ID.self, forKey: .role)
        efficiency = try container.decode(Double.self, forKey: .efficiency)
        capability = try container.decode(String.self, forKey: .capability)
    }
}

/// A role as it works in one service model: how it is costed, how much of its time is clinical, and the
/// supervision it needs and may give.
public struct StaffRole: Hashable, Sendable, Codable {
    public var role: Role.ID
    /// The band the post is costed at.
    public var band: Band
    /// Share of working time spent on clinical work, 0–1.
    public var clinicalShare: Parameter
    /// Supervision one WTE must receive, in hours a year.
    public var supervisionReceived: Parameter
    /// Most supervision one WTE may give, in hours a year; absent when the role does not supervise here.
    public var supervisionGiven: Parameter?
    /// Most supervisees (in WTE) one WTE may supervise.
    public var span: Parameter?
    public var minimum: Double?
    public var maximum: Double?
    /// Who may supervise this role here, where it differs from (or fills a gap in) the role's catalogue entry.
    public var supervisors: [Role.ID]?
    /// Why `supervisors` is set, and on what basis.
    public var supervisorsNote: String?

    public init(
        role: Role.ID, band: Band, clinicalShare: Parameter, supervisionReceived: Parameter,
        supervisionGiven: Parameter?, span: Parameter?, minimum: Double? = nil, maximum: Double? = nil,
        supervisors: [Role.ID]? = nil, supervisorsNote: String? = nil
    ) {
        self.supervisors = supervisors
        self.supervisorsNote = supervisorsNote
        self.role = role
        self.band = band
        self.clinicalShare = clinicalShare
        self.supervisionReceived = supervisionReceived
        self.supervisionGiven = supervisionGiven
        self.span = span
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// A post the service model always has, costed but not chosen by the optimiser.
public struct FixedPost: Hashable, Sendable, Codable {
    public var name: String
    public var band: Band
    public var wte: Parameter

    public init(name: String, band: Band, wte: Parameter) {
        self.name = name
        self.band = band
        self.wte = wte
    }
}

/// A rule on the team's make-up: the WTE of `roles` must be at least `ratio` × the WTE of `per`.
public struct CompositionRule: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<CompositionRule>

    public var id: ID
    /// The rule in plain words.
    public var text: String
    public var roles: [Role.ID]
    public var ratio: Double
    public var per: [Role.ID]
    public var sources: [Source.ID]

    public init(id: ID, text: String, roles: [Role.ID], ratio: Double, per: [Role.ID], sources: [Source.ID]) {
        self.id = id
        self.text = text
        self.roles = roles
        self.ratio = ratio
        self.per = per
        self.sources = sources
    }
}

/// Shared parameters for costing and timing any team.
public struct TeamParameters: Hashable, Sendable, Codable {
    /// Working hours a year one WTE is available, after leave, public holidays, sickness and training.
    public var hoursPerWTE: Parameter
    /// Employer pension contribution at the full rate, percent of pay (including the administration levy).
    public var pensionFull: Parameter
    /// The part of the pension contribution an NHS employer pays from its own budget, percent of pay.
    public var pensionLocal: Parameter
    /// Employer National Insurance, percent of pay above the threshold.
    public var nationalInsurance: Parameter
    /// Annual pay above which employer National Insurance is due, in pounds.
    public var nationalInsuranceThreshold: Parameter
    /// Apprenticeship Levy, percent of pay.
    public var apprenticeshipLevy: Parameter
    /// The day the latest of the on-cost rates took effect.
    public var onCostsEffectiveFrom: CalendarDay?
    /// The day one of them is next due to change, when that is known (the pension scheme's valuation).
    public var onCostsDueToChange: CalendarDay?

    public init(
        hoursPerWTE: Parameter, pensionFull: Parameter, pensionLocal: Parameter, nationalInsurance: Parameter,
        nationalInsuranceThreshold: Parameter, apprenticeshipLevy: Parameter, onCostsEffectiveFrom: CalendarDay? = nil,
        onCostsDueToChange: CalendarDay? = nil
    ) {
        self.onCostsEffectiveFrom = onCostsEffectiveFrom
        self.onCostsDueToChange = onCostsDueToChange
        self.hoursPerWTE = hoursPerWTE
        self.pensionFull = pensionFull
        self.pensionLocal = pensionLocal
        self.nationalInsurance = nationalInsurance
        self.nationalInsuranceThreshold = nationalInsuranceThreshold
        self.apprenticeshipLevy = apprenticeshipLevy
    }

    /// "Employer on-costs are the rates in force from 6 April 2025; the pension rate is due to change on
    /// 1 April 2027." with a warning instead when `day` is on or after that change.
    public func onCostDates(on day: CalendarDay?) -> String? {
        guard let from = onCostsEffectiveFrom else { return nil }
        var text = "Employer on-costs are the rates in force from \(from.text)"
        if let due = onCostsDueToChange {
            if let day, day >= due {
                text +=
                    "; the employer pension rate could change from \(due.text), and the catalogue does not yet say "
                    + "whether it did"
            } else {
                text += "; the employer pension rate may change from \(due.text), after the scheme's valuation"
            }
        }
        return text + "."
    }

    /// What one WTE costs an employer in a year: pay plus pension, National Insurance and the levy.
    public func annualCost(pay: Double, basis: OnCostBasis) -> Double {
        let pension = (basis == .full ? pensionFull : pensionLocal).value / 100
        let insurance = nationalInsurance.value / 100 * max(0, pay - nationalInsuranceThreshold.value)
        return pay * (1 + pension + apprenticeshipLevy.value / 100) + insurance
    }
}

/// Which employer pension rate a costing uses.
public enum OnCostBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// The full employer rate: the true cost to the public purse.
    case full
    /// The part a trust pays from its own budget (the rest is paid centrally by NHS England).
    case local
}
