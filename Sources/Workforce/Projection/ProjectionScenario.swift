/// What a planner asks of the projection: where (regions or boards), how far, how many runs, the target, and
/// any figures of their own in place of the defaults. Everything left out takes the catalogue's default.
public struct ProjectionScenario: Hashable, Sendable, Codable {
    public enum Geography: String, Hashable, Sendable, Codable, CaseIterable {
        /// The 7 NHS England regions.
        case regions
        /// The integrated care boards of the set in `boardSet` (by default the set in force).
        case boards
    }

    /// A planner's own figures for one role, national; nil keeps the default.
    public struct RoleOverride: Hashable, Sendable, Codable {
        public var baseline: Double?
        public var leaverRate: Double?
        public var withdrawalRate: Double?
        public var nhsPostShare: Double?
        public var intake: Double?
        /// The role's own national target WTE in the target year (in place of its share of the national target).
        public var target: Double?
        /// For commissioning: the most training places a year the role's courses can take, nationally.
        public var capacity: Double?

        public init(
            baseline: Double? = nil, leaverRate: Double? = nil, withdrawalRate: Double? = nil,
            nhsPostShare: Double? = nil, intake: Double? = nil, target: Double? = nil, capacity: Double? = nil
        ) {
            self.target = target
            self.capacity = capacity
            self.baseline = baseline
            self.leaverRate = leaverRate
            self.withdrawalRate = withdrawalRate
            self.nhsPostShare = nhsPostShare
            self.intake = intake
        }
    }

    public var name: String?
    public var geography: Geography
    public var years: Int
    public var runs: Int
    public var seed: UInt64
    /// Posts to add to the starting workforce by `targetYear` (default: the Long Term Workforce Plan's).
    public var targetAdditional: Double?
    public var targetYear: Int?
    /// Every role's intake multiplied by this (1 = the defaults).
    public var intakeScale: Double
    /// By role id.
    public var roles: [String: RoleOverride]
    /// Your own starting workforce: CSV with columns region, role, wte and optionally trainees_year1…3.
    public var baselineCSV: String?
    /// Posts to add by the target year for a whole group of roles (by group id), shared among its roles.
    public var groupTargets: [String: Double]?
    /// For commissioning: new training places a year per WTE of the roles that supervise the trainees.
    public var supervisionRatio: Double?
    /// For commissioning: national trainee salaries a year, in pounds with on-costs.
    public var trainingBudget: Double?
    /// For commissioning: plan for the target raised by this share, so that more runs reach it (default 5%).
    public var planningMargin: Double?
    /// For commissioning: the Agenda for Change year to cost trainees at; nil for the year in force.
    public var payYear: String?
    /// For commissioning: the largest share by which a programme's places may grow or shrink in a year; nil for
    /// the catalogue's default.
    public var rampLimit: Double?
    /// Which set of boards to plan over, by id ("2022" for the 42 boards, "2026" for the 36); nil for the set
    /// in force on the day. A saved report holds the set it used.
    public var boardSet: String?

    /// Default safety margin on the target when commissioning: an assumption.
    public static let defaultPlanningMargin = 0.05
    /// Default new places a year per supervising WTE: an assumption, stated wherever it is used.
    public static let defaultSupervisionRatio = 0.25
    /// The ramp limit and the capacity multiple when a catalogue gives none (the bundled projection.yaml gives
    /// both, with their sources: the ramp derived from clinical psychology's growth, the multiple an assumption).
    public static let fallbackRampLimit = 0.19
    public static let fallbackCapacityMultiple = 2.0
    /// What a WTE short of the target counts as in the commissioning objective, pounds a year (an assumption).
    public static let shortfallWeight = 200_000.0

    public init(
        name: String? = nil, geography: Geography = .regions, years: Int = 10, runs: Int = 1000, seed: UInt64 = 1,
        targetAdditional: Double? = nil, targetYear: Int? = nil, intakeScale: Double = 1,
        roles: [String: RoleOverride] = [:], baselineCSV: String? = nil, supervisionRatio: Double? = nil,
        trainingBudget: Double? = nil, planningMargin: Double? = nil, groupTargets: [String: Double]? = nil,
        payYear: String? = nil, boardSet: String? = nil, rampLimit: Double? = nil
    ) {
        self.rampLimit = rampLimit
        self.payYear = payYear
        self.boardSet = boardSet
        self.groupTargets = groupTargets
        self.planningMargin = planningMargin
        self.supervisionRatio = supervisionRatio
        self.trainingBudget = trainingBudget
        self.name = name
        self.geography = geography
        self.years = years
        self.runs = runs
        self.seed = seed
        self.targetAdditional = targetAdditional
        self.targetYear = targetYear
        self.intakeScale = intakeScale
        self.roles = roles
        self.baselineCSV = baselineCSV
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(
            allowed: [
                "name", "geography", "years", "runs", "seed", "targetAdditional", "targetYear", "intakeScale", "roles",
                "baselineCSV", "supervisionRatio", "trainingBudget", "planningMargin", "groupTargets", "payYear",
                "boardSet", "rampLimit",
            ])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        geography = try container.decodeIfPresent(Geography.self, forKey: .geography) ?? .regions
        years = try container.decodeIfPresent(Int.self, forKey: .years) ?? 10
        runs = try container.decodeIfPresent(Int.self, forKey: .runs) ?? 1000
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? 1
        targetAdditional = try container.decodeIfPresent(Double.self, forKey: .targetAdditional)
        targetYear = try container.decodeIfPresent(Int.self, forKey: .targetYear)
        intakeScale = try container.decodeIfPresent(Double.self, forKey: .intakeScale) ?? 1
        roles = try container.decodeIfPresent([String: RoleOverride].self, forKey: .roles) ?? [:]
        baselineCSV = try container.decodeIfPresent(String.self, forKey: .baselineCSV)
        supervisionRatio = try container.decodeIfPresent(Double.self, forKey: .supervisionRatio)
        trainingBudget = try container.decodeIfPresent(Double.self, forKey: .trainingBudget)
        planningMargin = try container.decodeIfPresent(Double.self, forKey: .planningMargin)
        groupTargets = try container.decodeIfPresent([String: Double].self, forKey: .groupTargets)
        payYear = try container.decodeIfPresent(String.self, forKey: .payYear)
        boardSet = try container.decodeIfPresent(String.self, forKey: .boardSet)
        rampLimit = try container.decodeIfPresent(Double.self, forKey: .rampLimit)
    }

    public static let maximumRuns = 20_000
    public static let maximumYears = 20

    /// Checks the scenario; the error names the field and the value.
    public func validate(roleIDs: [Role.ID], groupIDs: [String] = [], baseYear: Int) throws(WorkforceError) {
        func fail(_ field: String, _ message: String) -> WorkforceError {
            .invalidProjection(field: field, message: message)
        }
        guard (1...Self.maximumYears).contains(years) else {
            throw fail("years", "Project 1 to \(Self.maximumYears) years ahead; you asked for \(years).")
        }
        for (field, text) in [("payYear", payYear), ("boardSet", boardSet)] {
            if let text, text.count > 20 {
                throw fail(field, "Give at most 20 characters, such as \"2026/27\"; you gave \(text.count).")
            }
        }
        guard (1...Self.maximumRuns).contains(runs) else {
            throw fail("runs", "Use 1 to \(Self.maximumRuns.groupedWithCommas) runs; you asked for \(runs).")
        }
        guard intakeScale.isFinite, (0...5).contains(intakeScale) else {
            throw fail("intakeScale", "The intake multiplier must be between 0 and 5 (1 keeps the defaults).")
        }
        if let targetAdditional,
            !(targetAdditional.isFinite && targetAdditional >= -1_000_000 && targetAdditional <= 1_000_000)
        {
            throw fail(
                "targetAdditional", "The target change must be a number of posts between -1,000,000 and 1,000,000.")
        }
        if let targetYear, !((baseYear + 1)...(baseYear + 40)).contains(targetYear) {
            throw fail("targetYear", "The target year must be between \(baseYear + 1) and \(baseYear + 40).")
        }
        if let supervisionRatio, !(supervisionRatio.isFinite && supervisionRatio >= 0 && supervisionRatio <= 10) {
            throw fail(
                "supervisionRatio",
                "New places per supervising WTE must be between 0 and 10; you gave \(supervisionRatio).")
        }
        if let trainingBudget, !(trainingBudget.isFinite && trainingBudget >= 0 && trainingBudget <= 100_000_000_000) {
            throw fail("trainingBudget", "The training budget must be 0 or more pounds a year, at most £100 billion.")
        }
        if let rampLimit, !(rampLimit.isFinite && rampLimit > 0 && rampLimit <= 5) {
            throw fail(
                "rampLimit",
                "The ramp limit is the share by which a programme's places may grow or shrink in a year, above 0 and "
                    + "at most 5 (for 19%, enter 0.19); you gave \(rampLimit).")
        }
        if let planningMargin, !(planningMargin.isFinite && planningMargin >= 0 && planningMargin <= 1) {
            throw fail("planningMargin", "The planning margin is a share from 0 to 1 (for 5%, enter 0.05).")
        }
        for (group, added) in (groupTargets ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard groupIDs.contains(group) else {
                throw fail(
                    "groupTargets.\(group)",
                    "There is no group \"\(group)\". Use one of: \(groupIDs.joined(separator: ", ")).")
            }
            guard added.isFinite, abs(added) <= 1_000_000 else {
                throw fail("groupTargets.\(group)", "Posts to add must be a number between -1,000,000 and 1,000,000.")
            }
        }
        let known = roleIDs.map(\.rawValue)
        for (id, override) in roles.sorted(by: { $0.key < $1.key }) {
            guard known.contains(id) else {
                throw fail("roles.\(id)", "There is no role \"\(id)\". Use one of: \(known.joined(separator: ", ")).")
            }
            for (field, value) in [("leaverRate", override.leaverRate), ("withdrawalRate", override.withdrawalRate)] {
                if let value, !(value > 0 && value < 1) {
                    throw fail(
                        "roles.\(id).\(field)",
                        "A rate is a share above 0 and below 1 (for 12%, enter 0.12); you gave \(value).")
                }
            }
            if let share = override.nhsPostShare, !(share >= 0 && share <= 1) {
                throw fail("roles.\(id).nhsPostShare", "The NHS post share is between 0 and 1; you gave \(share).")
            }
            for (field, value, unit) in [
                ("baseline", override.baseline, "WTE"), ("intake", override.intake, "An intake"),
                ("target", override.target, "WTE"), ("capacity", override.capacity, "A capacity in places a year"),
            ] {
                if let value, !(value.isFinite && value >= 0 && value <= 1_000_000) {
                    throw fail("roles.\(id).\(field)", "\(unit) must be between 0 and 1,000,000; you gave \(value).")
                }
            }
        }
    }
}
