import LinearProgramming

/// Designs the least-cost team that meets as much of a service's demand as its rules and budget allow
/// (Engine A in MODEL.md), and explains the answer.
public struct TeamDesigner: Sendable {
    public var catalogue: Catalogue
    /// When the design's solves must stop, all together (a request's time limit); nil for no shared limit. A
    /// design that reaches it throws `WorkforceError.designTimedOut`.
    public var deadline: ContinuousClock.Instant?

    public init(catalogue: Catalogue, deadline: ContinuousClock.Instant? = nil) {
        self.catalogue = catalogue
        self.deadline = deadline
    }

    /// Looks a service model up, or throws an error that lists the known ids.
    public func requireModel(_ id: ServiceModel.ID) throws(WorkforceError) -> ServiceModel {
        guard let model = catalogue.serviceModel(id) else {
            throw .unknownServiceModel(id.rawValue, known: catalogue.serviceModels.map(\.id.rawValue))
        }
        return model
    }

    /// The optimum team for `input`, with its explanation, alternatives, sensitivity and comparison.
    public func design(_ input: DesignInput) throws(WorkforceError) -> TeamDesign {
        try designAndModel(input).design
    }

    /// The design and the linear program that reproduces it (stage two, as `linearProgram(for:)` gives), from
    /// the same solve.
    public func designAndModel(_ input: DesignInput) throws(WorkforceError) -> (
        design: TeamDesign, model: LinearProgram
    ) {
        let model = try requireModel(input.service)
        try input.validate(against: model)
        let scale = try payScale(for: input)
        let problem = try self.problem(for: input, model: model)
        guard let best = try problem.solve() else {
            throw .infeasibleDesign(conflicts: try conflicts(in: problem))
        }
        // Prices come from the continuous design: whole posts have no duals.
        var priced = best
        if problem.step != nil {
            var continuous = problem
            continuous.step = nil
            priced = try continuous.solve() ?? best
        }
        let increased = try problem.scalingDemand(by: 1.2).solve()
        // What grows first: with more demand, or, when a budget is spent in full, with a tenth more budget.
        // The budget limits the team when its price is not zero (whole posts: the price of the same design with
        // posts of any size).
        let budgetBinds = (best.budgetDual ?? priced.budgetDual ?? 0) < -1e-9
        var growing = increased
        if budgetBinds, let budget = problem.budget {
            var richer = problem
            richer.budget = budget + 0.1 * (budget + problem.fixedCost)
            growing = try richer.solve()
        }
        // The design without each role it uses: shared by the alternatives, the new roles and the sensitivity.
        var without: [Int: TeamPlan] = [:]
        for r in problem.roles.indices where best.wte[r] > 0.05 && problem.roles[r].lower <= 0 {
            without[r] = try problem.bounding(r, upper: 0).solve()
        }
        var exported = best.costStage
        exported.name = "skillmix-\(model.id)"
        let design = TeamDesign(
            service: model.id,
            serviceName: model.name,
            catalogueVersion: catalogue.stamp.version,
            input: input,
            posts: posts(best, problem),
            fixedPosts: fixedPosts(model, input: input, scale: scale),
            interventions: interventions(best, problem),
            supervision: best.supervision.filter { $0.hours > 1e-6 }.map {
                .init(from: problem.roles[$0.from].id, to: problem.roles[$0.to].id, hours: $0.hours)
            },
            totalWTE: best.totalWTE + problem.fixedWTE,
            totalCost: best.cost + problem.fixedCost,
            episodesDemanded: problem.interventions.reduce(0) { $0 + $1.demand },
            episodesMet: problem.interventions.reduce(0) { $0 + $1.demand } - best.unmetTotal(),
            costBasis: costBasis(input, scale: scale),
            explanation: explanation(
                priced, best: best, growing: growing, budgetBinds: budgetBinds, problem: problem),
            alternatives: try alternatives(to: best, problem, without: without),
            newRoles: try newRoleOptions(best, problem, without: without),
            sensitivity: try sensitivity(best, problem, increased: increased, without: without),
            comparison: try comparison(best, problem, input: input),
            parameters: parameters(model, input: input),
            notes: notes(problem, model: model),
            payYear: scale.name
        )
        return (design, exported)
    }

    /// The linear programs behind a design, for export (MPS) and checking in another solver. Stage one finds
    /// the least weighted unmet need; stage two, the least-cost team at that need, whose optimum is the
    /// design's pay bill without the fixed posts. Stage two is nil when no team satisfies the rules.
    public func linearPrograms(for input: DesignInput) throws(WorkforceError) -> (
        needStage: LinearProgram, costStage: LinearProgram?
    ) {
        let model = try requireModel(input.service)
        try input.validate(against: model)
        let problem = try self.problem(for: input, model: model)
        var needStage = TeamProgram(problem).lp
        needStage.name = "skillmix-\(model.id)-need"
        guard var costStage = try problem.stages()?.costStage.lp else { return (needStage, nil) }
        costStage.name = "skillmix-\(model.id)"
        return (needStage, costStage)
    }

    /// The model a person downloads: stage two (which reproduces the design), or stage one when there is no
    /// design.
    public func linearProgram(for input: DesignInput) throws(WorkforceError) -> LinearProgram {
        let programs = try linearPrograms(for: input)
        return programs.costStage ?? programs.needStage
    }

    // MARK: - The problem

    func problem(for input: DesignInput, model: ServiceModel) throws(WorkforceError) -> TeamProblem {
        let scale = try payScale(for: input)
        guard let parameters = catalogue.teamParameters else {
            throw .designNotFound("the catalogue has no team parameters")
        }
        let staffIDs = model.staff.map(\.role)
        var roles: [TeamProblem.RoleTerm] = []
        for staff in model.staff {
            let role = try catalogue.requireRole(staff.role)
            guard let costPerWTE = costPerWTE(staff.band, input: input, scale: scale, parameters: parameters) else {
                throw .designNotFound("the pay scale has no figures for \(staff.band)")
            }
            let limit = input.limits[staff.role.rawValue]
            var upper = limit?.maximum ?? staff.maximum ?? .infinity
            if input.unavailable.contains(staff.role) { upper = 0 }
            roles.append(
                .init(
                    id: staff.role, name: role.name, band: staff.band,
                    costPerWTE: costPerWTE,
                    clinicalHours: parameters.hoursPerWTE.value * staff.clinicalShare.value,
                    supervisionNeeded: staff.supervisionReceived.value,
                    supervisionCapacity: staff.supervisionGiven?.value, span: staff.span?.value,
                    lower: min(limit?.minimum ?? staff.minimum ?? 0, upper), upper: upper,
                    supervisors: (staff.supervisors ?? role.supervisedBy).compactMap { staffIDs.firstIndex(of: $0) }
                ))
        }
        func index(_ id: Role.ID) -> Int? { staffIDs.firstIndex(of: id) }
        let interventions = model.interventions.map { intervention in
            TeamProblem.InterventionTerm(
                id: intervention.id, name: intervention.name, hoursPerEpisode: intervention.hoursPerEpisode,
                demand: demand(for: intervention, model: model, input: input), weight: intervention.weight,
                deliveries: intervention.deliveredBy.compactMap { delivery in
                    index(delivery.role).map { (role: $0, efficiency: delivery.efficiency) }
                })
        }
        let rules = model.rules.map { rule in
            TeamProblem.RuleTerm(
                text: rule.text, roles: rule.roles.compactMap(index), ratio: rule.ratio, per: rule.per.compactMap(index)
            )
        }
        let fixedCost = fixedPosts(model, input: input, scale: scale).reduce(0) { $0 + $1.cost }
        return TeamProblem(
            roles: roles, interventions: interventions, rules: rules,
            budget: input.budget.map { $0 - fixedCost }, fixedCost: fixedCost,
            fixedWTE: model.fixedPosts.reduce(0) { $0 + $1.wte.value }, step: input.posts.step, deadline: deadline)
    }

    func demand(for intervention: Intervention, model: ServiceModel, input: DesignInput) -> Double {
        if let episodes = input.demand[intervention.id.rawValue] { return episodes }
        if let population = input.population, let share = intervention.share {
            return population.population * population.prevalence * population.accessRate * share.value
        }
        return intervention.episodes.value
    }

    /// The pay table the input asks for, or the one in force on the catalogue's day.
    func payScale(for input: DesignInput) throws(WorkforceError) -> PayScale {
        try catalogue.requirePayScale(year: input.payYear) { .invalidDesign(field: $0, message: $1) }
    }

    func fixedPosts(_ model: ServiceModel, input: DesignInput, scale: PayScale) -> [TeamDesign.FixedPostCost] {
        guard let parameters = catalogue.teamParameters else { return [] }
        return model.fixedPosts.compactMap { post in
            guard let perWTE = costPerWTE(post.band, input: input, scale: scale, parameters: parameters) else {
                return nil
            }
            return .init(name: post.name, band: post.band, wte: post.wte.value, cost: perWTE * post.wte.value)
        }
    }

    /// Pounds a year for one whole-time post at `band`, at the input's pay point and on-costs; nil when the pay
    /// scale has no figures for the band.
    func costPerWTE(_ band: Band, input: DesignInput, scale: PayScale, parameters: TeamParameters) -> Double? {
        guard let range = scale.bands[band] else { return nil }
        let pay = Double(input.payPoint == .top ? range.maximum : range.minimum)
        return parameters.annualCost(pay: pay, basis: input.onCosts)
    }

    // MARK: - Reading a plan

    func posts(_ plan: TeamPlan, _ problem: TeamProblem) -> [TeamDesign.Post] {
        problem.roles.enumerated().compactMap { r, role in
            guard plan.wte[r] > 1e-6 else { return nil }
            var work = 0.0
            for (i, intervention) in problem.interventions.enumerated() {
                for (k, delivery) in intervention.deliveries.enumerated() where delivery.role == r {
                    work += plan.hours[i][k]
                }
            }
            return .init(
                role: role.id, name: role.name, band: role.band, wte: plan.wte[r], costPerWTE: role.costPerWTE,
                cost: role.costPerWTE * plan.wte[r], clinicalHours: role.clinicalHours * plan.wte[r],
                interventionHours: work,
                supervisionGiven: plan.supervision.filter { $0.from == r }.reduce(0) { $0 + $1.hours },
                supervisionReceived: plan.supervision.filter { $0.to == r }.reduce(0) { $0 + $1.hours })
        }
    }

    func interventions(_ plan: TeamPlan, _ problem: TeamProblem) -> [TeamDesign.InterventionResult] {
        problem.interventions.enumerated().map { i, intervention in
            .init(
                id: intervention.id, name: intervention.name, hoursPerEpisode: intervention.hoursPerEpisode,
                demand: intervention.demand, met: intervention.demand - plan.unmet[i],
                hoursByRole: intervention.deliveries.enumerated().compactMap { k, delivery in
                    plan.hours[i][k] > 1e-6
                        ? .init(role: problem.roles[delivery.role].id, hours: plan.hours[i][k]) : nil
                })
        }
    }

    func roleWTE(_ plan: TeamPlan, _ problem: TeamProblem) -> [TeamDesign.RoleWTE] {
        problem.roles.enumerated().compactMap { r, role in
            plan.wte[r] > 1e-6 ? .init(role: role.id, name: role.name, wte: plan.wte[r]) : nil
        }
    }

    func costBasis(_ input: DesignInput, scale: PayScale) -> String {
        let point = input.payPoint == .top ? "the top point" : "the entry point"
        let pension =
            input.onCosts == .full
            ? "the full employer pension rate (the true cost, including the part NHS England pays centrally)"
            : "the employer pension rate a trust pays locally (NHS England pays the rest centrally)"
        return "Posts are costed at \(point) of their Agenda for Change band (\(scale.shortLabel) pay, in force from "
            + "\(scale.effectiveFrom.text)), plus \(pension), "
            + "employer National Insurance and the Apprenticeship Levy."
            + (catalogue.teamParameters?.onCostDates(on: catalogue.asOf).map { " " + $0 } ?? "")
    }
}

extension Catalogue {
    public func serviceModel(_ id: ServiceModel.ID) -> ServiceModel? { serviceModels.first { $0.id == id } }
}
