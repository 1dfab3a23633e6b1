import Foundation

/// What someone who has found a role can do next, worked out from the catalogue: how the role is entered (the
/// steps of the routes into it, with their competition and sources), job searches to run, the training
/// providers, answers to common questions drawn from the career map's facts, and the route out of the role
/// that opens the most onward roles.
public struct NextSteps: Hashable, Sendable {
    /// One way in: a step that routes into the role take, and where they start.
    public struct WayIn: Hashable, Sendable {
        public var step: String
        public var from: [Place]
        public var competition: String?
        public var sources: [Source.ID]
    }

    /// A search on NHS Jobs (a link only: Skillmix fetches nothing).
    public struct Search: Hashable, Sendable {
        public var keyword: String
        public var url: String
    }

    /// A common question and the answer the catalogue gives, with its sources; `derived` says how it was worked out.
    public struct Answer: Hashable, Sendable {
        public var question: String
        public var answer: String
        public var derived: String
        public var sources: [Source.ID]
    }

    /// The route out of the role after which the most other roles can be reached.
    public struct Onward: Hashable, Sendable {
        public var route: CareerRoute
        /// Roles reachable from the route's end, counting that role and not this one.
        public var reach: Int
    }

    public var waysIn: [WayIn]
    public var searches: [Search]
    public var providers: [String]
    public var answers: [Answer]
    public var bestStep: Onward?

    /// The entry point of people with a psychology degree, which the degree question is about.
    static let psychologyGraduate = EntryPoint.ID(rawValue: "psychology-graduate")

    public init(role: Role, catalogue: Catalogue) {
        let into = catalogue.routes.filter { $0.to == .role(role.id) }
        var ways: [WayIn] = []
        for route in into {
            if let index = ways.firstIndex(where: { $0.step == route.step }) {
                ways[index].from.append(route.from)
                ways[index].sources += route.sources.filter { !ways[index].sources.contains($0) }
            } else {
                ways.append(
                    WayIn(step: route.step, from: [route.from], competition: route.competition, sources: route.sources))
            }
        }
        waysIn = ways
        var keywords = [role.name]
        if role.training.salaried == true { keywords.append("Trainee \(role.name.lowercased())") }
        searches = keywords.map { keyword in
            let encoded = keyword.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return Search(keyword: keyword, url: "https://www.jobs.nhs.uk/candidate/search/results?keyword=\(encoded)")
        }
        providers = role.training.providers
        answers = Self.answers(role: role, into: into, catalogue: catalogue)
        bestStep = Self.bestStep(from: role.id, in: catalogue)
    }

    static func answers(role: Role, into: [CareerRoute], catalogue: Catalogue) -> [Answer] {
        let trainingSources = role.factSources[.training] ?? []
        let starts = into.compactMap { route -> EntryPoint? in
            guard case .entryPoint(let id) = route.from else { return nil }
            return catalogue.entryPoint(id)
        }
        let startSources = into.filter { if case .entryPoint = $0.from { true } else { false } }.flatMap(\.sources)
        let fromRoles = into.compactMap { $0.from.roleID.flatMap(catalogue.role)?.name }
        let degree: String
        if starts.contains(where: { $0.id != psychologyGraduate }) {
            degree =
                "Not necessarily. Routes into this role start from: "
                + starts.map(\.label).uniqued().joined(separator: "; ") + "."
        } else if !starts.isEmpty {
            degree =
                "The routes Skillmix knows that start outside the professions start from a psychology degree"
                + (fromRoles.isEmpty
                    ? "." : "; others start from another role (\(fromRoles.uniqued().joined(separator: ", "))).")
        } else if !fromRoles.isEmpty {
            degree =
                "The routes Skillmix knows start from another role: \(fromRoles.uniqued().joined(separator: ", ")). "
                + "See the entry requirements above for the degree each needs."
        } else {
            degree = "Skillmix's sources record no route into this role; see the entry requirements above."
        }
        let paid: String =
            switch role.training.salaried {
            case true?:
                "Yes: training is in a salaried post"
                    + (role.bands.trainee.map { " (\($0.description) while training)" } ?? "") + "."
            case false?: "Usually not: the training is usually self-funded."
            case nil:
                "Skillmix's sources do not settle it: it may depend on the place and the employer; ask the training providers."
            }
        let partTime = into.filter { $0.mode == .partTime }
        let part: String =
            partTime.isEmpty
            ? "Skillmix's sources record no part-time route into this role; ask the training providers."
            : "Yes: " + partTime.map(\.step).uniqued().joined(separator: "; ") + " can be studied part time."
        return [
            Answer(
                question: "Do I need a psychology degree?", answer: degree,
                derived: "Worked out from the routes into this role on the career map.", sources: startSources.uniqued()
            ),
            Answer(
                question: "Am I paid while I train?", answer: paid, derived: "From the role's training facts.",
                sources: trainingSources),
            Answer(
                question: "Can I train part time?", answer: part,
                derived: "Worked out from the study mode of the routes into this role.",
                sources: partTime.flatMap(\.sources).uniqued()),
        ]
    }

    /// The roles reachable from `start` along the career map's routes between roles (not counting `start`).
    public static func reachable(from start: Role.ID, in catalogue: Catalogue) -> Set<Role.ID> {
        var roles = Set(catalogue.routes(onwardFrom: .role(start)).compactMap(\.to.roleID))
        roles.remove(start)
        return roles
    }

    /// The route out of `role` whose end opens the most roles (itself included), the shorter first on a tie.
    static func bestStep(from role: Role.ID, in catalogue: Catalogue) -> Onward? {
        catalogue.routes.filter { $0.from == .role(role) }.compactMap { route -> Onward? in
            guard let to = route.to.roleID, to != role else { return nil }
            var reach = reachable(from: to, in: catalogue)
            reach.insert(to)
            reach.remove(role)
            return Onward(route: route, reach: reach.count)
        }
        .min { ($1.reach, $0.route.months, $0.route.id.rawValue) < ($0.reach, $1.route.months, $1.route.id.rawValue) }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
