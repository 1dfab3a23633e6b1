/// What a person asks the team designer: a service model and, optionally, their own demand, budget, rules and
/// current team. Everything left out takes the service model's sourced default.
public struct DesignInput: Hashable, Sendable, Codable {
    /// How finely posts are sized.
    public enum PostSize: String, Hashable, Sendable, Codable, CaseIterable {
        case continuous, half, whole

        /// The step in WTE, or nil for any amount.
        public var step: Double? {
            switch self {
            case .continuous: nil
            case .half: 0.5
            case .whole: 1
            }
        }
    }

    /// Which point of a band a post is costed at.
    public enum PayPoint: String, Hashable, Sendable, Codable, CaseIterable {
        case top, entry
    }

    /// Demand as people; the service model's intervention shares split it.
    public struct Population: Hashable, Sendable, Codable {
        public var population: Double
        public var prevalence: Double
        public var accessRate: Double

        public init(population: Double, prevalence: Double, accessRate: Double) {
            self.population = population
            self.prevalence = prevalence
            self.accessRate = accessRate
        }
    }

    public struct Limit: Hashable, Sendable, Codable {
        public var minimum: Double?
        public var maximum: Double?

        public init(minimum: Double? = nil, maximum: Double? = nil) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    public var service: ServiceModel.ID
    /// Episodes a year by intervention id; interventions left out keep their default.
    public var demand: [String: Double]
    public var population: Population?
    /// A pay-bill budget in pounds a year (with on-costs); the design then meets as much need as it can afford.
    public var budget: Double?
    public var posts: PostSize
    public var onCosts: OnCostBasis
    public var payPoint: PayPoint
    /// Roles that cannot be recruited.
    public var unavailable: [Role.ID]
    /// Lower and upper WTE by role id.
    public var limits: [String: Limit]
    /// The team in post now, WTE by role id, to compare the design with.
    public var current: [String: Double]
    /// The Agenda for Change year to cost posts at, such as "2027/28" to budget ahead; nil for the year in
    /// force on the day the design is made.
    public var payYear: String?

    public init(
        service: ServiceModel.ID, demand: [String: Double] = [:], population: Population? = nil,
        budget: Double? = nil, posts: PostSize = .continuous, onCosts: OnCostBasis = .full,
        payPoint: PayPoint = .top, unavailable: [Role.ID] = [], limits: [String: Limit] = [:],
        current: [String: Double] = [:], payYear: String? = nil
    ) {
        self.service = service
        self.demand = demand
        self.population = population
        self.budget = budget
        self.posts = posts
        self.onCosts = onCosts
        self.payPoint = payPoint
        self.unavailable = unavailable
        self.limits = limits
        self.current = current
        self.payYear = payYear
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(
            allowed: [
                "service", "demand", "population", "budget", "posts", "onCosts", "payPoint", "unavailable", "limits",
                "current", "payYear",
            ])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        service = try container.decode(ServiceModel.ID.self, forKey: .service)
        demand = try container.decodeIfPresent([String: Double].self, forKey: .demand) ?? [:]
        population = try container.decodeIfPresent(Population.self, forKey: .population)
        budget = try container.decodeIfPresent(Double.self, forKey: .budget)
        posts = try container.decodeIfPresent(PostSize.self, forKey: .posts) ?? .continuous
        onCosts = try container.decodeIfPresent(OnCostBasis.self, forKey: .onCosts) ?? .full
        payPoint = try container.decodeIfPresent(PayPoint.self, forKey: .payPoint) ?? .top
        unavailable = try container.decodeIfPresent([Role.ID].self, forKey: .unavailable) ?? []
        limits = try container.decodeIfPresent([String: Limit].self, forKey: .limits) ?? [:]
        current = try container.decodeIfPresent([String: Double].self, forKey: .current) ?? [:]
        payYear = try container.decodeIfPresent(String.self, forKey: .payYear)
    }

    /// Largest demand accepted for one intervention: more than a whole region's year of NHS Talking Therapies.
    public static let maximumEpisodes = 2_000_000.0
    /// Largest budget accepted, in pounds a year.
    public static let maximumBudget = 1_000_000_000.0
    /// Largest WTE accepted for one role.
    public static let maximumWTE = 10_000.0

    /// Checks the input against the service model; the error says which field is wrong and how to fix it.
    public func validate(against model: ServiceModel) throws(WorkforceError) {
        func fail(_ field: String, _ message: String) -> WorkforceError {
            .invalidDesign(field: field, message: message)
        }
        let interventionIDs = model.interventions.map(\.id.rawValue)
        for (id, episodes) in demand.sorted(by: { $0.key < $1.key }) {
            guard interventionIDs.contains(id) else {
                throw fail(
                    "demand.\(id)",
                    "\(model.name) offers no intervention \"\(id)\". Use one of: \(interventionIDs.joined(separator: ", "))."
                )
            }
            let name = model.intervention(.init(rawValue: id))?.name ?? id
            guard episodes.isFinite, episodes >= 0 else {
                throw fail(
                    "demand.\(id)",
                    "Demand for \(name.inSentence) must be zero or a positive number of episodes a year.")
            }
            guard episodes <= Self.maximumEpisodes else {
                throw fail(
                    "demand.\(id)",
                    "\(episodes.roundedGroupedWithCommas) episodes a year of \(name.inSentence) is more than any one service sees. "
                        + "Enter at most \(Self.maximumEpisodes.roundedGroupedWithCommas), or split the demand between services."
                )
            }
        }
        if let population {
            guard population.population.isFinite, population.population >= 1, population.population <= 60_000_000 else {
                throw fail(
                    "population.population",
                    "The population must be a positive number, no larger than England's 60 million.")
            }
            for (field, label, value) in [
                ("prevalence", "Prevalence", population.prevalence),
                ("accessRate", "The access rate", population.accessRate),
            ] {
                guard value.isFinite, value > 0, value <= 1 else {
                    throw fail(
                        "population.\(field)",
                        "\(label) must be a share above 0 and at most 1 (above 0% and at most 100%).")
                }
            }
            guard model.interventions.allSatisfy({ $0.share != nil }) else {
                throw fail(
                    "population", "\(model.name) has no population defaults; give demand as episodes a year instead.")
            }
        }
        if let budget {
            guard budget.isFinite, budget > 0, budget <= Self.maximumBudget else {
                throw fail(
                    "budget", "The budget must be a positive amount in pounds a year, at most £1,000,000,000.")
            }
            if budget < 1000 {
                throw fail(
                    "budget",
                    "The budget is in pounds a year: £\(budget.roundedGroupedWithCommas) cannot pay for any post. Enter the full amount, like 450000."
                )
            }
        }
        let staffIDs = model.staff.map(\.role.rawValue)
        func checkRole(_ id: String, field: String) throws(WorkforceError) {
            guard staffIDs.contains(id) else {
                throw fail(
                    field,
                    "\"\(id)\" is not part of a \(model.name) team in Skillmix: none of its interventions is in that "
                        + "role's scope of practice here. Use one of: \(staffIDs.joined(separator: ", ")).")
            }
        }
        for id in unavailable { try checkRole(id.rawValue, field: "unavailable") }
        for (id, limit) in limits.sorted(by: { $0.key < $1.key }) {
            try checkRole(id, field: "limits.\(id)")
            for value in [limit.minimum, limit.maximum].compactMap({ $0 }) {
                guard value.isFinite, value >= 0, value <= Self.maximumWTE else {
                    throw fail(
                        "limits.\(id)",
                        "WTE limits for \(id) must be between 0 and \(Self.maximumWTE.roundedGroupedWithCommas).")
                }
            }
            if let low = limit.minimum, let high = limit.maximum, low > high {
                throw fail("limits.\(id)", "The minimum for \(id) (\(low) WTE) is above its maximum (\(high) WTE).")
            }
        }
        for (id, wte) in current.sorted(by: { $0.key < $1.key }) {
            try checkRole(id, field: "current.\(id)")
            guard wte.isFinite, wte >= 0, wte <= Self.maximumWTE else {
                throw fail(
                    "current.\(id)",
                    "Current WTE for \(id) must be between 0 and \(Self.maximumWTE.roundedGroupedWithCommas).")
            }
        }
    }
}
