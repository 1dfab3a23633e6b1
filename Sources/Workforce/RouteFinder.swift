/// Finds routes across the career map from where someone stands to the role they want, applying the
/// time each step asks for, the experience it needs first, and the two-year funding rule.
///
/// The two-year rule (England, from 1 April 2022): after starting one NHS-funded psychological professions
/// training, a person normally waits two years after qualifying before NHS funding for another training
/// that changes occupation. Source: Health Education England, "NHS funding for psychological professions
/// training programmes" (https://www.hee.nhs.uk/our-work/mental-health/psychological-professions/nhs-funding-psychological-professions-training-programmes).
public struct RouteFinder: Sendable {
    public enum Objective: String, Sendable, CaseIterable, Codable {
        /// The shortest total time.
        case time
        /// The fewest self-funded months, then the shortest time.
        case unpaid
    }

    /// Months of waiting the two-year rule imposes after qualifying from an NHS-funded training.
    public static let fundingRuleMonths = 24
    /// Longest route considered, in steps; real routes have at most four.
    public static let maximumSteps = 6

    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    /// Reads an id as a role or an entry point.
    public func place(_ id: String) throws(WorkforceError) -> Place {
        if catalogue.role(Role.ID(rawValue: id)) != nil { return .role(Role.ID(rawValue: id)) }
        if catalogue.entryPoint(EntryPoint.ID(rawValue: id)) != nil { return .entryPoint(EntryPoint.ID(rawValue: id)) }
        throw .unknownPlace(id, known: catalogue.entryPoints.map(\.id.rawValue) + catalogue.roles.map(\.id.rawValue))
    }

    public func name(of place: Place) -> String {
        switch place {
        case .role(let id): catalogue.role(id)?.name ?? id.rawValue
        case .entryPoint(let id): catalogue.entryPoint(id)?.label ?? id.rawValue
        }
    }

    /// The fastest route, the route with the least self-funded time, and up to three further distinct routes,
    /// ordered by `objective`. `monthsInCurrentRole` is how long the person has already worked in `from`
    /// (when it is a role) since qualifying.
    public func find(
        from: Place, to target: Role.ID, objective: Objective = .time, monthsInCurrentRole: Int = 0
    ) throws(WorkforceError) -> RoutePlans {
        guard catalogue.role(target) != nil else {
            throw .unknownPlace(target.rawValue, known: catalogue.roles.map(\.id.rawValue))
        }
        if from == .role(target) { throw .sameStartAndTarget(name(of: from)) }
        guard (0...600).contains(monthsInCurrentRole) else {
            throw .invalidNumber(
                parameter: "months in current role", value: String(monthsInCurrentRole), expected: "0 to 600"
            )
        }
        let plans = allPlans(from: from, to: .role(target), monthsInCurrentRole: monthsInCurrentRole)
        guard !plans.isEmpty else {
            throw .noRoute(from: name(of: from), to: name(of: .role(target)), reason: whyNoRoute(from, target))
        }
        let fastest = plans.min { Self.isBetter($0, than: $1, for: .time) }!
        let leastUnpaid = plans.min { Self.isBetter($0, than: $1, for: .unpaid) }!
        let chosen = [fastest, leastUnpaid]
        let others = plans.filter { plan in !chosen.contains { $0.routeIDs == plan.routeIDs } }
            .sorted { Self.isBetter($0, than: $1, for: objective) }
        return RoutePlans(
            from: from, to: target, objective: objective, fastest: fastest, leastUnpaid: leastUnpaid,
            alternatives: Array(others.prefix(3)), totalFound: plans.count
        )
    }

    static func isBetter(_ a: RoutePlan, than b: RoutePlan, for objective: Objective) -> Bool {
        let keyA: [Int]
        let keyB: [Int]
        switch objective {
        case .time:
            keyA = [a.totalMonths, a.unpaidMonths, a.steps.count]
            keyB = [b.totalMonths, b.unpaidMonths, b.steps.count]
        case .unpaid:
            keyA = [a.unpaidMonths, a.totalMonths, a.steps.count]
            keyB = [b.unpaidMonths, b.totalMonths, b.steps.count]
        }
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        return a.routeIDs.map(\.rawValue).lexicographicallyPrecedes(b.routeIDs.map(\.rawValue))
    }

    /// Every simple route (no place visited twice) of at most `maximumSteps` steps, with its timeline.
    func allPlans(from start: Place, to target: Place, monthsInCurrentRole: Int) -> [RoutePlan] {
        let outgoing = Dictionary(grouping: catalogue.routes, by: \.from)
        var plans: [RoutePlan] = []
        var visited: Set<Place> = [start]
        var path: [CareerRoute] = []

        func explore(_ place: Place) {
            if place == target {
                plans.append(timeline(path, start: start, monthsInCurrentRole: monthsInCurrentRole))
                return
            }
            guard path.count < Self.maximumSteps else { return }
            for route in outgoing[place] ?? [] where !visited.contains(route.to) {
                visited.insert(route.to)
                path.append(route)
                explore(route.to)
                path.removeLast()
                visited.remove(route.to)
            }
        }
        explore(start)
        return plans
    }

    /// Lays the steps out in time: experience first, then any wait the funding rule imposes, then the step.
    func timeline(_ routes: [CareerRoute], start: Place, monthsInCurrentRole: Int) -> RoutePlan {
        var now = 0
        var arrivedInPlace = -monthsInCurrentRole
        // Starting from a role whose own training was salaried, that training counts as NHS-funded.
        var lastFundedTrainingEnded: Int? = nil
        if let id = start.roleID, let role = catalogue.role(id), role.training.salaried == true,
            role.training.months != nil
        {
            lastFundedTrainingEnded = -monthsInCurrentRole
        }
        var steps: [PlannedStep] = []
        for route in routes {
            let readyByExperience = max(now, arrivedInPlace + route.experienceMonths)
            var startMonth = readyByExperience
            var ruleApplies = false
            if route.nhsFundedTraining, let ended = lastFundedTrainingEnded {
                ruleApplies = true
                startMonth = max(startMonth, ended + Self.fundingRuleMonths)
            }
            let fromRole = route.from.roleID.flatMap { catalogue.role($0) }
            let toRole = route.to.roleID.flatMap { catalogue.role($0) }
            steps.append(
                PlannedStep(
                    route: route, startMonth: startMonth, experienceWaitMonths: readyByExperience - now,
                    ruleWaitMonths: startMonth - readyByExperience, fundingRuleApplies: ruleApplies,
                    bandWhileWaiting: fromRole?.bands.qualified,
                    bandWhileTraining: route.funding == .selfFunded ? nil : toRole?.bands.trainee,
                    endMonth: startMonth + route.months
                )
            )
            now = startMonth + route.months
            arrivedInPlace = now
            if route.nhsFundedTraining { lastFundedTrainingEnded = now }
        }
        return RoutePlan(steps: steps)
    }

    private func whyNoRoute(_ from: Place, _ target: Role.ID) -> String {
        let into = catalogue.routes.filter { $0.to == .role(target) }.map { name(of: $0.from) }
        guard !into.isEmpty else {
            return "Skillmix's data has no route into this role yet; its sources describe no training route in."
        }
        let outOf = catalogue.routes.filter { $0.from == from }
        guard !outOf.isEmpty else {
            return "Skillmix's data has no route out of \(name(of: from)), apart from promotion within it."
        }
        return
            "Routes into it start from \(Set(into).sorted().joined(separator: ", ")), and none of those can be reached from \(name(of: from)) in our data."
    }
}

/// The answer of the route finder.
public struct RoutePlans: Hashable, Sendable {
    public var from: Place
    public var to: Role.ID
    public var objective: RouteFinder.Objective
    public var fastest: RoutePlan
    public var leastUnpaid: RoutePlan
    /// Up to three more distinct routes, best first for the objective.
    public var alternatives: [RoutePlan]
    /// How many distinct routes exist in the data.
    public var totalFound: Int

    /// The plan the objective asks for.
    public var best: RoutePlan { objective == .time ? fastest : leastUnpaid }

    /// Every plan shown, each once, best first.
    public var shown: [RoutePlan] {
        var plans = [best]
        for plan in [fastest, leastUnpaid] + alternatives where !plans.contains(where: { $0.routeIDs == plan.routeIDs })
        {
            plans.append(plan)
        }
        return plans
    }
}

/// One route from start to target, laid out in time.
public struct RoutePlan: Hashable, Sendable {
    public var steps: [PlannedStep]

    public var routeIDs: [CareerRoute.ID] { steps.map(\.route.id) }
    public var totalMonths: Int { steps.last?.endMonth ?? 0 }
    public var unpaidMonths: Int { steps.map(\.route.unpaidMonths).reduce(0, +) }
    public var ruleWaitMonths: Int { steps.map(\.ruleWaitMonths).reduce(0, +) }
    public var places: [Place] { (steps.first.map { [$0.route.from] } ?? []) + steps.map(\.route.to) }
}

/// One step of a plan: when it starts, what waiting comes before it and why, and what it pays.
public struct PlannedStep: Hashable, Sendable {
    public var route: CareerRoute
    /// Month (from today) the step itself starts.
    public var startMonth: Int
    /// Months spent gaining the experience the step asks for, before it starts.
    public var experienceWaitMonths: Int
    /// Further months the two-year funding rule adds.
    public var ruleWaitMonths: Int
    public var fundingRuleApplies: Bool
    /// Band while working in the starting role before the step (nil for an entry point).
    public var bandWhileWaiting: BandRange?
    /// Band while on the step, when it is salaried and the band is known.
    public var bandWhileTraining: BandRange?
    /// Running total: the month the step ends.
    public var endMonth: Int
}

/// The query of the route planner, as the form and the URL carry it.
public struct RouteQuery: Hashable, Sendable {
    public var from: String?
    public var to: String?
    public var objective: RouteFinder.Objective = .time
    public var monthsInRole: Int = 0

    public init(from: String? = nil, to: String? = nil, objective: RouteFinder.Objective = .time, monthsInRole: Int = 0)
    {
        self.from = from
        self.to = to
        self.objective = objective
        self.monthsInRole = monthsInRole
    }

    public var parameters: [(name: String, value: String)] {
        var out: [(String, String)] = []
        if let from { out.append(("from", from)) }
        if let to { out.append(("to", to)) }
        if objective != .time { out.append(("optimise", objective.rawValue)) }
        if monthsInRole != 0 { out.append(("months-in-role", String(monthsInRole))) }
        return out
    }
}

extension RouteFinder {
    /// Plans for a query whose `from` and `to` are both given; throws a clear error otherwise.
    public func plans(for query: RouteQuery) throws(WorkforceError) -> RoutePlans {
        guard let from = query.from else {
            throw .missingParameter(
                "from", hint: "Give where you start: a role id or an entry point id, such as psychology-graduate.")
        }
        guard let to = query.to else {
            throw .missingParameter("to", hint: "Give the role you want to reach, such as clinical-psychologist.")
        }
        let start = try place(from)
        guard catalogue.role(Role.ID(rawValue: to)) != nil else {
            throw .unknownPlace(to, known: catalogue.roles.map(\.id.rawValue))
        }
        return try find(
            from: start, to: Role.ID(rawValue: to), objective: query.objective, monthsInCurrentRole: query.monthsInRole)
    }
}

extension Catalogue {
    /// Every route that can be taken, one after another, starting at `place`: the routes out of it, then the
    /// routes out of where those lead, and so on, each once, in the order found.
    public func routes(onwardFrom place: Place) -> [CareerRoute] {
        let outgoing = Dictionary(grouping: routes, by: \.from)
        var seen: Set<Place> = [place]
        var queue = [place]
        var found: [CareerRoute] = []
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for route in outgoing[next] ?? [] {
                found.append(route)
                if seen.insert(route.to).inserted { queue.append(route.to) }
            }
        }
        return found
    }

    /// The first step out of each starting point.
    public var firstSteps: [CareerRoute] { routes.filter { $0.from.roleID == nil } }
}
