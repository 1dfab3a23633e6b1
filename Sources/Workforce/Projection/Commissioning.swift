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

        public init(
            id: String, name: String, defaultPlaces: [Double], places: [Double], shortfallBefore: [Double],
            shortfallAfter: [Double], traineeCost: Double
        ) {
            self.id = id
            self.name = name
            self.defaultPlaces = defaultPlaces
            self.places = places
            self.shortfallBefore = shortfallBefore
            self.shortfallAfter = shortfallAfter
            self.traineeCost = traineeCost
        }
    }

    public var roles: [RolePlan]
    /// Trainee salaries a year, nationally: the defaults and the plan.
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

    public init(
        roles: [RolePlan], defaultCost: [Double], cost: [Double], shortfallWeight: Double, supervisionRatio: Double,
        planningMargin: Double, budget: Double?, objective: Double, placesSolved: Int, placesTotal: Int,
        notes: [String], payYear: String? = nil
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
    }
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

extension ProjectionPlanner {
    /// Finds the least-cost commissions for the scenario, then projects them with full uncertainty.
    public func commission(_ scenario: ProjectionScenario) throws(WorkforceError) -> ProjectionReport {
        let scenario = try resolved(scenario)
        let (model, parameters, notes) = try self.model(for: scenario)
        let problem = try commissioningProblem(model, scenario: scenario)
        var planned = model
        var plan = problem.plan
        var solved = 0
        for (g, program) in problem.programs.enumerated() {
            let solution: Solution
            do { solution = try Solver(options: problem.options).solve(program.lp) } catch {
                throw .invalidProjection(field: "commissioning", message: error.description)
            }
            if solution.status == .limit, let deadline, ContinuousClock().now >= deadline {
                throw .timedOut(advice: "Plan over regions rather than boards, or over fewer years, and try again.")
            }
            guard solution.status == .optimal else { continue }
            solved += 1
            plan.objective += solution.objective
            for (variable, cell) in program.places {
                let value = max(0, solution.values[variable.index])
                planned.roles[cell.role].intake[g][cell.year] = value
            }
        }
        // National figures from the per-place plans.
        for (index, rolePlan) in plan.roles.enumerated() {
            guard let role = planned.roles.firstIndex(where: { $0.id == rolePlan.id }) else { continue }
            plan.roles[index].places = (0..<model.years).map { year in
                planned.roles[role].intake.reduce(0) { $0 + $1[year] }
            }
        }
        var afterShortfall = Array(repeating: Array(repeating: 0.0, count: model.years), count: model.roles.count)
        var cost = Array(repeating: 0.0, count: model.years)
        for g in model.regions.indices {
            let path = MeanPath.run(planned, place: g, intake: planned.roles.map { $0.intake[g] }, fromStart: true)
            for role in model.roles.indices {
                for year in 0..<model.years {
                    afterShortfall[role][year] += max(0, planned.roles[role].target[g][year] - path.stock[role][year])
                    cost[year] += problem.traineeCost[role] * path.training[role][year]
                }
            }
        }
        for (index, rolePlan) in plan.roles.enumerated() {
            guard let role = model.roles.firstIndex(where: { $0.id == rolePlan.id }) else { continue }
            plan.roles[index].shortfallAfter = afterShortfall[role]
        }
        plan.cost = cost
        plan.placesSolved = solved
        plan.placesTotal = model.regions.count
        if solved < model.regions.count {
            plan.notes.append(
                "\(model.regions.count - solved) of \(model.regions.count) places could not be solved; they keep "
                    + "their default intake.")
        }
        var report = try project(model: planned, scenario: scenario, parameters: parameters, notes: notes)
        report.commissioning = plan
        return report
    }

    /// The commissioning LP of every place, and the plan's defaults.
    func commissioningProblem(_ model: ProjectionModel, scenario: ProjectionScenario) throws(WorkforceError) -> (
        programs: [(lp: LinearProgram, places: [(LinearProgram.VariableRef, (role: Int, year: Int))])],
        plan: CommissioningPlan, traineeCost: [Double], options: SolverOptions
    ) {
        let r = model.roles.count
        let t = model.years
        let ratio = scenario.supervisionRatio ?? ProjectionScenario.defaultSupervisionRatio
        let weight = ProjectionScenario.shortfallWeight
        let margin = scenario.planningMargin ?? ProjectionScenario.defaultPlanningMargin
        // Trainee salary with on-costs, from the catalogue's trainee band (entry point).
        let scale = try catalogue.requirePayScale(year: scenario.payYear) { .invalidProjection(field: $0, message: $1) }
        var notes: [String] = []
        let traineeCost: [Double] = model.roles.map { series in
            guard series.trainingYears > 0, let role = catalogue.role(.init(rawValue: series.id)) else { return 0 }
            guard role.training.salaried != false else { return 0 }
            guard let band = role.bands.trainee?.lower, let range = scale.bands[band],
                let parameters = catalogue.teamParameters
            else { return 0 }
            return parameters.annualCost(pay: Double(range.minimum), basis: .full)
        }
        notes.append(
            "Training cost is the trainee's salary at the entry point of the trainee band (\(scale.shortLabel) pay, in "
                + "force from \(scale.effectiveFrom.text)) with full on-costs; "
                + "self-funded training costs the NHS no salary, and course fees are not in the data.")
        notes.append(
            "Each year's new places are at most \(Formatting.value(ratio)) for each WTE of the roles that supervise "
                + "the trainees (an assumption; change it in the scenario).")
        notes.append(
            "A WTE short of the target counts as £\(weight.roundedGroupedWithCommas) a year, so the optimiser buys "
                + "places before it accepts a shortfall wherever supervision and budget allow (an assumption).")
        notes.append(
            "The plan aims \(Formatting.percent(margin)) above each target under the mean rates, so that more of the "
                + "uncertain runs reach it (a margin you can change); the chance of missing the target below is "
                + "for the plan with full uncertainty.")
        notes.append(
            "Places commissioned in the last years qualify after the horizon, so the plan buys them only if they "
                + "are needed sooner; read its last years with that in mind.")
        let trainable = (0..<r).filter { model.roles[$0].trainingYears > 0 }
        // Who supervises each role's trainees: its catalogue supervisors, or the role itself when none is listed.
        let supervisors: [[Int]] = model.roles.enumerated().map { index, series in
            let ids = catalogue.role(.init(rawValue: series.id))?.supervisedBy.map(\.rawValue) ?? []
            let found = ids.compactMap { id in model.roles.firstIndex { $0.id == id } }
            return found.isEmpty ? [index] : found
        }
        let population = model.regions.count
        var programs: [(lp: LinearProgram, places: [(LinearProgram.VariableRef, (role: Int, year: Int))])] = []
        var before = Array(repeating: Array(repeating: 0.0, count: t), count: r)
        var defaultCost = Array(repeating: 0.0, count: t)
        let budgetShares = model.regions.indices.map { g in
            model.roles.reduce(0.0) { $0 + $1.baseline[g] }
                / max(1, model.roles.reduce(0.0) { $0 + $1.baseline.reduce(0, +) })
        }
        for g in 0..<population {
            // The fixed part: no intake for trainable roles (others keep theirs), and the defaults for comparison.
            let fixedIntake = (0..<r).map { role in
                trainable.contains(role) ? Array(repeating: 0.0, count: t) : model.roles[role].intake[g]
            }
            let base = MeanPath.run(model, place: g, intake: fixedIntake, fromStart: true)
            let defaults = MeanPath.run(model, place: g, intake: model.roles.map { $0.intake[g] }, fromStart: true)
            for role in 0..<r {
                for year in 0..<t {
                    before[role][year] += max(0, model.roles[role].target[g][year] - defaults.stock[role][year])
                    defaultCost[year] += traineeCost[role] * defaults.training[role][year]
                }
            }
            var lp = LinearProgram(name: "skillmix-commissioning-\(model.regions[g].id)", sense: .minimise)
            var places: [(LinearProgram.VariableRef, (role: Int, year: Int))] = []
            var responses: [(LinearProgram.VariableRef, MeanPath)] = []
            for role in trainable {
                for year in 0..<t {
                    var unit = Array(repeating: Array(repeating: 0.0, count: t), count: r)
                    unit[role][year] = 1
                    let response = MeanPath.run(model, place: g, intake: unit, fromStart: false)
                    // The objective counts the trainee salaries this place pays over the horizon.
                    let salaries = (0..<r).reduce(0.0) { sum, other in
                        sum + traineeCost[other] * response.training[other].reduce(0, +)
                    }
                    let variable = lp.addVariable(
                        "places[\(model.regions[g].id),\(model.roles[role].id),\(model.baseYear + year + 1)]",
                        objective: salaries)
                    places.append((variable, (role, year)))
                    responses.append((variable, response))
                }
            }
            for role in 0..<r {
                for year in 0..<t where model.roles[role].target[g][year] > 0 {
                    let short = lp.addVariable(
                        "short[\(model.regions[g].id),\(model.roles[role].id),\(model.baseYear + year + 1)]",
                        objective: weight)
                    var terms: [LinearProgram.VariableRef: Double] = [short: 1]
                    for (variable, response) in responses where response.stock[role][year] != 0 {
                        terms[variable] = response.stock[role][year]
                    }
                    lp.addConstraint(
                        "target[\(model.regions[g].id),\(model.roles[role].id),\(year)]", terms,
                        lower: model.roles[role].target[g][year] * (1 + margin) - base.stock[role][year])
                }
            }
            // Supervision: new places in a year at most `ratio` × supervisors in post at the end of the year before.
            for (variable, cell) in places {
                var terms: [LinearProgram.VariableRef: Double] = [variable: 1]
                var available = 0.0
                for supervisor in supervisors[cell.role] {
                    if cell.year == 0 {
                        available += model.roles[supervisor].baseline[g]
                    } else {
                        available += base.stock[supervisor][cell.year - 1]
                        for (other, response) in responses where response.stock[supervisor][cell.year - 1] != 0 {
                            terms[other, default: 0] -= ratio * response.stock[supervisor][cell.year - 1]
                        }
                    }
                }
                lp.addConstraint(
                    "supervision[\(model.regions[g].id),\(model.roles[cell.role].id),\(cell.year)]", terms,
                    upper: ratio * available)
            }
            if let budget = scenario.trainingBudget {
                for year in 0..<t {
                    var terms: [LinearProgram.VariableRef: Double] = [:]
                    var fixed = 0.0
                    for role in 0..<r {
                        fixed += traineeCost[role] * base.training[role][year]
                        for (variable, response) in responses where response.training[role][year] != 0 {
                            terms[variable, default: 0] += traineeCost[role] * response.training[role][year]
                        }
                    }
                    lp.addConstraint(
                        "budget[\(model.regions[g].id),\(year)]", terms, upper: max(0, budget * budgetShares[g] - fixed)
                    )
                }
            }
            programs.append((lp, places))
        }
        if scenario.trainingBudget != nil {
            notes.append("The national training budget is shared among places by their starting workforce.")
        }
        let plan = CommissioningPlan(
            roles: trainable.map { role in
                .init(
                    id: model.roles[role].id, name: model.roles[role].name,
                    defaultPlaces: (0..<t).map { year in model.roles[role].intake.reduce(0) { $0 + $1[year] } },
                    places: [], shortfallBefore: before[role], shortfallAfter: [], traineeCost: traineeCost[role])
            }, defaultCost: defaultCost, cost: [], shortfallWeight: weight, supervisionRatio: ratio,
            planningMargin: margin, budget: scenario.trainingBudget, objective: 0, placesSolved: 0,
            placesTotal: population, notes: notes, payYear: scale.name)
        var options = SolverOptions()
        options.timeLimit = 20
        options.deadline = deadline
        return (programs, plan, traineeCost, options)
    }

    /// The whole commissioning model (every place) as one LP, for export as MPS.
    public func commissioningModel(_ scenario: ProjectionScenario) throws(WorkforceError) -> LinearProgram {
        let (model, _, _) = try self.model(for: scenario)
        let problem = try commissioningProblem(model, scenario: scenario)
        var combined = LinearProgram(name: "skillmix-commissioning", sense: .minimise)
        for program in problem.programs {
            let offset = combined.variables.count
            combined.variables += program.lp.variables
            for row in program.lp.constraints {
                combined.constraints.append(
                    .init(
                        name: row.name, terms: row.terms.map { (index: $0.index + offset, value: $0.value) },
                        lower: row.lower, upper: row.upper))
            }
        }
        return combined
    }
}
