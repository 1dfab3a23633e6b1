/// The answers to "Where can I start?" asked as a few questions: a degree, experience, a professional
/// qualification, a current role, whether the person could pay for training, and the ages they want to work with.
public struct StartingAnswers: Hashable, Sendable {
    public enum Degree: String, Hashable, Sendable, CaseIterable {
        case psychology, other
        case noDegree = "none"
    }

    public enum Qualification: String, Hashable, Sendable, CaseIterable {
        case noQualification = "none"
        case healthOrSocialCare = "health-or-social-care"
        case counselling
    }

    /// The query's names, in the order the form asks.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case degree, experience, qualification, current, fund, ages
    }

    public var degree: Degree?
    /// Relevant paid or voluntary work or life experience.
    public var experience: Bool?
    public var qualification: Qualification = .noQualification
    public var currentRole: Role.ID?
    public var canSelfFund: Bool?
    public var ages: [AgeGroup] = []

    public init(
        degree: Degree? = nil, experience: Bool? = nil, qualification: Qualification = .noQualification,
        currentRole: Role.ID? = nil, canSelfFund: Bool? = nil, ages: [AgeGroup] = []
    ) {
        self.degree = degree
        self.experience = experience
        self.qualification = qualification
        self.currentRole = currentRole
        self.canSelfFund = canSelfFund
        self.ages = ages
    }

    /// The three questions that must be answered before Skillmix can suggest anything.
    public var isComplete: Bool { firstUnanswered == nil }

    /// The first question that must be answered and is not, with what to do.
    public var firstUnanswered: (field: Field, message: String)? {
        if degree == nil { return (.degree, "Say whether you have a degree") }
        if experience == nil { return (.experience, "Say whether you have relevant work or life experience") }
        if canSelfFund == nil { return (.fund, "Say whether you could pay for some of your training yourself") }
        return nil
    }

    /// True when nothing has been answered: the questions are shown without a problem.
    public var isEmpty: Bool { parameters.isEmpty }

    /// Reads the answers from a query string's pairs, refusing unknown names, repeated answers to one-answer
    /// questions and answers that are not among the choices, each error naming its question.
    public init(pairs: [(name: String, value: String)], roles: [Role.ID]) throws(WorkforceError) {
        self.init()
        var seen: Set<Field> = []
        for (name, value) in pairs {
            guard let field = Field(rawValue: name) else {
                throw .unknownFilterValue(
                    parameter: "the questions", value: name, allowed: Field.allCases.map(\.rawValue))
            }
            if field != .ages, !seen.insert(field).inserted {
                throw .unknownFilterValue(parameter: name, value: value, allowed: ["one answer"])
            }
            if value.isEmpty { continue }
            func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(WorkforceError) -> T
            where T.RawValue == String {
                guard let chosen = T(rawValue: value) else {
                    throw .unknownFilterValue(parameter: name, value: value, allowed: T.allCases.map(\.rawValue))
                }
                return chosen
            }
            switch field {
            case .degree: degree = try choice(Degree.self)
            case .experience: experience = try yesOrNo(value, parameter: name)
            case .qualification: qualification = try choice(Qualification.self)
            case .fund: canSelfFund = try yesOrNo(value, parameter: name)
            case .current:
                guard roles.contains(Role.ID(rawValue: value)) else {
                    throw .unknownFilterValue(parameter: name, value: value, allowed: roles.map(\.rawValue))
                }
                currentRole = Role.ID(rawValue: value)
            case .ages:
                let age = try choice(AgeGroup.self)
                if !ages.contains(age) { ages.append(age) }
            }
        }
    }

    /// The answers as a query string's pairs, the empty ones left out.
    public var parameters: [(name: String, value: String)] {
        var pairs: [(String, String)] = []
        if let degree { pairs.append(("degree", degree.rawValue)) }
        if let experience { pairs.append(("experience", experience ? "yes" : "no")) }
        if qualification != .noQualification { pairs.append(("qualification", qualification.rawValue)) }
        if let currentRole { pairs.append(("current", currentRole.rawValue)) }
        if let canSelfFund { pairs.append(("fund", canSelfFund ? "yes" : "no")) }
        pairs += ages.map { ("ages", $0.rawValue) }
        return pairs
    }
}

/// Where a person can start and the roles open to them, ranked, each with the reasons it is where it is.
public struct StartingAdvice: Hashable, Sendable {
    /// A place on the career map the answers put the person, and why.
    public struct Start: Hashable, Sendable {
        public var place: Place
        public var reason: String
    }

    /// One role the person can reach, with the best route to it for them.
    public struct Suggestion: Hashable, Sendable {
        public var role: Role.ID
        public var plan: RoutePlan
        public var start: Place
        /// False when the person cannot pay for training and the route includes self-funded months.
        public var affordable: Bool
        /// False when the person chose ages the role does not serve.
        public var agesMatch: Bool
        public var reasons: [String]
    }

    public var answers: StartingAnswers
    public var starts: [Start]
    /// Best first: affordable routes, then roles that serve the chosen ages, then the shortest.
    public var suggestions: [Suggestion]
    /// Roles no route reaches from any of the starts.
    public var unreachable: [Role.ID]

    /// The starting points that fit the answers: a current role first, then a professional qualification, then
    /// the degree; without a degree, relevant experience, or else the school or college student's start.
    public static func starts(for answers: StartingAnswers, in catalogue: Catalogue) -> [Start] {
        var starts: [Start] = []
        func entry(_ id: String, _ reason: String) {
            let id = EntryPoint.ID(rawValue: id)
            if catalogue.entryPoint(id) != nil { starts.append(Start(place: .entryPoint(id), reason: reason)) }
        }
        if let current = answers.currentRole {
            starts.append(Start(place: .role(current), reason: "You work in this role now."))
        }
        switch answers.qualification {
        case .healthOrSocialCare:
            entry("core-mental-health-professional", "You hold a health or social care professional qualification.")
        case .counselling: entry("counsellor-or-therapist", "You hold a counselling or psychotherapy qualification.")
        case .noQualification: break
        }
        switch answers.degree {
        case .psychology?: entry("psychology-graduate", "You have a psychology degree.")
        case .other?: entry("other-graduate", "You have a degree in another subject.")
        case .noDegree?, nil:
            if answers.experience == true {
                entry("non-graduate-life-experience", "You have no degree but relevant work or life experience.")
            } else if starts.isEmpty {
                entry(
                    "school-or-college-student",
                    "With no degree and no relevant experience yet, you start where a school or college student "
                        + "does: with the courses that lead to these roles.")
            }
        }
        return starts
    }

    public init(answers: StartingAnswers, catalogue: Catalogue) {
        self.answers = answers
        starts = Self.starts(for: answers, in: catalogue)
        let finder = RouteFinder(catalogue: catalogue)
        let objective: RouteFinder.Objective = answers.canSelfFund == true ? .time : .unpaid
        var suggestions: [Suggestion] = []
        var unreachable: [Role.ID] = []
        for role in catalogue.roles where role.id != answers.currentRole {
            let plans = starts.compactMap { start -> (Start, RoutePlan)? in
                guard start.place != .role(role.id),
                    let plans = try? finder.find(from: start.place, to: role.id, objective: objective)
                else { return nil }
                return (start, plans.best)
            }
            guard let (start, plan) = plans.min(by: { RouteFinder.isBetter($0.1, than: $1.1, for: objective) })
            else {
                unreachable.append(role.id)
                continue
            }
            let affordable = answers.canSelfFund == true || plan.unpaidMonths == 0
            let agesMatch =
                answers.ages.isEmpty || answers.ages.contains { age in role.ages?.overlaps(age.range) ?? false }
            suggestions.append(
                Suggestion(
                    role: role.id, plan: plan, start: start.place, affordable: affordable, agesMatch: agesMatch,
                    reasons: Self.reasons(
                        role: role, plan: plan, start: start.place, affordable: affordable, agesMatch: agesMatch,
                        answers: answers, finder: finder)))
        }
        self.suggestions = suggestions.sorted(by: Self.ranksAbove)
        self.unreachable = unreachable
    }

    /// The ranking: affordable first, then roles serving the chosen ages, then the fewest months, the fewest
    /// self-funded months, and the taxonomy's order.
    static func ranksAbove(_ a: Suggestion, _ b: Suggestion) -> Bool {
        func key(_ s: Suggestion) -> [Int] {
            [s.affordable ? 0 : 1, s.agesMatch ? 0 : 1, s.plan.totalMonths, s.plan.unpaidMonths]
        }
        if key(a) != key(b) { return key(a).lexicographicallyPrecedes(key(b)) }
        return a.role.rawValue < b.role.rawValue
    }

    static func reasons(
        role: Role, plan: RoutePlan, start: Place, affordable: Bool, agesMatch: Bool, answers: StartingAnswers,
        finder: RouteFinder
    ) -> [String] {
        let steps = plan.steps.map { $0.route.step.inSentence }.joined(separator: ", then ")
        var reasons = [
            "From \(finder.name(of: start).inSentence): \(steps); "
                + (plan.totalMonths == 0 ? "you can apply now." : "\(plan.totalMonths) months in all.")
        ]
        if plan.unpaidMonths == 0 {
            reasons.append("Paid or funded throughout: no months you would pay for yourself.")
        } else {
            reasons.append(
                "Includes \(plan.unpaidMonths) months you would pay for yourself"
                    + (affordable
                        ? "." : "; you said you could not, so it comes after the roles you can reach in paid posts."))
        }
        if !answers.ages.isEmpty {
            let served = role.ages?.description ?? "ages not recorded"
            reasons.append(
                agesMatch
                    ? "Works with the ages you chose (\(served))."
                    : "Does not work with the ages you chose (it serves \(served)), so it comes after those that do.")
        }
        if plan.ruleWaitMonths > 0 {
            reasons.append("Includes a wait of \(plan.ruleWaitMonths) months under the two-year NHS funding rule.")
        }
        return reasons
    }
}
