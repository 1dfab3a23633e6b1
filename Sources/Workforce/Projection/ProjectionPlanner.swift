/// Builds Engine B's model from the catalogue's defaults and a planner's scenario, runs it, and reports the
/// answer in the planner's terms: the workforce against the target, how sure, where and when it falls short,
/// and every figure used with its provenance.
public struct ProjectionPlanner: Sendable {
    public var catalogue: Catalogue
    /// When a commissioning plan's solves must stop (a request's time limit), or nil for the solver's own.
    public var deadline: ContinuousClock.Instant?
    /// Whether a projection may use every core. A server's worker says no, to leave the other cores to serve
    /// requests; the answer is the same either way.
    public var parallel: Bool

    public init(catalogue: Catalogue, deadline: ContinuousClock.Instant? = nil, parallel: Bool = true) {
        self.catalogue = catalogue
        self.deadline = deadline
        self.parallel = parallel
    }

    public func project(_ scenario: ProjectionScenario) throws(WorkforceError) -> ProjectionReport {
        let scenario = try resolved(scenario)
        let (model, parameters, notes) = try model(for: scenario)
        return try project(model: model, scenario: scenario, parameters: parameters, notes: notes)
    }

    /// Projects a model already built for `scenario` (the commissioning optimiser changes its intake first).
    func project(
        model: ProjectionModel, scenario: ProjectionScenario, parameters: [TeamDesign.ParameterUse], notes: [String]
    ) throws(WorkforceError) -> ProjectionReport {
        let result = ProjectionEngine.project(
            model, runs: scenario.runs, seed: scenario.seed, deterministic: false, placeDistributions: true,
            parallel: parallel)
        let t = model.years
        let years = (1...t).map { model.baseYear + $0 }
        let targets = model.roles.map { role in (0..<t).map { year in role.target.reduce(0) { $0 + $1[year] } } }
        let totalTarget = (0..<t).map { year in targets.reduce(0) { $0 + $1[year] } }
        let places = model.regions.enumerated().map { g, region in
            let mean = model.roles.indices.reduce(0.0) { $0 + result.regionMean[$1][g][t - 1] }
            let target = model.roles.reduce(0.0) { $0 + $1.target[g][t - 1] }
            return ProjectionReport.Place(
                id: region.id, name: region.name, finalMean: mean, finalTarget: target,
                series: .init(
                    id: region.id, name: region.name, trainingYears: 0,
                    baseline: model.roles.reduce(0.0) { $0 + $1.baseline[g] },
                    target: (0..<t).map { year in model.roles.reduce(0.0) { $0 + $1.target[g][year] } },
                    p10: result.placeP10[g], p50: result.placeP50[g], p90: result.placeP90[g],
                    probabilityBelowTarget: result.placeProbabilityBelowTarget[g]))
        }
        return ProjectionReport(
            scenario: scenario, catalogueVersion: catalogue.stamp.version, baseYear: model.baseYear, years: years,
            roles: model.roles.enumerated().map { r, role in
                .init(
                    id: role.id, name: role.name, trainingYears: role.trainingYears,
                    baseline: role.baseline.reduce(0, +), target: targets[r], p10: result.nationalP10[r],
                    p50: result.nationalP50[r], p90: result.nationalP90[r],
                    probabilityBelowTarget: result.nationalProbabilityBelowTarget[r])
            },
            total: .init(
                id: "all", name: "All psychological professions", trainingYears: 0,
                baseline: model.roles.reduce(0) { $0 + $1.baseline.reduce(0, +) }, target: totalTarget,
                p10: result.totalP10, p50: result.totalP50, p90: result.totalP90,
                probabilityBelowTarget: result.totalProbabilityBelowTarget),
            places: places, parameters: parameters, notes: notes, commissioning: nil)
    }

    /// The scenario with the choices it left to the day made: the set of boards in force, so that a saved
    /// report keeps the boards it used.
    public func resolved(_ scenario: ProjectionScenario) throws(WorkforceError) -> ProjectionScenario {
        var scenario = scenario
        if scenario.geography == .boards, scenario.boardSet == nil, let regions = catalogue.regions {
            scenario.boardSet = regions.boardSet(on: catalogue.asOf).id
        }
        return scenario
    }

    func boardSet(for scenario: ProjectionScenario, in regions: RegionsData) throws(WorkforceError) -> BoardSet {
        guard let id = scenario.boardSet else { return regions.boardSet(on: catalogue.asOf) }
        guard let set = regions.boardSet(id: id) else {
            throw .invalidProjection(
                field: "boardSet",
                message: "Skillmix has no set of boards called \(id.count <= 20 ? id : "that"). Use one of: "
                    + regions.boardSets.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + ".")
        }
        return set
    }

    /// Engine B's model for a scenario, with the figures it used and notes on what is assumed. `extraYears` runs
    /// the model that many years past the scenario's horizon (the commissioning optimiser plans over them).
    public func model(for scenario: ProjectionScenario, extraYears: Int = 0) throws(WorkforceError) -> (
        ProjectionModel, [TeamDesign.ParameterUse], [String]
    ) {
        let horizon = scenario.years + max(0, extraYears)
        guard let defaults = catalogue.projection, let regionsData = catalogue.regions else {
            throw .invalidProjection(field: "catalogue", message: "The catalogue has no projection defaults.")
        }
        try scenario.validate(
            roleIDs: defaults.roles.map(\.role), groupIDs: catalogue.groups.map(\.id.rawValue),
            baseYear: defaults.baseYear)
        var uses: [TeamDesign.ParameterUse] = []
        var notes: [String] = []
        func use(_ label: String, _ parameter: Parameter, unit: String) {
            uses.append(.init(label, parameter, unit: unit))
        }
        // Places and their population shares.
        var places: [(id: String, name: String, population: Double)]
        switch scenario.geography {
        case .regions:
            places = regionsData.regions.map { ($0.id, $0.name, Double($0.population)) }
        case .boards:
            let set = try boardSet(for: scenario, in: regionsData)
            places = []
            for board in set.boards {
                guard let population = regionsData.population(of: board) else {
                    throw .invalidProjection(
                        field: "boardSet", message: "\(board.name) has no population in the catalogue.")
                }
                places.append((board.id, board.name, population.value))
            }
            notes.append(
                "Places are \(set.name) (in force from \(set.effectiveFrom.text)). "
                    + (set.id == regionsData.firstSet.id
                        ? "Their populations are the published ones."
                        : "A board formed from whole boards of 2022 has their published populations added up; one "
                            + "formed from parts of them has a share of each, worked out as its basis says. Both are "
                            + "derived figures."))
        }
        let population = places.reduce(0) { $0 + $1.population }
        let weights = places.map { $0.population / population }
        notes.append(
            "Published figures are national. Each \(scenario.geography == .regions ? "region" : "integrated care board") "
                + "gets its share of the GP-registered population (\(regionsData.populationBasis)): an assumption. "
                + "So a place's chance of missing its target is the nation's, and tells nothing of the place itself. "
                + "Import your own starting workforce to replace it.")

        if let day = catalogue.asOf, day.year > defaults.baseYear + 1 {
            let lastPast = min(day.year - 1, defaults.baseYear + scenario.years)
            notes.append(
                "The projection starts from the latest published total, for \(defaults.baseYear). The years "
                    + "\(defaults.baseYear + 1) to \(lastPast) lie before today (\(day.text)): they are projected, not "
                    + "observed, because no newer total has been published.")
        }
        let total = defaults.total
        use("National workforce at the start (\(defaults.baseYear))", total, unit: "FTE")
        use("National workforce in 2019", defaults.total2019, unit: "FTE")
        // Roles: baseline from its own figure, an override, or a share of what the others leave.
        let fixed = defaults.roles.reduce(0.0) { sum, role in sum + (role.baseline?.value ?? 0) }
        let shares = defaults.roles.reduce(0.0) { $0 + ($1.baseline == nil ? ($1.share?.value ?? 0) : 0) }
        let growth = defaults.growthToReplace.value
        var roles: [ProjectionModel.RoleSeries] = []
        let therapistsAndPractitioners = defaults.roles.filter { entry in
            guard let role = catalogue.role(entry.role) else { return false }
            return entry.intake == nil && role.training.months != nil
                && ["psychological-therapists", "psychological-practitioners"].contains(role.group.rawValue)
        }
        let sharedIntakeBase = therapistsAndPractitioners.reduce(0.0) { sum, entry in
            sum + (entry.baseline?.value ?? (total.value - fixed) * (entry.share?.value ?? 0) / shares)
        }
        let ids = defaults.roles.map(\.role)
        for entry in defaults.roles {
            guard let role = catalogue.role(entry.role) else { continue }
            let override = scenario.roles[entry.role.rawValue]
            let name = role.name
            var baseline = entry.baseline?.value ?? (total.value - fixed) * (entry.share?.value ?? 0) / shares
            if let share = entry.share, entry.baseline == nil {
                use("\(name): share of the workforce", share, unit: "share (normalised)")
            }
            if let own = entry.baseline { use("\(name): starting WTE", own, unit: "WTE") }
            if let value = override?.baseline {
                baseline = value
                use(
                    "\(name): starting WTE", Parameter(value, basis: .assumption, note: "Entered by the user."),
                    unit: "WTE")
            }
            // Training length from the catalogue, at most three years in the engine.
            let months = role.training.months ?? 0
            let training = min(ProjectionModel.maximumTrainingYears, (months + 11) / 12)
            if months > 36 {
                notes.append("\(name): training takes \(months / 12) years; the projection models the last three.")
            }
            let leaver =
                override?.leaverRate.map { Parameter($0, basis: .assumption, note: "Entered by the user.") }
                ?? entry.leaverRate
            use("\(name): leaver rate", leaver, unit: "share a year")
            let withdrawal =
                override?.withdrawalRate.map { Parameter($0, basis: .assumption, note: "Entered by the user.") }
                ?? entry.withdrawalRate
                ?? Parameter(
                    0.05, basis: .assumption, note: "Training withdrawal of 5% a year, for want of a published figure.")
            let nhsShare =
                override?.nhsPostShare.map { Parameter($0, basis: .assumption, note: "Entered by the user.") }
                ?? entry.nhsPostShare
                ?? Parameter(
                    0.9, basis: .assumption,
                    note: "Nine in ten qualifiers take an NHS post, for want of a published figure.")
            if training > 0 {
                use("\(name): training withdrawal", withdrawal, unit: "share a year")
                use("\(name): qualifiers taking an NHS post", nhsShare, unit: "share")
            }
            // Intake: a published figure, the therapists' and practitioners' shared commitment, or replacement.
            var intake: Parameter
            if let published = entry.intake {
                intake = published
            } else if therapistsAndPractitioners.contains(where: { $0.role == entry.role }), sharedIntakeBase > 0 {
                let value = defaults.therapistPractitionerIntake.value * baseline / sharedIntakeBase
                intake = Parameter(
                    value, basis: .derived, sources: defaults.therapistPractitionerIntake.sources,
                    note: "Its share (by starting workforce) of about 5,000 therapist and practitioner trainees a year."
                )
            } else {
                let survive = training > 0 ? pow1(1 - withdrawal.value, training) * nhsShare.value : 1
                let value = baseline * (leaver.value + growth) / max(survive, 0.01)
                intake = Parameter(
                    value, basis: .assumption,
                    note:
                        "No published figure: enough to replace leavers and grow \((growth * 100).roundedWholeText)% a year."
                )
            }
            if let value = override?.intake {
                intake = Parameter(value, basis: .assumption, note: "Entered by the user.")
            }
            let scaledIntake = intake.value * scenario.intakeScale
            use("\(name): intake a year", intake, unit: training > 0 ? "training places" : "recruits")
            let moves = (entry.moves ?? []).compactMap { move -> ProjectionModel.Move? in
                guard let index = ids.firstIndex(of: move.to) else { return nil }
                use(
                    "\(name): moving to \(catalogue.role(move.to)?.name.inSentence ?? move.to.rawValue) each year",
                    move.share, unit: "share")
                return .init(to: index, share: move.share.value)
            }
            // Trainees at the start: a steady pipeline of the same intake.
            let trainees = (0..<training).map { k in scaledIntake * pow1(1 - withdrawal.value, k) }
            let concentration = defaults.concentration.value
            roles.append(
                .init(
                    id: entry.role.rawValue, name: name, trainingYears: training, leaverRateMean: leaver.value,
                    leaverRateConcentration: concentration, withdrawalRateMean: training > 0 ? withdrawal.value : 0,
                    withdrawalRateConcentration: training > 0 ? concentration : 0,
                    nhsPostShare: training > 0 ? nhsShare.value : 0, moves: moves,
                    baseline: weights.map { baseline * $0 },
                    trainees: weights.map { weight in trainees.map { $0 * weight } },
                    intake: weights.map { weight in Array(repeating: scaledIntake * weight, count: horizon) },
                    target: []))
        }
        notes.append("Trainees at the start are taken as a steady pipeline of the same intake (an assumption).")
        use("Uncertainty of leaver and withdrawal rates (Beta concentration)", defaults.concentration, unit: "")
        use("National yearly shock to leaver rates (standard deviation)", defaults.leaverShock, unit: "")

        // The planner's own starting workforce replaces the defaults cell by cell.
        if let csv = scenario.baselineCSV, !csv.trimmingSpaces.isEmpty {
            let imported = try BaselineImport(
                csv: csv, places: places.map { ($0.id, $0.name) }, roles: roles.map { Role.ID(rawValue: $0.id) })
            for row in imported.rows {
                roles[row.role].baseline[row.place] = row.wte
                for k in 0..<roles[row.role].trainingYears {
                    roles[row.role].trainees[row.place][k] = k < row.trainees.count ? row.trainees[k] : 0
                }
            }
            notes.append(
                "\(imported.rows.count == 1 ? "1 row" : "\(imported.rows.count) rows") of your own starting workforce "
                    + "replace the defaults for those places and roles.")
        }

        // Target: a straight line from the start to start + additional posts in the target year, shared among
        // roles and places in proportion to their starting workforce.
        let additional = scenario.targetAdditional ?? defaults.targetAdditional.value
        let targetYear = scenario.targetYear ?? defaults.targetYear
        use(
            "Posts to add by \(targetYear)",
            scenario.targetAdditional.map { Parameter($0, basis: .assumption, note: "Entered by the user.") }
                ?? defaults.targetAdditional, unit: "posts")
        let start = roles.reduce(0.0) { $0 + $1.baseline.reduce(0, +) }
        // A role's own target, or its group's, replaces its share of the national one.
        var groupStart: [String: Double] = [:]
        for role in roles {
            if let group = catalogue.role(.init(rawValue: role.id))?.group.rawValue {
                groupStart[group, default: 0] += role.baseline.reduce(0, +)
            }
        }
        for index in roles.indices {
            let own = roles[index].baseline.reduce(0, +)
            var final = start > 0 ? own * (1 + additional / start) : 0
            let group = catalogue.role(.init(rawValue: roles[index].id))?.group.rawValue
            if let group, let added = scenario.groupTargets?[group], let base = groupStart[group], base > 0 {
                final = own + added * own / base
            }
            if let target = scenario.roles[roles[index].id]?.target {
                final = target
                use(
                    "\(roles[index].name): target WTE in \(targetYear)",
                    Parameter(target, basis: .assumption, note: "Entered by the user."), unit: "WTE")
            }
            // A role with no one in post yet shares its target among places by population.
            let shares = own > 0 ? roles[index].baseline.map { $0 / own } : weights
            roles[index].target = shares.map { share in
                (1...horizon).map { year in
                    let progress = min(1, Double(year) / Double(targetYear - defaults.baseYear))
                    return max(0, share * (own + (final - own) * progress))
                }
            }
        }
        for (group, added) in (scenario.groupTargets ?? [:]).sorted(by: { $0.key < $1.key }) {
            let name = catalogue.group(.init(rawValue: group))?.name ?? group
            use(
                "\(name): posts to add by \(targetYear)",
                Parameter(
                    added, basis: .assumption,
                    note: "Entered by the user; shared among the group's roles by their starting workforce."),
                unit: "posts")
        }
        // New roles with no starting workforce have no share of the target unless given one: say so.
        for role in roles where role.baseline.reduce(0, +) == 0 && scenario.roles[role.id]?.target == nil {
            notes.append("\(role.name) starts from zero, so it has no target of its own; it counts towards the total.")
        }
        let model = ProjectionModel(
            baseYear: defaults.baseYear, years: horizon, leaverShockSD: defaults.leaverShock.value,
            regions: places.map { .init(id: $0.id, name: $0.name) }, roles: roles)
        try model.validate()
        return (model, uses, notes)
    }
}

/// x to a small whole power, without Foundation.
func pow1(_ x: Double, _ n: Int) -> Double { (0..<max(0, n)).reduce(1) { product, _ in product * x } }

/// A projection's answer, for pages, the API and the CLI. Years run from `baseYear + 1`.
public struct ProjectionReport: Hashable, Sendable, Codable {
    public struct Series: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var trainingYears: Int
        public var baseline: Double
        public var target: [Double]
        public var p10: [Double]
        public var p50: [Double]
        public var p90: [Double]
        public var probabilityBelowTarget: [Double]

        public init(
            id: String, name: String, trainingYears: Int, baseline: Double, target: [Double], p10: [Double],
            p50: [Double], p90: [Double], probabilityBelowTarget: [Double]
        ) {
            self.id = id
            self.name = name
            self.trainingYears = trainingYears
            self.baseline = baseline
            self.target = target
            self.p10 = p10
            self.p50 = p50
            self.p90 = p90
            self.probabilityBelowTarget = probabilityBelowTarget
        }

        /// The first year (index) in which at least half the runs fall short, if any.
        public var firstLikelyShortfall: Int? { probabilityBelowTarget.firstIndex { $0 >= 0.5 } }
    }

    public struct Place: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        /// Mean WTE and target in the final year.
        public var finalMean: Double
        public var finalTarget: Double
        /// The place's whole workforce by year: its fan and its chance of missing its target.
        public var series: Series

        public init(id: String, name: String, finalMean: Double, finalTarget: Double, series: Series) {
            self.id = id
            self.name = name
            self.finalMean = finalMean
            self.finalTarget = finalTarget
            self.series = series
        }
        public var gap: Double { finalMean - finalTarget }
    }

    public var scenario: ProjectionScenario
    public var catalogueVersion: String
    public var baseYear: Int
    public var years: [Int]
    public var roles: [Series]
    public var total: Series
    public var places: [Place]
    public var parameters: [TeamDesign.ParameterUse]
    public var notes: [String]
    /// The optimised training commissions, when the scenario asked for them.
    public var commissioning: CommissioningPlan?

    public init(
        scenario: ProjectionScenario, catalogueVersion: String, baseYear: Int, years: [Int], roles: [Series],
        total: Series, places: [Place], parameters: [TeamDesign.ParameterUse], notes: [String],
        commissioning: CommissioningPlan?
    ) {
        self.scenario = scenario
        self.catalogueVersion = catalogueVersion
        self.baseYear = baseYear
        self.years = years
        self.roles = roles
        self.total = total
        self.places = places
        self.parameters = parameters
        self.notes = notes
        self.commissioning = commissioning
    }
}
