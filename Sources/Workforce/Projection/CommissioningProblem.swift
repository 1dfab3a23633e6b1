import LinearProgramming

/// One linear program of a commissioning plan: a single place, or every place at once when one national
/// budget binds them together.
struct CommissioningBlock: Sendable {
    struct Cell: Sendable {
        var variable: LinearProgram.VariableRef
        var place: Int
        var role: Int
        var year: Int
    }

    /// What a constraint row stands for: a hard limit (nil for a target, which is soft), its role and year.
    struct Tag: Sendable {
        var limit: CommissioningLimit?
        var role: Int?
        var year: Int
        /// The row's share of a national place: a place's own row counts for its share of today's places, so that
        /// its shadow price adds up to the worth of one more place nationally.
        var weight: Double = 1
    }

    var places: [Int]
    var lp: LinearProgram
    var cells: [Cell]
    var tags: [Tag]

    mutating func add(
        _ name: String, _ terms: [LinearProgram.VariableRef: Double], lower: Double = -.infinity,
        upper: Double = .infinity, tag: Tag
    ) {
        lp.addConstraint(name, terms, lower: lower, upper: upper)
        tags.append(tag)
    }

    /// The same program without the rows of the limits not in `kept` (targets always stay).
    func keeping(_ kept: Set<CommissioningLimit>) -> LinearProgram {
        var copy = lp
        copy.constraints = zip(lp.constraints, tags).filter { _, tag in tag.limit.map(kept.contains) ?? true }.map(\.0)
        return copy
    }
}

/// Everything the optimiser needs: the programs, the plan's defaults and the limits, over the reported years
/// and the years the plan looks past them.
struct CommissioningSetup: Sendable {
    var blocks: [CommissioningBlock]
    var plan: CommissioningPlan
    var traineeCost: [Double]
    var options: SolverOptions
    /// The model over the reported years and the lookahead.
    var model: ProjectionModel
    var reportedYears: Int
    /// The roles with training places, by model index.
    var trainable: [Int]
    /// National places a year each role may take at most (by model index; infinity for untrained roles).
    var capacity: [Double]
    var ramp: Double
    /// The figures the model used and its notes, for the projection of the plan.
    var parameters: [TeamDesign.ParameterUse]
    var notes: [String]
}

extension ProjectionModel {
    /// The whole nation as one place: every role's figures added up over the places.
    func national() -> ProjectionModel {
        var copy = self
        copy.regions = [.init(id: "england", name: "England")]
        for index in roles.indices {
            let role = roles[index]
            copy.roles[index].baseline = [role.baseline.reduce(0, +)]
            copy.roles[index].trainees = [
                (0..<role.trainingYears).map { k in role.trainees.reduce(0) { $0 + ($1.count > k ? $1[k] : 0) } }
            ]
            copy.roles[index].intake = [(0..<years).map { year in role.intake.reduce(0) { $0 + $1[year] } }]
            copy.roles[index].target = [(0..<years).map { year in role.target.reduce(0) { $0 + $1[year] } }]
        }
        return copy
    }

    /// The first `count` years only.
    func truncated(to count: Int) -> ProjectionModel {
        var copy = self
        copy.years = count
        for index in roles.indices {
            copy.roles[index].intake = roles[index].intake.map { Array($0.prefix(count)) }
            copy.roles[index].target = roles[index].target.map { Array($0.prefix(count)) }
        }
        return copy
    }
}

extension ProjectionModel.RoleSeries {
    /// Places a year that keep `stock` qualified WTE steady under the mean rates: qualifiers replace leavers and
    /// those who move to other roles (moves into the role are not counted, so this is the most it could need).
    func sustainingIntake(for stock: Double) -> Double {
        guard trainingYears > 0, stock > 0 else { return 0 }
        let qualifying = nhsPostShare * pow1(1 - withdrawalRateMean, trainingYears)
        return stock * (1 - (1 - leaverRateMean) * (1 - moveTotal)) / max(qualifying, 1e-9)
    }
}

extension ProjectionPlanner {
    /// Finds the least-cost commissions for the scenario, then projects them with full uncertainty.
    public func commission(_ scenario: ProjectionScenario) throws(WorkforceError) -> ProjectionReport {
        let scenario = try resolved(scenario)
        let setup = try commissioningSetup(scenario)
        let model = setup.model
        let t = setup.reportedYears
        var planned = model
        var plan = setup.plan
        var solved = 0
        struct Binding: Hashable {
            var limit: CommissioningLimit
            var role: Int?
        }
        var binding: [Binding: (years: Set<Int>, value: Double)] = [:]
        for block in setup.blocks {
            let solution: Solution
            do { solution = try Solver(options: setup.options).solve(block.lp) } catch {
                throw .invalidProjection(field: "commissioning", message: error.description)
            }
            if solution.status == .limit, let deadline, ContinuousClock().now >= deadline {
                throw .timedOut(advice: "Plan over regions rather than boards, or over fewer years, and try again.")
            }
            if solution.status == .infeasible {
                throw .invalidProjection(
                    field: "commissioning", message: try conflictMessage(block, setup: setup, scenario: scenario))
            }
            guard solution.status == .optimal else { continue }
            solved += block.places.count
            plan.objective += solution.objective
            for cell in block.cells {
                planned.roles[cell.role].intake[cell.place][cell.year] = max(0, solution.values[cell.variable.index])
            }
            for (row, tag) in block.tags.enumerated() {
                guard let limit = tag.limit, row < solution.rowDuals.count else { continue }
                let dual = abs(solution.rowDuals[row])
                guard dual > 1e-6 else { continue }
                binding[Binding(limit: limit, role: tag.role), default: ([], 0)].years.insert(tag.year)
                binding[Binding(limit: limit, role: tag.role), default: ([], 0)].value += dual * tag.weight
            }
        }
        // National figures over the reported years, from the plan and from today's commissions.
        for (index, rolePlan) in plan.roles.enumerated() {
            guard let role = model.roles.firstIndex(where: { $0.id == rolePlan.id }) else { continue }
            plan.roles[index].places = (0..<t).map { year in planned.roles[role].intake.reduce(0) { $0 + $1[year] } }
        }
        var afterShortfall = Array(repeating: Array(repeating: 0.0, count: t), count: model.roles.count)
        var cost = Array(repeating: 0.0, count: t)
        var finalWorkforce = 0.0
        var defaultFinalWorkforce = 0.0
        for g in model.regions.indices {
            let path = MeanPath.run(planned, place: g, intake: planned.roles.map { $0.intake[g] }, fromStart: true)
            let defaults = MeanPath.run(model, place: g, intake: model.roles.map { $0.intake[g] }, fromStart: true)
            for role in model.roles.indices {
                finalWorkforce += path.stock[role][t - 1]
                defaultFinalWorkforce += defaults.stock[role][t - 1]
                for year in 0..<t {
                    afterShortfall[role][year] += max(0, planned.roles[role].target[g][year] - path.stock[role][year])
                    cost[year] += setup.traineeCost[role] * path.training[role][year]
                }
            }
        }
        for (index, rolePlan) in plan.roles.enumerated() {
            guard let role = model.roles.firstIndex(where: { $0.id == rolePlan.id }) else { continue }
            plan.roles[index].shortfallAfter = afterShortfall[role]
        }
        plan.cost = cost
        plan.finalWorkforce = finalWorkforce
        plan.defaultFinalWorkforce = defaultFinalWorkforce
        plan.placesSolved = solved
        plan.placesTotal = model.regions.count
        plan.bindingLimits = binding.map { key, entry in
            bindingLimit(key.limit, role: key.role, years: entry.years, value: entry.value, setup: setup)
        }.sorted { a, b in
            // The budget's price is in pounds per pound, the others' in pounds per place: the budget comes first.
            (a.limit == .budget ? 1 : 0, a.value, b.text) > (b.limit == .budget ? 1 : 0, b.value, a.text)
        }
        if solved < model.regions.count {
            plan.notes.append(
                "\(model.regions.count - solved) of \(model.regions.count) places could not be solved; they keep "
                    + "their default intake.")
        }
        var report = try project(
            model: planned.truncated(to: t), scenario: scenario, parameters: setup.parameters, notes: setup.notes)
        report.commissioning = plan
        return report
    }

    /// The whole commissioning model (every place) as one LP, for export as MPS. With a national budget it is
    /// the one program the optimiser solves; without, the places' programs side by side.
    public func commissioningModel(_ scenario: ProjectionScenario) throws(WorkforceError) -> LinearProgram {
        let setup = try commissioningSetup(try resolved(scenario))
        var combined = LinearProgram(name: "skillmix-commissioning", sense: .minimise)
        for block in setup.blocks {
            let offset = combined.variables.count
            combined.variables += block.lp.variables
            for row in block.lp.constraints {
                combined.constraints.append(
                    .init(
                        name: row.name, terms: row.terms.map { (index: $0.index + offset, value: $0.value) },
                        lower: row.lower, upper: row.upper))
            }
        }
        return combined
    }

    /// Builds the programs over the reported years and the longest training more (the lookahead), after checking
    /// that the limits the planner set can hold together.
    func commissioningSetup(_ scenario: ProjectionScenario) throws(WorkforceError) -> CommissioningSetup {
        let (longest, parameters, notes) = try model(
            for: scenario, extraYears: ProjectionModel.maximumTrainingYears)
        let lookahead = longest.roles.map(\.trainingYears).max() ?? 0
        let model = longest.truncated(to: scenario.years + lookahead)
        let r = model.roles.count
        let t = scenario.years
        let horizon = model.years
        let ratio = scenario.supervisionRatio ?? ProjectionScenario.defaultSupervisionRatio
        let weight = ProjectionScenario.shortfallWeight
        let margin = scenario.planningMargin ?? ProjectionScenario.defaultPlanningMargin
        let defaults = catalogue.projection
        let defaultRamp = defaults?.rampLimit?.value ?? ProjectionScenario.fallbackRampLimit
        let ramp = scenario.rampLimit ?? defaultRamp
        let multiple = defaults?.capacityMultiple?.value ?? ProjectionScenario.fallbackCapacityMultiple
        // Trainee salary with on-costs, from the catalogue's trainee band (entry point).
        let scale = try catalogue.requirePayScale(year: scenario.payYear) { .invalidProjection(field: $0, message: $1) }
        let traineeCost: [Double] = model.roles.map { series in
            guard series.trainingYears > 0, let role = catalogue.role(.init(rawValue: series.id)) else { return 0 }
            guard role.training.salaried != false else { return 0 }
            guard let band = role.bands.trainee?.lower, let range = scale.bands[band],
                let parameters = catalogue.teamParameters
            else { return 0 }
            return parameters.annualCost(pay: Double(range.minimum), basis: .full)
        }
        let trainable = (0..<r).filter { model.roles[$0].trainingYears > 0 }
        let national = model.national()
        let today = model.roles.map { role in role.intake.reduce(0) { $0 + $1[0] } }
        let defaultCapacity = (0..<r).map { role in trainable.contains(role) ? multiple * today[role] : .infinity }
        let capacity = (0..<r).map { role in
            guard trainable.contains(role) else { return Double.infinity }
            return scenario.roles[model.roles[role].id]?.capacity ?? defaultCapacity[role]
        }
        for role in 0..<r where !trainable.contains(role) && scenario.roles[model.roles[role].id]?.capacity != nil {
            throw .invalidProjection(
                field: "roles.\(model.roles[role].id).capacity",
                message: "\(model.roles[role].name) has no training places to plan (it recruits straight into post), "
                    + "so it takes no capacity.")
        }
        let basis = (0..<r).map { role in targetBasis(role, model: model, scenario: scenario) }
        // Who supervises each role's trainees: its catalogue supervisors, or the role itself when none is listed.
        // A role that lists none and has no one in post yet has no supervision limit (it would otherwise never
        // train anyone), and the plan says so.
        let supervisors: [[Int]] = model.roles.enumerated().map { index, series in
            let ids = catalogue.role(.init(rawValue: series.id))?.supervisedBy.map(\.rawValue) ?? []
            let found = ids.compactMap { id in model.roles.firstIndex { $0.id == id } }
            guard found.isEmpty else { return found }
            return series.baseline.reduce(0, +) > 0 ? [index] : []
        }
        let unsupervised = trainable.filter { supervisors[$0].isEmpty }.map { model.roles[$0].name.inSentence }
        var warnings = basis.indices.filter { trainable.contains($0) && basis[$0] == .keepIntake }.map { role in
            "\(model.roles[role].name) has no target (its share of the national target is nothing, as no one is in "
                + "post yet, and you set none), so the plan keeps today's intake of \(Formatting.number(today[role])) "
                + "places a year. Enter a target for it to plan it."
        }
        let checks = CommissioningChecks(
            model: model, national: national, scenario: scenario, reportedYears: t, ramp: ramp, ratio: ratio,
            capacity: capacity, today: today, supervisors: supervisors,
            nationalGrowth: scenario.targetAdditional ?? defaults?.targetAdditional.value ?? 0,
            defaultRamp: defaultRamp, defaultCapacity: defaultCapacity)
        // Where each programme starts: today's places, or what its supervisors can take (see `start`).
        var start = today
        for role in trainable {
            let (places, warning) = try checks.start(role, keepsIntake: basis[role] == .keepIntake)
            start[role] = places
            if let warning { warnings.append(warning) }
            try checks.capacityAgainstFloor(role, keepsIntake: basis[role] == .keepIntake, start: places)
        }
        // A floor after the horizon that a default capacity cannot carry is lowered to it, and the page says so.
        var sustainShare = Array(repeating: 1.0, count: r)
        for role in trainable where basis[role] != .keepIntake {
            try checks.targetAgainstToday(role)
            if let cut = try checks.sustainAgainstCapacity(role, start: start[role]) {
                sustainShare[role] = cut.share
                warnings.append(cut.warning)
            }
            if let warning = try checks.reachable(role, start: start[role]) { warnings.append(warning) }
        }
        let startShare = (0..<r).map { today[$0] > 0 ? start[$0] / today[$0] : 1 }
        // Each place's share of each role's places today (the defaults share them by population).
        let intakeShare: [[Double]] = model.regions.indices.map { g in
            (0..<r).map { role in
                today[role] > 0 ? model.roles[role].intake[g][0] / today[role] : 1 / Double(model.regions.count)
            }
        }
        // Each place starts from its share of the national start, and no more than its own supervisors can take
        // (a starting workforce of the planner's own can put a place's supervisors below its share).
        let placeStart: [[Double]] = model.regions.indices.map { g in
            (0..<r).map { role in
                let share = model.roles[role].intake[g][0] * startShare[role]
                guard !supervisors[role].isEmpty else { return share }
                return min(share, ratio * supervisors[role].reduce(0.0) { $0 + model.roles[$1].baseline[g] })
            }
        }

        // Unit responses: the same in every place, since the rates are national.
        var responses: [[MeanPath]] = Array(repeating: [], count: r)
        for role in trainable {
            responses[role] = (0..<horizon).map { year in
                var unit = Array(repeating: Array(repeating: 0.0, count: horizon), count: r)
                unit[role][year] = 1
                return MeanPath.run(model, place: 0, intake: unit, fromStart: false)
            }
        }
        let salaries = trainable.map { role in
            (0..<horizon).map { year in
                (0..<r).reduce(0.0) { sum, other in
                    sum + traineeCost[other] * responses[role][year].training[other].reduce(0, +)
                }
            }
        }
        // Each place's share of the nation (by starting workforce, as the defaults share today's places).
        let everyone = model.roles.reduce(0.0) { $0 + $1.baseline.reduce(0, +) }
        let placeShare = model.regions.indices.map { g in
            everyone > 0
                ? model.roles.reduce(0.0) { $0 + $1.baseline[g] } / everyone : 1 / Double(model.regions.count)
        }
        let coupled = scenario.trainingBudget != nil
        let groups: [[Int]] = coupled ? [Array(model.regions.indices)] : model.regions.indices.map { [$0] }
        var blocks: [CommissioningBlock] = []
        var before = Array(repeating: Array(repeating: 0.0, count: t), count: r)
        var defaultCost = Array(repeating: 0.0, count: t)
        for group in groups {
            var block = CommissioningBlock(
                places: group,
                lp: LinearProgram(
                    name: coupled ? "skillmix-commissioning" : "skillmix-commissioning-\(model.regions[group[0]].id)",
                    sense: .minimise),
                cells: [], tags: [])
            var bases: [Int: MeanPath] = [:]
            var variable: [Int: [Int: [LinearProgram.VariableRef]]] = [:]  // place → role → year
            for g in group {
                let region = model.regions[g].id
                // The fixed part: no intake for trainable roles (others keep theirs), and the defaults for comparison.
                let fixedIntake = (0..<r).map { role in
                    trainable.contains(role) ? Array(repeating: 0.0, count: horizon) : model.roles[role].intake[g]
                }
                let base = MeanPath.run(model, place: g, intake: fixedIntake, fromStart: true)
                bases[g] = base
                let current = MeanPath.run(model, place: g, intake: model.roles.map { $0.intake[g] }, fromStart: true)
                for role in 0..<r {
                    for year in 0..<t {
                        before[role][year] += max(0, model.roles[role].target[g][year] - current.stock[role][year])
                        defaultCost[year] += traineeCost[role] * current.training[role][year]
                    }
                }
                for (k, role) in trainable.enumerated() {
                    variable[g, default: [:]][role] = (0..<horizon).map { year in
                        let ref = block.lp.addVariable(
                            "places[\(region),\(model.roles[role].id),\(model.baseYear + year + 1)]",
                            objective: salaries[k][year])
                        block.cells.append(.init(variable: ref, place: g, role: role, year: year))
                        return ref
                    }
                }
                // Targets (soft): stock plus shortfall at least the target with its margin, in every year.
                for role in 0..<r where basis[role] != .keepIntake {
                    for year in 0..<horizon where model.roles[role].target[g][year] > 0 {
                        let short = block.lp.addVariable(
                            "short[\(region),\(model.roles[role].id),\(model.baseYear + year + 1)]", objective: weight)
                        var terms: [LinearProgram.VariableRef: Double] = [short: 1]
                        for other in trainable {
                            for start in 0...year where responses[other][start].stock[role][year] != 0 {
                                terms[variable[g]![other]![start], default: 0] +=
                                    responses[other][start].stock[role][year]
                            }
                        }
                        block.add(
                            "target[\(region),\(model.roles[role].id),\(year)]", terms,
                            lower: model.roles[role].target[g][year] * (1 + margin) - base.stock[role][year],
                            tag: .init(limit: nil, role: role, year: year))
                    }
                }
                // Supervision: new places at most `ratio` × supervisors in post at the end of the year before.
                for role in trainable where !supervisors[role].isEmpty {
                    for year in 0..<horizon {
                        var terms: [LinearProgram.VariableRef: Double] = [variable[g]![role]![year]: 1]
                        var available = 0.0
                        for supervisor in supervisors[role] {
                            if year == 0 {
                                available += model.roles[supervisor].baseline[g]
                                continue
                            }
                            available += base.stock[supervisor][year - 1]
                            for other in trainable {
                                for start in 0..<year where responses[other][start].stock[supervisor][year - 1] != 0 {
                                    terms[variable[g]![other]![start], default: 0] -=
                                        ratio * responses[other][start].stock[supervisor][year - 1]
                                }
                            }
                        }
                        block.add(
                            "supervision[\(region),\(model.roles[role].id),\(year)]", terms, upper: ratio * available,
                            tag: .init(limit: .supervision, role: role, year: year, weight: placeShare[g]))
                    }
                }
                // A role without a target keeps today's intake; one with a target keeps its leavers replaced at the
                // final target in every year after the horizon.
                for role in trainable {
                    let kept = basis[role] == .keepIntake
                    // A place's floor after the horizon is at most what its share of the capacity, and the ramp from
                    // its start, allow by then (they differ from its share of the target when the planner gives
                    // their own starting workforce).
                    let floor =
                        kept
                        ? placeStart[g][role]
                        : min(
                            model.roles[role].sustainingIntake(for: model.roles[role].target[g][t - 1])
                                * sustainShare[role],
                            capacity[role] * intakeShare[g][role], placeStart[g][role] * pow1(1 + ramp, t + 1))
                    for year in (kept ? 0 : t)..<horizon where floor > 0 {
                        block.add(
                            "\(kept ? "keep" : "sustain")[\(region),\(model.roles[role].id),\(year)]",
                            [variable[g]![role]![year]: 1], lower: floor,
                            tag: .init(
                                limit: kept ? .keepIntake : .sustain, role: role, year: year, weight: placeShare[g]))
                    }
                }
            }
            // Capacity and ramps, on the block's places together (a place alone takes its share of today's).
            for role in trainable {
                let share = group.reduce(0.0) { $0 + intakeShare[$1][role] }
                let name = model.roles[role].id
                let label = coupled ? name : "\(model.regions[group[0]].id),\(name)"
                for year in 0..<horizon {
                    var now: [LinearProgram.VariableRef: Double] = [:]
                    for g in group { now[variable[g]![role]![year]] = 1 }
                    if capacity[role].isFinite {
                        block.add(
                            "capacity[\(label),\(year)]", now, upper: capacity[role] * share,
                            tag: .init(limit: .capacity, role: role, year: year, weight: share))
                    }
                    var grow = now
                    var shrink = now
                    var previous = 0.0
                    if year == 0 {
                        previous = group.reduce(0.0) { $0 + placeStart[$1][role] }
                    } else {
                        for g in group {
                            grow[variable[g]![role]![year - 1]] = -(1 + ramp)
                            shrink[variable[g]![role]![year - 1]] = -(1 - ramp)
                        }
                    }
                    block.add(
                        "growth[\(label),\(year)]", grow, upper: (1 + ramp) * previous,
                        tag: .init(limit: .growth, role: role, year: year, weight: share))
                    if ramp < 1 {
                        block.add(
                            "shrink[\(label),\(year)]", shrink, lower: (1 - ramp) * previous,
                            tag: .init(limit: .shrink, role: role, year: year, weight: share))
                    }
                }
            }
            if let budget = scenario.trainingBudget {
                for year in 0..<horizon {
                    var terms: [LinearProgram.VariableRef: Double] = [:]
                    var fixed = 0.0
                    for g in group {
                        for role in 0..<r {
                            fixed += traineeCost[role] * bases[g]!.training[role][year]
                        }
                        for other in trainable {
                            for start in 0...year {
                                let paid = (0..<r).reduce(0.0) { sum, role in
                                    sum + traineeCost[role] * responses[other][start].training[role][year]
                                }
                                if paid != 0 { terms[variable[g]![other]![start], default: 0] += paid }
                            }
                        }
                    }
                    block.add(
                        "budget[\(year)]", terms, upper: budget - fixed,
                        tag: .init(limit: .budget, role: nil, year: year))
                }
            }
            blocks.append(block)
        }
        let plan = CommissioningPlan(
            roles: trainable.map { role in
                .init(
                    id: model.roles[role].id, name: model.roles[role].name,
                    defaultPlaces: (0..<t).map { year in model.roles[role].intake.reduce(0) { $0 + $1[year] } },
                    places: [], shortfallBefore: before[role], shortfallAfter: [], traineeCost: traineeCost[role],
                    targetBasis: basis[role], capacity: capacity[role].isFinite ? capacity[role] : nil,
                    sustainingPlaces: basis[role] == .keepIntake
                        ? nil
                        : national.roles[role].sustainingIntake(for: national.roles[role].target[0][t - 1])
                            * sustainShare[role])
            }, defaultCost: defaultCost, cost: [], shortfallWeight: weight, supervisionRatio: ratio,
            planningMargin: margin, budget: scenario.trainingBudget, objective: 0, placesSolved: 0,
            placesTotal: model.regions.count,
            notes: commissioningNotes(
                scale: scale, ratio: ratio, margin: margin, ramp: ramp, multiple: multiple, lookahead: lookahead,
                model: model, reportedYears: t, coupled: coupled, scenario: scenario, unsupervised: unsupervised),
            payYear: scale.name, rampLimit: ramp, lookahead: lookahead, national: coupled, warnings: warnings)
        var options = SolverOptions()
        options.timeLimit = 20
        options.deadline = deadline
        return CommissioningSetup(
            blocks: blocks, plan: plan, traineeCost: traineeCost, options: options, model: model, reportedYears: t,
            trainable: trainable, capacity: capacity, ramp: ramp, parameters: parameters, notes: notes)
    }

    func targetBasis(_ role: Int, model: ProjectionModel, scenario: ProjectionScenario)
        -> CommissioningPlan.TargetBasis
    {
        let series = model.roles[role]
        guard series.target.contains(where: { $0.contains { $0 > 0 } }) else { return .keepIntake }
        if scenario.roles[series.id]?.target != nil { return .ownTarget }
        if let group = catalogue.role(.init(rawValue: series.id))?.group.rawValue,
            scenario.groupTargets?[group] != nil
        {
            return .groupTarget
        }
        return .nationalShare
    }

    private func commissioningNotes(
        scale: PayScale, ratio: Double, margin: Double, ramp: Double, multiple: Double, lookahead: Int,
        model: ProjectionModel, reportedYears t: Int, coupled: Bool, scenario: ProjectionScenario,
        unsupervised: [String]
    ) -> [String] {
        let last = model.baseYear + t
        var notes = [
            "Training cost is the trainee's salary at the entry point of the trainee band (\(scale.shortLabel) pay, in "
                + "force from \(scale.effectiveFrom.text)) with full on-costs; self-funded training costs the NHS "
                + "no salary. Course fees are not published for these programmes, so they are not counted.",
            "Each year's new places are at most \(Formatting.value(ratio)) for each WTE of the roles that supervise "
                + "the trainees (an assumption; change it in the scenario).",
            "A WTE short of the target counts as £\(ProjectionScenario.shortfallWeight.roundedGroupedWithCommas) a "
                + "year, so the optimiser buys places before it accepts a shortfall wherever its limits allow (an "
                + "assumption).",
            "The plan aims \(Formatting.percent(margin)) above each target under the mean rates, so that more of the "
                + "uncertain runs reach it (a margin you can change); the chance of missing the target below is for "
                + "the plan with full uncertainty.",
            "The plan looks \(lookahead) years past \(last), the longest training, so that places bought in the last "
                + "years still count towards the targets they serve; after \(last) it keeps at least the places that "
                + "replace each role's leavers and moves at its \(last) target. Only the years to \(last) are shown.",
            "A programme's places grow or shrink by at most \(Formatting.percent(ramp)) a year"
                + (scenario.rampLimit == nil
                    ? " (the catalogue's default, derived from clinical psychology's growth)" : "")
                + ", and stay within its capacity: \(Formatting.value(multiple)) times today's places unless you set "
                + "one (an assumption: no programme publishes its capacity).",
            coupled
                ? "With one national training budget, every place is planned in one program, so the budget goes "
                    + "where it does most good."
                : "Without a national budget, each place is planned on its own, with its share (by today's places) "
                    + "of each programme's capacity; the national plan is their sum.",
        ]
        if !unsupervised.isEmpty {
            notes.append(
                "The catalogue names no supervisors for "
                    + unsupervised.joined(separator: " or ")
                    + ", and no one is in post yet, so supervision does not limit its places.")
        }
        if scenario.intakeScale != 1 {
            notes.append("Today's intake is the defaults multiplied by \(Formatting.value(scenario.intakeScale)).")
        }
        return notes
    }

    private func bindingLimit(
        _ limit: CommissioningLimit, role: Int?, years: Set<Int>, value: Double, setup: CommissioningSetup
    ) -> CommissioningPlan.BindingLimit {
        let model = setup.model
        let t = setup.reportedYears
        let shown = years.filter { $0 < t }.sorted().map { model.baseYear + $0 + 1 }
        let name = role.map { model.roles[$0].name } ?? "The training budget"
        let when =
            shown.isEmpty
            ? "after \(model.baseYear + t)" : Self.yearRanges(shown) + (years.contains { $0 >= t } ? " and after" : "")
        let what: String
        switch limit {
        case .supervision: what = "its supervisors limit its new places"
        case .capacity:
            what = "its capacity of \(Formatting.number(role.map { setup.capacity[$0] } ?? 0)) places a year is full"
        case .growth: what = "its places grow as fast as the \(Formatting.percent(setup.ramp)) ramp allows"
        case .shrink: what = "its places shrink as fast as the \(Formatting.percent(setup.ramp)) ramp allows"
        case .sustain: what = "the plan keeps just enough places to replace its leavers at the final target"
        case .keepIntake: what = "the plan keeps today's intake, as it has no target"
        case .budget: what = "the budget is spent"
        }
        let unit = limit == .budget ? "pound" : "place"
        let text =
            "\(name): \(what) (\(when)). One more \(unit) of room in each of those years would be worth "
            + "\(Formatting.pounds(value)) to the plan."
        return .init(
            limit: limit, roleID: role.map { model.roles[$0].id }, years: shown,
            afterHorizon: years.contains { $0 >= t },
            value: value, text: text)
    }

    static func yearRanges(_ years: [Int]) -> String {
        var ranges: [(Int, Int)] = []
        for year in years {
            if let last = ranges.last, last.1 + 1 == year {
                ranges[ranges.count - 1].1 = year
            } else {
                ranges.append((year, year))
            }
        }
        return ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0) to \($0.1)" }.joined(separator: ", ")
    }

    /// Names the limits that cannot hold together: a deletion filter over the kinds of limit in the program.
    private func conflictMessage(_ block: CommissioningBlock, setup: CommissioningSetup, scenario: ProjectionScenario)
        throws(WorkforceError) -> String
    {
        let present = CommissioningLimit.allCases.filter { limit in block.tags.contains { $0.limit == limit } }
        var kept = Set(present)
        for limit in present {
            kept.remove(limit)
            let relaxed = block.keeping(kept)
            let solution: Solution
            do { solution = try Solver(options: setup.options).solve(relaxed) } catch {
                throw .invalidProjection(field: "commissioning", message: error.description)
            }
            // Out of time: stop filtering and name every limit still in question.
            if solution.status == .limit {
                kept.insert(limit)
                break
            }
            if solution.status != .infeasible { kept.insert(limit) }
        }
        let last = setup.model.baseYear + setup.reportedYears
        let kept_ = present.filter(kept.contains)
        let parts = kept_.map { limit -> String in
            switch limit {
            case .supervision:
                return "at most \(Formatting.value(setup.plan.supervisionRatio)) new places a year per supervising "
                    + "WTE (supervisionRatio)"
            case .capacity: return "each programme's capacity (roles.ROLE.capacity)"
            case .growth, .shrink:
                return "places growing or shrinking by at most \(Formatting.percent(setup.ramp)) a year (rampLimit)"
            case .sustain: return "enough places after \(last) to replace leavers at each role's \(last) target"
            case .keepIntake: return "today's intake for the roles without a target"
            case .budget:
                return
                    "a training budget of \(Formatting.pounds(scenario.trainingBudget ?? 0)) a year (trainingBudget), "
                    + "which also pays the trainees already in training"
            }
        }
        var unique: [String] = []
        for part in parts where !unique.contains(part) { unique.append(part) }
        let place = setup.blocks.count > 1 ? " in \(setup.model.regions[block.places[0]].name)" : ""
        return "No plan keeps these limits together\(place): " + unique.joined(separator: "; ")
            + ". Loosen one of them: a larger budget or supervision ratio, a faster ramp (rampLimit) or a larger "
            + "capacity, whichever applies."
    }
}
