/// The numbers Engine B (MODEL.md) projects: roles with their training pipeline, leaving and moves; regions;
/// each role's starting workforce, trainees, intake and target by region and year.
///
/// Arrays run [region][year] (year index 0 is the first projected year), as in the benchmark format of
/// ../shared/bench/projection, so that the same engine serves the product and the benchmark.
public struct ProjectionModel: Hashable, Sendable, Codable {
    public struct Move: Hashable, Sendable, Codable {
        /// Index of the role moved to.
        public var to: Int
        /// Share of those who stayed (after leavers) who move each year.
        public var share: Double

        public init(to: Int, share: Double) {
            self.to = to
            self.share = share
        }
    }

    public struct RoleSeries: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        /// Years of training before qualifying, 0 to 3 (0: recruited straight into post).
        public var trainingYears: Int
        public var leaverRateMean: Double
        /// Beta concentration of the leaver rate: larger is surer.
        public var leaverRateConcentration: Double
        public var withdrawalRateMean: Double
        public var withdrawalRateConcentration: Double
        /// Share of qualifiers who take an NHS post.
        public var nhsPostShare: Double
        public var moves: [Move]
        /// Qualified WTE at the start, by region.
        public var baseline: [Double]
        /// Trainees by region and training year (k = 1…trainingYears) at the start.
        public var trainees: [[Double]]
        /// Intake (training places, or direct recruits without training) by region and year.
        public var intake: [[Double]]
        /// Target WTE by region and year.
        public var target: [[Double]]

        public init(
            id: String, name: String, trainingYears: Int, leaverRateMean: Double, leaverRateConcentration: Double,
            withdrawalRateMean: Double, withdrawalRateConcentration: Double, nhsPostShare: Double, moves: [Move],
            baseline: [Double], trainees: [[Double]], intake: [[Double]], target: [[Double]]
        ) {
            self.id = id
            self.name = name
            self.trainingYears = trainingYears
            self.leaverRateMean = leaverRateMean
            self.leaverRateConcentration = leaverRateConcentration
            self.withdrawalRateMean = withdrawalRateMean
            self.withdrawalRateConcentration = withdrawalRateConcentration
            self.nhsPostShare = nhsPostShare
            self.moves = moves
            self.baseline = baseline
            self.trainees = trainees
            self.intake = intake
            self.target = target
        }

        /// Share of those who stayed who move to other roles each year.
        public var moveTotal: Double { moves.reduce(0) { $0 + $1.share } }
    }

    public struct Region: Hashable, Sendable, Codable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The calendar year of the starting state (year index 0 is `baseYear + 1`).
    public var baseYear: Int
    public var years: Int
    /// Standard deviation of the national yearly shock to leaver rates.
    public var leaverShockSD: Double
    public var regions: [Region]
    public var roles: [RoleSeries]

    public init(baseYear: Int, years: Int, leaverShockSD: Double, regions: [Region], roles: [RoleSeries]) {
        self.baseYear = baseYear
        self.years = years
        self.leaverShockSD = leaverShockSD
        self.regions = regions
        self.roles = roles
    }

    public static let maximumTrainingYears = 3

    /// Refuses what the engine cannot project, naming the role, field and value.
    public func validate() throws(WorkforceError) {
        func fail(_ field: String, _ message: String) -> WorkforceError {
            .invalidProjection(field: field, message: message)
        }
        guard (1...60).contains(years) else {
            throw fail("years", "The horizon must be 1 to 60 years; it is \(years).")
        }
        guard leaverShockSD.isFinite, (0...2).contains(leaverShockSD) else {
            throw fail("leaverShockSD", "The leaver shock's standard deviation must be between 0 and 2.")
        }
        guard !regions.isEmpty, !roles.isEmpty else { throw fail("roles", "A projection needs roles and regions.") }
        guard Set(regions.map(\.id)).count == regions.count else { throw fail("regions", "Region ids must differ.") }
        guard Set(roles.map(\.id)).count == roles.count else { throw fail("roles", "Role ids must differ.") }
        let g = regions.count
        for role in roles {
            let name = role.id
            guard (0...Self.maximumTrainingYears).contains(role.trainingYears) else {
                throw fail("\(name).trainingYears", "Training must last 0 to 3 years; it is \(role.trainingYears).")
            }
            for (field, value) in [
                ("leaverRateMean", role.leaverRateMean),
                ("withdrawalRateMean", role.trainingYears > 0 ? role.withdrawalRateMean : 0.5),
            ] where !(value > 0 && value < 1) {
                throw fail("\(name).\(field)", "A rate must be a share between 0 and 1 (exclusive); it is \(value).")
            }
            guard role.nhsPostShare >= 0 && role.nhsPostShare <= 1 else {
                throw fail(
                    "\(name).nhsPostShare", "The NHS post share must be between 0 and 1; it is \(role.nhsPostShare).")
            }
            guard role.leaverRateConcentration > 0,
                role.trainingYears == 0 || role.withdrawalRateConcentration > 0
            else { throw fail("\(name)", "Concentrations must be positive.") }
            for move in role.moves {
                guard roles.indices.contains(move.to), roles[move.to].id != role.id, move.share >= 0 else {
                    throw fail("\(name).moves", "A move must go to another role with a share of 0 or more.")
                }
            }
            guard role.moveTotal <= 1 else {
                throw fail("\(name).moves", "Move shares add up to \(role.moveTotal), more than 1.")
            }
            func checkValues(_ values: [Double], _ field: String) throws(WorkforceError) {
                if let bad = values.first(where: { !$0.isFinite || $0 < 0 }) {
                    throw fail("\(name).\(field)", "Values must be numbers of 0 or more; found \(bad).")
                }
            }
            guard role.baseline.count == g else { throw fail("\(name).baseline", "Needs one value per region (\(g)).") }
            try checkValues(role.baseline, "baseline")
            guard role.trainees.count == g, role.trainees.allSatisfy({ $0.count == role.trainingYears }) else {
                throw fail(
                    "\(name).trainees", "Needs, for each region, one value per training year (\(role.trainingYears)).")
            }
            guard role.intake.count == g, role.intake.allSatisfy({ $0.count == years }) else {
                throw fail("\(name).intake", "Needs, for each region, one value per year (\(years)).")
            }
            guard role.target.count == g, role.target.allSatisfy({ $0.count == years }) else {
                throw fail("\(name).target", "Needs, for each region, one value per year (\(years)).")
            }
            for row in role.trainees { try checkValues(row, "trainees") }
            for row in role.intake { try checkValues(row, "intake") }
            for row in role.target { try checkValues(row, "target") }
        }
    }
}
