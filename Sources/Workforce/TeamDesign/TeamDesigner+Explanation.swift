import LinearProgramming

extension TeamDesigner {
    /// The binding constraints, their prices and the next role, in plain words.
    func explanation(
        _ plan: TeamPlan, best: TeamPlan, growing: TeamPlan?, budgetBinds: Bool, problem: TeamProblem
    ) -> TeamDesign.Explanation {
        var binding: [String] = []
        var prices: [TeamDesign.ShadowPrice] = []
        let demanded = problem.interventions.reduce(0) { $0 + $1.demand }
        let unmet = best.unmetTotal()
        if unmet > 0.5 {
            binding.append(
                "Not all demand can be met: \(Formatting.number(unmet)) of \(Formatting.number(demanded)) episodes "
                    + "go unmet. The budget, a role's limit or the supervision available stops the team growing.")
        } else {
            binding.append("All demand is met; the design is the cheapest team that meets it under the rules.")
        }
        for (i, intervention) in problem.interventions.enumerated() where intervention.demand > 0 {
            guard best.unmet[i] < 0.5, let dual = plan.rowDuals[.demand(i)], dual > 0.005 else { continue }
            prices.append(
                .init(
                    text: "Each extra episode of \(intervention.name.inSentence) costs about "
                        + "\(Formatting.pounds(dual)) a year in staff time.", value: dual))
        }
        for (r, role) in problem.roles.enumerated() {
            if let dual = plan.rowDuals[.supervisionGiven(r)], dual < -0.005 {
                binding.append(
                    "\(role.name.plural) give all the supervision hours they are allowed "
                        + "(\(Formatting.number(role.supervisionCapacity ?? 0)) hours a year per WTE).")
                prices.append(
                    .init(
                        text: "One more hour a year of supervision from a \(role.name.inSentence) would save "
                            + "about \(Formatting.pounds(-dual)).", value: -dual))
            }
            if let dual = plan.rowDuals[.span(r)], dual < -0.005 {
                binding.append(
                    "Each \(role.name.inSentence) supervises as many people as allowed "
                        + "(\(Formatting.number(role.span ?? 0)) WTE).")
            }
            if plan.wte[r] >= role.upper - 1e-6, role.upper.isFinite, role.upper > 0,
                plan.reducedCosts.indices.contains(r), plan.reducedCosts[r] < -0.5
            {
                binding.append("\(role.name) is at its limit of \(Formatting.wte(role.upper)) WTE.")
                prices.append(
                    .init(
                        text: "Each WTE of \(role.name.inSentence) allowed above that limit would save about "
                            + "\(Formatting.pounds(-plan.reducedCosts[r])) a year.", value: -plan.reducedCosts[r]))
            }
            if role.lower > 0, plan.wte[r] <= role.lower + 1e-6, plan.reducedCosts.indices.contains(r),
                plan.reducedCosts[r] > 0.5
            {
                binding.append(
                    "\(role.name) is held at its minimum of \(Formatting.wte(role.lower)) WTE, "
                        + "which costs \(Formatting.pounds(plan.reducedCosts[r])) a year per WTE more than the "
                        + "optimiser would spend on it.")
            }
        }
        for (k, rule) in problem.rules.enumerated() {
            if let dual = plan.rowDuals[.rule(k)], abs(dual) > 0.5 {
                binding.append(
                    "The rule \"\(rule.text)\" binds: relaxing it by one WTE would save about "
                        + "\(Formatting.pounds(abs(dual))) a year.")
            }
        }
        // Whole posts have no duals: the budget's price comes from the same design with posts of any size.
        if budgetBinds, let dual = best.budgetDual ?? plan.budgetDual {
            let left = (problem.budget ?? 0) - best.cost
            binding.append(
                left < 1
                    ? "The budget is spent in full."
                    : "The budget limits the team: \(Formatting.pounds(left)) a year is left, less than another post costs."
            )
            prices.append(
                .init(
                    text:
                        "Each extra £10,000 a year would meet about \(Formatting.number(-dual * 10_000)) more episodes.",
                    value: -dual * 10_000))
        }
        var unused: [String] = []
        var nextRole: String?
        var cheapest: (name: String, gap: Double)?
        for (r, role) in problem.roles.enumerated() where best.wte[r] < 1e-6 {
            if role.upper <= 0 {
                unused.append("\(role.name): you marked it as not recruitable.")
                continue
            }
            if role.supervisionNeeded > 0, role.supervisors.allSatisfy({ problem.roles[$0].upper <= 0 }) {
                unused.append("\(role.name): none of the roles that may supervise it is available in this team.")
                continue
            }
            if plan.reducedCosts.indices.contains(r), plan.reducedCosts[r] > 0.5 {
                let gap = plan.reducedCosts[r]
                unused.append(
                    "\(role.name): would need to cost about \(Formatting.pounds(gap)) a year less per WTE "
                        + "(or do its work faster) before it paid its way here.")
                if gap < cheapest?.gap ?? .infinity { cheapest = (role.name, gap) }
            } else {
                unused.append("\(role.name): not needed at this demand; another role does the same work as cheaply.")
            }
        }
        if let growing {
            let growth = problem.roles.indices.map { (r: $0, change: growing.wte[$0] - best.wte[$0]) }
                .max { $0.change < $1.change }
            if let growth, growth.change > 0.05 {
                nextRole =
                    (budgetBinds ? "With a tenth more budget" : "If demand rose by a fifth")
                    + ", the optimiser would add \(problem.roles[growth.r].name.plural.inSentence) "
                    + "first (\(Formatting.wte(growth.change)) WTE more)."
            }
        }
        if nextRole == nil, let cheapest {
            nextRole =
                "The next role to enter would be \(cheapest.name.inSentence), about \(Formatting.pounds(cheapest.gap)) a year per WTE away from paying its way."
        }
        return .init(binding: binding, prices: prices, nextRole: nextRole, unused: unused)
    }

    /// Near-optimal designs that differ in composition: each excludes or halves one role of the optimum.
    func alternatives(to best: TeamPlan, _ problem: TeamProblem, without: [Int: TeamPlan]) throws(WorkforceError)
        -> [TeamDesign.Alternative]
    {
        let used = problem.roles.indices.filter { best.wte[$0] > 0.05 }.sorted {
            problem.roles[$0].costPerWTE * best.wte[$0] > problem.roles[$1].costPerWTE * best.wte[$1]
        }
        var candidates: [(plan: TeamPlan, title: String)] = []
        for r in used {
            if let plan = without[r] { candidates.append((plan, "Without \(problem.roles[r].name.plural.inSentence)")) }
        }
        for r in used {
            let half = max(problem.roles[r].lower, (best.wte[r] / 2 * 2).rounded(.down) / 2)
            guard half < best.wte[r] - 0.25, let plan = try problem.bounding(r, upper: half).solve() else { continue }
            candidates.append(
                (plan, "With at most \(Formatting.wte(half)) WTE \(problem.roles[r].name.inSentence)"))
        }
        // Roles the optimum leaves out, brought in at one WTE (or their cap): real options a manager may prefer.
        for (r, role) in problem.roles.enumerated() where best.wte[r] <= 0.05 && role.upper > 0 {
            let least = min(1, role.upper)
            guard let plan = try problem.bounding(r, lower: least).solve() else { continue }
            candidates.append((plan, "With \(Formatting.wte(least)) WTE \(role.name.inSentence)"))
        }
        candidates.sort { ($0.plan.unmetTotal(), $0.plan.cost) < ($1.plan.unmetTotal(), $1.plan.cost) }
        var chosen: [TeamPlan] = [best]
        var result: [TeamDesign.Alternative] = []
        for candidate in candidates where result.count < 4 {
            let distinct = chosen.allSatisfy { other in
                zip(other.wte, candidate.plan.wte).reduce(0) { $0 + abs($1.0 - $1.1) } >= 0.5
            }
            guard distinct else { continue }
            chosen.append(candidate.plan)
            result.append(alternative(candidate.plan, title: candidate.title, best: best, problem))
        }
        return result
    }

    func alternative(_ plan: TeamPlan, title: String, best: TeamPlan, _ problem: TeamProblem)
        -> TeamDesign.Alternative
    {
        let change = best.cost + problem.fixedCost > 0 ? (plan.cost - best.cost) / (best.cost + problem.fixedCost) : 0
        let lessNeed = plan.unmetTotal() - best.unmetTotal()
        var summary =
            abs(change) < 0.0005
            ? "Costs the same as the best design"
            : "Costs \(Formatting.pounds(abs(plan.cost - best.cost))) a year \(change > 0 ? "more" : "less") "
                + "(\(Formatting.percent(abs(change))))"
        summary +=
            lessNeed > 0.5
            ? " and meets \(Formatting.number(lessNeed)) fewer episodes a year."
            : " and meets the same need."
        if change <= 0.05 && lessNeed <= 0.5 { summary += " Within 5% of the best cost." }
        let demanded = problem.interventions.reduce(0) { $0 + $1.demand }
        return .init(
            title: title, summary: summary, posts: roleWTE(plan, problem), totalWTE: plan.totalWTE + problem.fixedWTE,
            cost: plan.cost + problem.fixedCost, costChange: change, episodesMet: demanded - plan.unmetTotal())
    }

    /// What each new role in the service model would change: with it if the optimum leaves it out, without
    /// it if the optimum uses it.
    func newRoleOptions(_ best: TeamPlan, _ problem: TeamProblem, without: [Int: TeamPlan]) throws(WorkforceError)
        -> [TeamDesign.Alternative]
    {
        var options: [TeamDesign.Alternative] = []
        for (r, term) in problem.roles.enumerated() {
            guard let role = catalogue.role(term.id), let year = role.introduced, year >= 2017 else { continue }
            if best.wte[r] > 0.05 {
                guard let plan = without[r] else { continue }
                options.append(
                    alternative(
                        plan, title: "Without \(term.name.plural.inSentence) (introduced \(year))", best: best, problem)
                )
            } else if term.upper >= 1 {
                guard let plan = try problem.bounding(r, lower: 1).solve() else { continue }
                options.append(
                    alternative(
                        plan, title: "With 1 WTE \(term.name.inSentence) (introduced \(year))", best: best, problem))
            }
        }
        return options
    }

    /// The design redone with demand a fifth lower and higher, and without each role it uses.
    func sensitivity(_ best: TeamPlan, _ problem: TeamProblem, increased: TeamPlan?, without: [Int: TeamPlan])
        throws(WorkforceError) -> [TeamDesign.Scenario]
    {
        func scenario(_ label: String, _ plan: TeamPlan?, _ problem: TeamProblem) -> TeamDesign.Scenario? {
            guard let plan else { return nil }
            let demanded = problem.interventions.reduce(0) { $0 + $1.demand }
            return .init(
                label: label, totalWTE: plan.totalWTE + problem.fixedWTE, cost: plan.cost + problem.fixedCost,
                episodesDemanded: demanded, episodesMet: demanded - plan.unmetTotal(), posts: roleWTE(plan, problem))
        }
        var scenarios: [TeamDesign.Scenario] = []
        let lower = problem.scalingDemand(by: 0.8)
        scenarios.append(contentsOf: [scenario("Demand 20% lower", try lower.solve(), lower)].compactMap { $0 })
        scenarios.append(
            contentsOf: [scenario("Demand 20% higher", increased, problem.scalingDemand(by: 1.2))].compactMap { $0 })
        for (r, role) in problem.roles.enumerated() {
            guard let plan = without[r] else { continue }
            if let result = scenario(
                "No \(role.name.plural.inSentence) can be recruited", plan, problem.bounding(r, upper: 0))
            {
                scenarios.append(result)
            }
        }
        return scenarios
    }

    /// How far the team in post is from the design, and what it could deliver now.
    func comparison(_ best: TeamPlan, _ problem: TeamProblem, input: DesignInput) throws(WorkforceError)
        -> TeamDesign.Comparison?
    {
        guard !input.current.isEmpty else { return nil }
        var lines: [TeamDesign.ComparisonLine] = []
        var fixed = problem
        fixed.budget = nil
        fixed.rules = []
        fixed.step = nil
        for (r, role) in problem.roles.enumerated() {
            let current = input.current[role.id.rawValue] ?? 0
            fixed.roles[r].lower = current
            fixed.roles[r].upper = current
            guard current > 1e-6 || best.wte[r] > 1e-6 else { continue }
            let change = best.wte[r] - current
            let action =
                change > 0.05
                ? "Recruit or train \(Formatting.wte(change)) WTE"
                : change < -0.05
                    ? "\(Formatting.wte(-change)) WTE more than the design needs: redeploy, or leave vacancies unfilled"
                    : "No change"
            lines.append(.init(role: role.id, name: role.name, current: current, proposed: best.wte[r], action: action))
        }
        let demanded = problem.interventions.reduce(0) { $0 + $1.demand }
        let now = try fixed.solve()
        let met = now.map { demanded - $0.unmetTotal() } ?? 0
        let currentCost = zip(problem.roles, fixed.roles).reduce(problem.fixedCost) {
            $0 + $1.0.costPerWTE * $1.1.lower
        }
        let summary =
            "Your current team could meet \(Formatting.number(met)) of \(Formatting.number(demanded)) episodes a year "
            + "(\(Formatting.percent(demanded > 0 ? met / demanded : 1))) and costs \(Formatting.pounds(currentCost)) a year; "
            + "the design meets \(Formatting.number(demanded - best.unmetTotal())) for "
            + "\(Formatting.pounds(best.cost + problem.fixedCost))."
        return .init(lines: lines, currentCost: currentCost, currentEpisodesMet: met, summary: summary)
    }

    /// Names the constraints that cannot hold together: a deletion filter over the budget, the rules and the
    /// role limits finds a smallest set that is still infeasible.
    func conflicts(in problem: TeamProblem) throws(WorkforceError) -> [String] {
        enum Group: Hashable { case budget, rule(Int), minimum(Int), maximum(Int) }
        var groups: [Group] = problem.budget == nil ? [] : [.budget]
        groups += problem.rules.indices.map { .rule($0) }
        groups += problem.roles.indices.filter { problem.roles[$0].lower > 0 }.map { .minimum($0) }
        groups += problem.roles.indices.filter { problem.roles[$0].upper.isFinite }.map { .maximum($0) }
        func relaxed(keeping kept: Set<Group>) -> TeamProblem {
            var copy = problem
            if !kept.contains(.budget) { copy.budget = nil }
            copy.rules = problem.rules.indices.filter { kept.contains(.rule($0)) }.map { problem.rules[$0] }
            for r in copy.roles.indices {
                if !kept.contains(.minimum(r)) { copy.roles[r].lower = 0 }
                if !kept.contains(.maximum(r)) { copy.roles[r].upper = .infinity }
            }
            return copy
        }
        var kept = Set(groups)
        for group in groups {
            kept.remove(group)
            if try relaxed(keeping: kept).solve() != nil { kept.insert(group) }
        }
        var messages: [String] = []
        var supervised = Set<Int>()
        for group in groups where kept.contains(group) {
            switch group {
            case .budget:
                messages.append(
                    "a budget of \(Formatting.pounds((problem.budget ?? 0) + problem.fixedCost)) a year"
                        + (problem.fixedCost > 0
                            ? " (the fixed posts alone take \(Formatting.pounds(problem.fixedCost)))" : ""))
            case .rule(let k):
                messages.append("the rule \"\(problem.rules[k].text)\"")
                supervised.formUnion(problem.rules[k].per)
            case .minimum(let r):
                let role = problem.roles[r]
                messages.append(
                    "at least \(Formatting.wte(role.lower)) WTE \(role.name.plural.inSentence) "
                        + "(\(Formatting.pounds(role.lower * role.costPerWTE)) a year)")
                supervised.insert(r)
            case .maximum(let r):
                let role = problem.roles[r]
                messages.append(
                    role.upper <= 0
                        ? "no \(role.name.plural.inSentence) (not recruitable)"
                        : "\(role.name.plural.inSentence) capped at \(Formatting.wte(role.upper)) WTE")
            }
        }
        for r in supervised.sorted() where problem.roles[r].supervisionNeeded > 0 {
            let role = problem.roles[r]
            let names = role.supervisors.map { problem.roles[$0].name.plural.inSentence }
            messages.append(
                "each WTE \(role.name.inSentence) needs \(Formatting.number(role.supervisionNeeded)) hours of "
                    + "supervision a year from "
                    + (names.isEmpty ? "a supervisor this team does not have" : names.joined(separator: " or ")))
        }
        return messages.isEmpty ? ["the service model's own rules"] : messages
    }

    func parameters(_ model: ServiceModel, input: DesignInput) -> [TeamDesign.ParameterUse] {
        sharedParameters(input) + model.staff.flatMap(staffParameters)
            + model.interventions.flatMap { interventionParameters($0, model: model, input: input) }
            + model.fixedPosts.map { .init("\($0.name) (fixed post)", $0.wte, unit: "WTE") }
    }

    /// The working hours and on-cost rates every post is costed with.
    func sharedParameters(_ input: DesignInput) -> [TeamDesign.ParameterUse] {
        guard let shared = catalogue.teamParameters else { return [] }
        return [
            .init("Working hours a year per WTE", shared.hoursPerWTE, unit: "hours"),
            .init(
                "Employer pension contribution", input.onCosts == .full ? shared.pensionFull : shared.pensionLocal,
                unit: "% of pay"),
            .init("Employer National Insurance", shared.nationalInsurance, unit: "% of pay above the threshold"),
            .init("National Insurance threshold", shared.nationalInsuranceThreshold, unit: "£ a year"),
            .init("Apprenticeship Levy", shared.apprenticeshipLevy, unit: "% of pay"),
        ]
    }

    /// One role's clinical time and supervision in a service model.
    func staffParameters(_ staff: StaffRole) -> [TeamDesign.ParameterUse] {
        let name = catalogue.role(staff.role)?.name ?? staff.role.rawValue
        var uses: [TeamDesign.ParameterUse] = [
            .init("\(name): share of time on clinical work", staff.clinicalShare, unit: "share")
        ]
        if staff.supervisionReceived.value > 0 {
            uses.append(.init("\(name): supervision received", staff.supervisionReceived, unit: "hours a year per WTE"))
        }
        if let given = staff.supervisionGiven {
            uses.append(.init("\(name): most supervision given", given, unit: "hours a year per WTE"))
        }
        if let span = staff.span { uses.append(.init("\(name): most supervisees", span, unit: "WTE per WTE")) }
        return uses
    }

    /// One intervention's length and the demand for it, as the input sets it.
    func interventionParameters(_ intervention: Intervention, model: ServiceModel, input: DesignInput)
        -> [TeamDesign.ParameterUse]
    {
        let name = intervention.name
        var uses: [TeamDesign.ParameterUse] = [
            .init("\(name): sessions per episode", intervention.sessions, unit: "sessions"),
            .init("\(name): minutes per session, with admin", intervention.minutesPerSession, unit: "minutes"),
            .init("\(name): did not attend", intervention.didNotAttend, unit: "share of sessions"),
        ]
        if intervention.groupSize.value > 1 {
            uses.append(.init("\(name): group size", intervention.groupSize, unit: "people"))
        }
        let episodes = demand(for: intervention, model: model, input: input)
        let parameter: Parameter
        if input.demand[intervention.id.rawValue] != nil {
            parameter = intervention.episodes.overridden(by: episodes)
        } else if let population = input.population, let share = intervention.share {
            parameter = Parameter(
                episodes, basis: .derived, sources: share.sources,
                note:
                    "Population \(Formatting.number(population.population)) × prevalence \(population.prevalence) × "
                    + "access rate \(population.accessRate) × share \(share.value) (share: \(share.basis.label.inSentence))."
            )
        } else {
            parameter = intervention.episodes
        }
        uses.append(.init("\(name): demand", parameter, unit: "episodes a year"))
        return uses
    }

    func notes(_ problem: TeamProblem, model: ServiceModel) -> [String] {
        var notes = model.notes
        if problem.step != nil {
            notes.append(
                "Posts are whole or half posts, so the prices and explanations come from the same design with "
                    + "posts of any size.")
        }
        return notes
    }
}

extension String {
    /// A role's name in the plural: the head noun takes the "s" ("Clinical associate in psychology" → "Clinical
    /// associates in psychology", "Psychological therapist (other)" → "Psychological therapists (other)").
    public var plural: String {
        for marker in [" in ", " (", " for "] {
            if let range = firstRange(of: marker) {
                return String(self[..<range.lowerBound]).plural + self[range.lowerBound...]
            }
        }
        if hasSuffix("s") { return self }
        return self + "s"
    }

    /// The name as it reads mid-sentence: a leading capital lowered unless the word is an abbreviation
    /// ("Cognitive behavioural therapist" → "cognitive behavioural therapist", "CBT" stays "CBT").
    public var inSentence: String {
        guard let first = first, first.isUppercase else { return self }
        let second = dropFirst().first
        if let second, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}

/// Number formats for the designer's sentences and pages (UK style: £ and thousands separators).
public enum Formatting {
    public static func pounds(_ value: Double) -> String {
        guard value.isFinite else { return "£–" }
        return "£" + value.roundedGroupedWithCommas
    }

    public static func number(_ value: Double) -> String {
        value.roundedGroupedWithCommas
    }

    public static func wte(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let tenths = (value * 10).rounded() / 10
        return CheckedNumber.wholeNumber(tenths).map(String.init) ?? String(tenths)
    }

    /// A figure as entered: whole numbers grouped, fractions to at most four decimal places.
    public static func value(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if let whole = CheckedNumber.wholeNumber(value), abs(whole) < 1_000_000_000_000_000 {
            return whole.groupedWithCommas
        }
        var text = String((value * 10_000).rounded() / 10_000)
        if text.hasPrefix("0.") == false, abs(value) >= 1000 { text = number(value) }
        return text
    }

    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return (share * 100).roundedWholeText + "%"
    }
}
