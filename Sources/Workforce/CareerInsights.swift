/// Where the career routes are broken, for planners: dead ends, bottlenecks and self-funded ceilings.
public struct CareerInsights: Hashable, Sendable {
    /// A competitive step, with every place it can be taken from.
    public struct CompetitiveStep: Hashable, Sendable {
        public var to: Place
        public var step: String
        public var competition: String
        public var applicantsPerPlace: Double?
        public var routes: [CareerRoute]
        public var from: [Place] { routes.map(\.from) }
        public var sources: [Source.ID] {
            var seen = Set<Source.ID>()
            return routes.flatMap(\.sources).filter { seen.insert($0).inserted }
        }
    }

    /// A role from which every onward route needs some self-funding.
    public struct SelfFundedRole: Hashable, Sendable {
        public var role: Role
        public var routes: [CareerRoute]
    }

    /// Roles with no onward route in the data.
    public var deadEnds: [Role]
    /// Steps with at least `bottleneckApplicantsPerPlace` applicants for each place.
    public var bottlenecks: [CompetitiveStep]
    /// Steps with a published competition figure below that threshold, or without a ratio.
    public var competitive: [CompetitiveStep]
    public var selfFundedOnly: [SelfFundedRole]

    /// More applicants than this for each place makes a step a bottleneck.
    public static let bottleneckApplicantsPerPlace = 3.0

    public init(catalogue: Catalogue) {
        var onward: [Role.ID: [CareerRoute]] = [:]
        for route in catalogue.routes {
            if let from = route.from.roleID { onward[from, default: []].append(route) }
        }
        deadEnds = catalogue.roles.filter { (onward[$0.id] ?? []).isEmpty }
        var steps: [CompetitiveStep] = []
        for route in catalogue.routes {
            guard let competition = route.competition else { continue }
            if let index = steps.firstIndex(where: {
                $0.to == route.to && $0.step == route.step && $0.competition == competition
            }) {
                steps[index].routes.append(route)
            } else {
                steps.append(
                    CompetitiveStep(
                        to: route.to, step: route.step, competition: competition,
                        applicantsPerPlace: route.applicantsPerPlace, routes: [route]
                    )
                )
            }
        }
        bottlenecks = steps.filter { ($0.applicantsPerPlace ?? 0) >= Self.bottleneckApplicantsPerPlace }
        competitive = steps.filter { ($0.applicantsPerPlace ?? 0) < Self.bottleneckApplicantsPerPlace }
        selfFundedOnly = catalogue.roles.compactMap { role in
            let routes = onward[role.id] ?? []
            guard !routes.isEmpty, routes.allSatisfy({ $0.unpaidMonths > 0 }) else { return nil }
            return SelfFundedRole(role: role, routes: routes)
        }
    }
}
