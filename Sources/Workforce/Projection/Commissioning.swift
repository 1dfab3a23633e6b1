import LinearProgramming

/// The least-cost training commissions that meet the targets: MODEL.md's commissioning optimiser.
///
/// With the mean rates (no draws), Engine B's step is linear in the intake, so each place's stock and trainees
/// are a fixed part plus a sum of unit responses to each year's intake of each role (superposition, computed by
/// running the same step order once per unit intake). That makes the stock-flow equations exact constraints of a
/// small LP per place: choose places q(role, year) ≥ 0 for every role with a training pipeline to minimise
/// shortfall (weighted) plus trainee salaries, with each year's new places at most `supervisionRatio` times the
/// supervisors in post the year before, and trainee salaries within the place's share of any training budget.
/// Places are independent, so each is solved on its own and the national plan is their sum; the combined model
/// exports as one MPS file.
public struct CommissioningPlan: Hashable, Sendable, Codable {
    public struct RolePlan: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        /// National places a year: the defaults, and the optimised plan.
        public var defaultPlaces: [Double]
        public var places: [Double]
        /// National shortfall against the target (WTE) a year with the defaults and with the plan (mean rates).
        public var shortfallBefore: [Double]
        public var shortfallAfter: [Double]
        /// Salary cost of one trainee for a year, with on-costs (0 when training is self-funded).
        public var traineeCost: Double
        /// Where the role's target comes from (`TargetBasis`); nil in plans saved before Skillmix recorded it.
        public var targetBasis: TargetBasis? = nil
        /// The most places a year the plan may buy nationally; nil in plans saved before capacities.
        public var capacity: Double? = nil
        /// The places a year that replace the role's leavers and moves at its final target: the least the plan
        /// buys in every year after the horizon. Nil for a role without a target.
        public var sustainingPlaces: Double? = nil

        public init(
            id: String, name: String, defaultPlaces: [Double], places: [Double], shortfallBefore: [Double],
            shortfallAfter: [Double], traineeCost: Double, targetBasis: TargetBasis? = nil, capacity: Double? = nil,
            sustainingPlaces: Double? = nil
        ) {
            self.id = id
            self.name = name
            self.defaultPlaces = defaultPlaces
            self.places = places
            self.shortfallBefore = shortfallBefore
            self.shortfallAfter = shortfallAfter
            self.traineeCost = traineeCost
            self.targetBasis = targetBasis
            self.capacity = capacity
            self.sustainingPlaces = sustainingPlaces
        }
    }

    /// Where a role's target comes from.
    public enum TargetBasis: String, Hashable, Sendable, Codable {
        /// Its share (by starting workforce) of the national ambition, the published one or the planner's.
        case nationalShare = "national-share"
        /// Its share of the planner's target for its group.
        case groupTarget = "group-target"
        /// The planner's own target for the role.
        case ownTarget = "own-target"
        /// No target: the plan keeps today's intake (the labelled default for a role with no one in post yet).
        case keepIntake = "keep-intake"
    }

    /// A hard limit of the plan that binds, with what relaxing it is worth.
    public struct BindingLimit: Hashable, Sendable, Codable {
        public var limit: CommissioningLimit
        /// The role it binds for (nil for the training budget).
        public var roleID: String?
        /// Calendar years of the reported horizon in which it binds.
        public var years: [Int]
        /// Whether it also binds in the years after the horizon that the plan looks ahead to.
        public var afterHorizon: Bool
        /// The shadow price: pounds of the plan's objective (trainee salaries plus weighted shortfall) saved by
        /// loosening the limit by one place (or one pound of budget) in every year it binds.
        public var value: Double
        public var text: String

        public init(
            limit: CommissioningLimit, roleID: String?, years: [Int], afterHorizon: Bool, value: Double, text: String
        ) {
            self.limit = limit
            self.roleID = roleID
            self.years = years
            self.afterHorizon = afterHorizon
            self.value = value
            self.text = text
        }
    }

    public var roles: [RolePlan]
    /// Trainee salaries a year, nationally, over the reported years: the defaults and the plan.
    public var defaultCost: [Double]
    public var cost: [Double]
    public var shortfallWeight: Double
    public var supervisionRatio: Double
    public var planningMargin: Double
    public var budget: Double?
    /// The sum of the places' LP optima (pounds: trainee salaries plus weighted shortfall), for checking the
    /// exported model in another solver.
    public var objective: Double
    /// Places solved to optimality, of all places.
    public var placesSolved: Int
    public var placesTotal: Int
    public var notes: [String]
    /// The Agenda for Change table trainees were costed at, such as "2026/27"; nil in plans saved before
    /// Skillmix recorded it.
    public var payYear: String? = nil
    /// The largest yearly growth or shrinkage of a programme's places; nil in plans saved before ramps.
    public var rampLimit: Double? = nil
    /// Years the plan looks past the reported horizon so that places bought late still count; nil in older plans.
    public var lookahead: Int? = nil
    /// Whether every place was planned in one national program (with a national budget) rather than each alone.
    public var national: Bool? = nil
    /// Mean WTE of every role in the final reported year, with the plan and with today's commissions.
    public var finalWorkforce: Double? = nil
    public var defaultFinalWorkforce: Double? = nil
    /// The limits that bind, worth most first.
    public var bindingLimits: [BindingLimit] = []
    /// What the reader must know first: roles without a target, targets out of reach.
    public var warnings: [String] = []

    public init(
        roles: [RolePlan], defaultCost: [Double], cost: [Double], shortfallWeight: Double, supervisionRatio: Double,
        planningMargin: Double, budget: Double?, objective: Double, placesSolved: Int, placesTotal: Int,
        notes: [String], payYear: String? = nil, rampLimit: Double? = nil, lookahead: Int? = nil,
        national: Bool? = nil, finalWorkforce: Double? = nil, defaultFinalWorkforce: Double? = nil,
        bindingLimits: [BindingLimit] = [], warnings: [String] = []
    ) {
        self.roles = roles
        self.defaultCost = defaultCost
        self.cost = cost
        self.shortfallWeight = shortfallWeight
        self.supervisionRatio = supervisionRatio
        self.planningMargin = planningMargin
        self.budget = budget
        self.objective = objective
        self.placesSolved = placesSolved
        self.placesTotal = placesTotal
        self.notes = notes
        self.payYear = payYear
        self.rampLimit = rampLimit
        self.lookahead = lookahead
        self.national = national
        self.finalWorkforce = finalWorkforce
        self.defaultFinalWorkforce = defaultFinalWorkforce
        self.bindingLimits = bindingLimits
        self.warnings = warnings
    }

    /// Trainee salaries over every reported year: the plan's, and today's commissions'.
    public var cumulativeCost: Double { cost.reduce(0, +) }
    public var defaultCumulativeCost: Double { defaultCost.reduce(0, +) }

    /// Extra trainee salaries over the horizon for each extra WTE in post at its end, against today's
    /// commissions; nil when the plan does not add to the final workforce (or the plan predates the figure).
    public var costPerWTEGained: Double? {
        guard let finalWorkforce, let defaultFinalWorkforce, finalWorkforce - defaultFinalWorkforce >= 1 else {
            return nil
        }
        return (cumulativeCost - defaultCumulativeCost) / (finalWorkforce - defaultFinalWorkforce)
    }
}

/// The hard limits a commissioning plan keeps. Targets are soft (a shortfall costs `shortfallWeight`).
public enum CommissioningLimit: String, Hashable, Sendable, Codable, CaseIterable {
    /// New places a year at most `supervisionRatio` per WTE of the supervising roles.
    case supervision
    /// National places a year at most the programme's capacity.
    case capacity
    /// Places grow by at most the ramp limit from one year to the next.
    case growth
    /// Places shrink by at most the ramp limit from one year to the next.
    case shrink
    /// After the horizon, at least the places that replace leavers and moves at the final target.
    case sustain
    /// A role without a target keeps at least today's intake.
    case keepIntake = "keep-intake"
    /// Trainee salaries a year at most the national training budget.
    case budget
}

/// One place's stock and trainees by role and year under the mean rates, for a given intake.
struct MeanPath {
    var stock: [[Double]]
    var training: [[Double]]

    /// Runs Engine B's step order with every draw at its mean and no shock, in one place.
    static func run(_ model: ProjectionModel, place g: Int, intake: [[Double]], fromStart: Bool) -> MeanPath {
        let r = model.roles.count
        let t = model.years
        var stock = (0..<r).map { fromStart ? model.roles[$0].baseline[g] : 0 }
        var pipeline = (0..<r).map { role in
            (0..<3).map { k in fromStart && k < model.roles[role].trainingYears ? model.roles[role].trainees[g][k] : 0 }
        }
        var out = MeanPath(
            stock: Array(repeating: Array(repeating: 0, count: t), count: r),
            training: Array(repeating: Array(repeating: 0, count: t), count: r))
        for year in 0..<t {
            var entry = (0..<r).map { intake[$0][year] }
            for (from, role) in model.roles.enumerated() {
                for move in role.moves { entry[move.to] += move.share * (1 - role.leaverRateMean) * stock[from] }
            }
            for (index, role) in model.roles.enumerated() {
                let d = role.trainingYears
                var n = stock[index] * (1 - role.leaverRateMean) * (1 - role.moveTotal)
                if d == 0 {
                    n += entry[index]
                } else {
                    let survive = 1 - role.withdrawalRateMean
                    n += role.nhsPostShare * survive * pipeline[index][d - 1]
                    for k in stride(from: d - 1, to: 0, by: -1) {
                        pipeline[index][k] = survive * pipeline[index][k - 1]
                    }
                    pipeline[index][0] = entry[index]
                }
                stock[index] = n
                out.stock[index][year] = n
                // Trainees in training during the year: those who entered this year and those moving up.
                out.training[index][year] = pipeline[index].prefix(d).reduce(0, +)
            }
        }
        return out
    }
}
