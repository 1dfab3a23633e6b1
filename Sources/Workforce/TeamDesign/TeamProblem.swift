import LinearProgramming

/// The numbers of one design, resolved from the catalogue, a service model and a person's input: Engine A of
/// MODEL.md, ready to be written as a linear program.
struct TeamProblem: Sendable {
    struct RoleTerm: Sendable {
        var id: Role.ID
        var name: String
        var band: Band
        /// Pounds a year per WTE, with on-costs.
        var costPerWTE: Double
        /// Clinical hours a year per WTE (H_r).
        var clinicalHours: Double
        /// Supervision each WTE must receive, hours a year (σ_r).
        var supervisionNeeded: Double
        /// Most supervision each WTE may give, hours a year (κ_r); nil when it does not supervise here.
        var supervisionCapacity: Double?
        /// Most supervisee WTE per WTE (ρ_r).
        var span: Double?
        var lower: Double
        var upper: Double
        /// Indices of the roles in this team that may supervise this one.
        var supervisors: [Int]
    }

    struct InterventionTerm: Sendable {
        var id: Intervention.ID
        var name: String
        var hoursPerEpisode: Double
        var demand: Double
        var weight: Double
        var deliveries: [(role: Int, efficiency: Double)]
    }

    struct RuleTerm: Sendable {
        var text: String
        var roles: [Int]
        var ratio: Double
        var per: [Int]
    }

    var roles: [RoleTerm]
    var interventions: [InterventionTerm]
    var rules: [RuleTerm]
    /// Pounds a year available for the optimised posts (the budget less the fixed posts).
    var budget: Double?
    /// The fixed posts' cost, pounds a year, and their WTE.
    var fixedCost: Double
    var fixedWTE: Double
    /// WTE step of a post, or nil for continuous WTE.
    var step: Double?
    /// When every solve of this design must stop (the request's time limit), or nil for the solver's own limit.
    var deadline: ContinuousClock.Instant? = nil

    func roleIndex(_ id: Role.ID) -> Int? { roles.firstIndex { $0.id == id } }

    /// The same problem with every intervention's demand multiplied by `factor`.
    func scalingDemand(by factor: Double) -> TeamProblem {
        var copy = self
        for index in copy.interventions.indices { copy.interventions[index].demand *= factor }
        return copy
    }

    /// The same problem with one role's WTE bounded to `lower...upper`.
    func bounding(_ role: Int, lower: Double? = nil, upper: Double? = nil) -> TeamProblem {
        var copy = self
        if let lower { copy.roles[role].lower = lower }
        if let upper { copy.roles[role].upper = upper }
        return copy
    }
}

/// What each row of the linear program stands for, so that binding rows and their prices can be explained.
enum TeamRow: Hashable, Sendable {
    case demand(Int), time(Int), supervisionReceived(Int), supervisionGiven(Int), span(Int), rule(Int), budget
    case needFloor, postStep(Int)
}

/// The linear program of a `TeamProblem`, with its variables and rows labelled.
struct TeamProgram: Sendable {
    var lp: LinearProgram
    var wte: [LinearProgram.VariableRef]
    /// hours[i][k]: hours of the k-th delivering role on intervention i.
    var hours: [[LinearProgram.VariableRef]]
    var supervision: [(from: Int, to: Int, variable: LinearProgram.VariableRef)]
    var unmet: [LinearProgram.VariableRef]
    var rows: [TeamRow]

    /// Writes the problem (MODEL.md Engine A, constraints 1–7). The objective is the weighted unmet need
    /// (stage one); `costStage(needAtMost:)` turns it into stage two.
    init(_ problem: TeamProblem, name: String = "skillmix-team") {
        var lp = LinearProgram(name: name, sense: .minimise)
        var rows: [TeamRow] = []
        wte = problem.roles.enumerated().map { index, role in
            lp.addVariable("wte[\(role.id)]", lower: role.lower, upper: role.upper)
        }
        hours = problem.interventions.map { intervention in
            intervention.deliveries.map { delivery in
                lp.addVariable("hours[\(problem.roles[delivery.role].id),\(intervention.id)]")
            }
        }
        var supervision: [(from: Int, to: Int, variable: LinearProgram.VariableRef)] = []
        for (to, role) in problem.roles.enumerated() where role.supervisionNeeded > 0 {
            for from in role.supervisors where problem.roles[from].supervisionCapacity != nil {
                let variable = lp.addVariable("supervision[\(problem.roles[from].id),\(role.id)]")
                supervision.append((from, to, variable))
            }
        }
        self.supervision = supervision
        unmet = problem.interventions.map { intervention in
            lp.addVariable(
                "unmet[\(intervention.id)]", upper: intervention.demand, objective: intervention.weight)
        }
        // 1. Demand: effective hours ÷ hours per episode, plus unmet episodes, cover demand.
        for (i, intervention) in problem.interventions.enumerated() {
            var terms: [LinearProgram.VariableRef: Double] = [unmet[i]: 1]
            for (k, delivery) in intervention.deliveries.enumerated() {
                terms[hours[i][k]] = delivery.efficiency / intervention.hoursPerEpisode
            }
            lp.addConstraint("demand[\(intervention.id)]", terms, lower: intervention.demand)
            rows.append(.demand(i))
        }
        // 3. Time: clinical work plus supervision given fit in the clinical hours.
        for (r, role) in problem.roles.enumerated() {
            var terms: [LinearProgram.VariableRef: Double] = [wte[r]: -role.clinicalHours]
            for (i, intervention) in problem.interventions.enumerated() {
                for (k, delivery) in intervention.deliveries.enumerated() where delivery.role == r {
                    terms[hours[i][k]] = 1
                }
            }
            for link in supervision where link.from == r { terms[link.variable] = 1 }
            lp.addConstraint("time[\(role.id)]", terms, upper: 0)
            rows.append(.time(r))
        }
        // 4. Supervision received.
        for (r, role) in problem.roles.enumerated() where role.supervisionNeeded > 0 {
            var terms: [LinearProgram.VariableRef: Double] = [wte[r]: -role.supervisionNeeded]
            for link in supervision where link.to == r { terms[link.variable] = 1 }
            lp.addConstraint("supervised[\(role.id)]", terms, lower: 0)
            rows.append(.supervisionReceived(r))
        }
        // 5. Supervision given: hours and span.
        for (r, role) in problem.roles.enumerated() {
            let links = supervision.filter { $0.from == r }
            guard let capacity = role.supervisionCapacity, !links.isEmpty else { continue }
            var terms: [LinearProgram.VariableRef: Double] = [wte[r]: -capacity]
            for link in links { terms[link.variable] = 1 }
            lp.addConstraint("supervising[\(role.id)]", terms, upper: 0)
            rows.append(.supervisionGiven(r))
            if let span = role.span {
                var spanTerms: [LinearProgram.VariableRef: Double] = [wte[r]: -span]
                for link in links { spanTerms[link.variable] = 1 / problem.roles[link.to].supervisionNeeded }
                lp.addConstraint("span[\(role.id)]", spanTerms, upper: 0)
                rows.append(.span(r))
            }
        }
        // 7. The service model's ratio rules.
        for (k, rule) in problem.rules.enumerated() {
            var terms: [LinearProgram.VariableRef: Double] = [:]
            for r in rule.roles { terms[wte[r], default: 0] += 1 }
            for r in rule.per { terms[wte[r], default: 0] -= rule.ratio }
            lp.addConstraint("rule[\(k)]", terms, lower: 0)
            rows.append(.rule(k))
        }
        // 6. Budget.
        if let budget = problem.budget {
            var terms: [LinearProgram.VariableRef: Double] = [:]
            for (r, role) in problem.roles.enumerated() { terms[wte[r]] = role.costPerWTE }
            lp.addConstraint("budget", terms, upper: budget)
            rows.append(.budget)
        }
        // Whole or half posts: WTE = step × a whole number.
        if let step = problem.step {
            for (r, role) in problem.roles.enumerated() {
                let count = lp.addVariable(
                    "posts[\(role.id)]", lower: (role.lower / step - 1e-9).rounded(.up),
                    upper: role.upper.isFinite ? (role.upper / step + 1e-9).rounded(.down) : .infinity,
                    isInteger: true)
                lp.addEquality("post-size[\(role.id)]", [wte[r]: 1, count: -step], equals: 0)
                rows.append(.postStep(r))
            }
        }
        self.lp = lp
        self.rows = rows
    }

    /// Stage two: keep the weighted unmet need at most `needAtMost` and minimise the pay bill.
    func costStage(_ problem: TeamProblem, needAtMost: Double) -> TeamProgram {
        var copy = self
        var need: [LinearProgram.VariableRef: Double] = [:]
        for (i, variable) in unmet.enumerated() {
            need[variable] = problem.interventions[i].weight
            copy.lp.variables[variable.index].objective = 0
        }
        copy.lp.addConstraint("need-floor", need, upper: needAtMost)
        copy.rows.append(.needFloor)
        for (r, variable) in wte.enumerated() {
            copy.lp.variables[variable.index].objective = problem.roles[r].costPerWTE
        }
        return copy
    }
}

/// One solved design: the optimiser's values, read back into the problem's terms.
struct TeamPlan: Sendable {
    var wte: [Double]
    var hours: [[Double]]
    var supervision: [(from: Int, to: Int, hours: Double)]
    var unmet: [Double]
    /// Pounds a year for the optimised posts (without the fixed posts).
    var cost: Double
    /// Row duals and reduced costs of stage two, for continuous designs.
    var rowDuals: [TeamRow: Double]
    var reducedCosts: [Double]
    /// d(weighted unmet need)/d(budget) from stage one, when a budget is set.
    var budgetDual: Double?
    /// The stage-two program this plan solves: the model to export.
    var costStage: LinearProgram

    var totalWTE: Double { wte.reduce(0, +) }
    func unmetTotal() -> Double { unmet.reduce(0, +) }
}

extension TeamProblem {
    /// Solves the problem lexicographically: least weighted unmet need, then least cost at that need.
    /// Returns nil when no team satisfies the rules, and throws when the solver stops without an answer.
    func solve() throws(WorkforceError) -> TeamPlan? {
        let options = solverOptions
        guard let (program, first, stage) = try stages() else { return nil }
        let solver = Solver(options: options)
        let second: Solution
        do { second = try solver.solve(stage.lp) } catch { throw .designNotFound(error.description) }
        if second.status == .limit { throw .timedOut(advice: TeamProblem.lighterDesign) }
        guard second.status == .optimal else {
            throw .designNotFound("the second stage (least cost) ended as \(second.status.rawValue)")
        }
        let values = second.values
        var duals: [TeamRow: Double] = [:]
        if second.rowDuals.count == stage.rows.count {
            for (row, dual) in zip(stage.rows, second.rowDuals) { duals[row] = dual }
        }
        var budgetDual: Double?
        if budget != nil, let index = program.rows.firstIndex(of: .budget), first.rowDuals.count > index {
            budgetDual = first.rowDuals[index]
        }
        // Whole or half posts come back within the integrality tolerance of a step: show the step itself.
        let wte = program.wte.map { variable in
            let value = max(0, values[variable.index])
            return step.map { ($0 * (value / $0).rounded() * 1e9).rounded() / 1e9 } ?? value
        }
        return TeamPlan(
            wte: wte,
            hours: program.hours.map { row in row.map { max(0, values[$0.index]) } },
            supervision: program.supervision.map { ($0.from, $0.to, max(0, values[$0.variable.index])) },
            unmet: program.unmet.map { max(0, values[$0.index]) },
            cost: zip(roles, wte).reduce(0) { $0 + $1.0.costPerWTE * $1.1 },
            rowDuals: duals,
            reducedCosts: second.reducedCosts.isEmpty ? [] : program.wte.map { second.reducedCosts[$0.index] },
            budgetDual: budgetDual,
            costStage: stage.lp
        )
    }

    /// Stage one (least weighted unmet need) solved, and stage two (least cost at that need) written; nil when
    /// no team satisfies the rules.
    func stages() throws(WorkforceError) -> (
        program: TeamProgram, first: Solution, costStage: TeamProgram
    )? {
        let program = TeamProgram(self)
        let first: Solution
        do { first = try Solver(options: solverOptions).solve(program.lp) } catch {
            throw .designNotFound(error.description)
        }
        switch first.status {
        case .infeasible: return nil
        case .unbounded: throw .designNotFound("the model is unbounded, which should not happen; please report it")
        case .limit: throw .timedOut(advice: TeamProblem.lighterDesign)
        case .optimal: break
        }
        let need = max(0, first.objective)
        return (program, first, program.costStage(self, needAtMost: need + 1e-9 * max(1, need)))
    }

    /// What to change when a design reaches its time limit.
    static let lighterDesign =
        "Make posts any size (not whole or half), lower the demand, or remove some limits, and try again."

    var solverOptions: SolverOptions {
        var options = SolverOptions()
        options.timeLimit = 10
        options.deadline = deadline
        options.relativeGap = 1e-6
        return options
    }
}
