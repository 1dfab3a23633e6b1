/// How much one of a service model's default figures moves its default team: the figure raised by a tenth on its
/// own and the least-cost team found again, so that a manager knows which of their own figures to enter first.
public struct DefaultSensitivity: Hashable, Sendable {
    /// The figure, as "Guided self-help: sessions" or "CBT therapist: clinical share".
    public var label: String
    public var parameter: Parameter
    /// The team's WTE (fixed posts aside) with the figure a tenth higher, less the default team's.
    public var change: Double

    public init(label: String, parameter: Parameter, change: Double) {
        self.label = label
        self.parameter = parameter
        self.change = change
    }
}

extension TeamDesigner {
    /// How much each default is raised to measure its effect: a tenth.
    public static let sensitivityStep = 0.1

    /// The `count` defaults of a model that move its default team most, largest change first: every
    /// intervention's sessions, minutes, did-not-attend rate, group size and episodes, and every role's clinical
    /// share and supervision received and given, each raised by a tenth on its own (a share no higher than 1).
    /// A change that leaves no feasible team is skipped.
    public func mostSensitiveDefaults(_ id: ServiceModel.ID, count: Int = 3) throws(WorkforceError)
        -> [DefaultSensitivity]
    {
        let model = try requireModel(id)
        let input = DesignInput(service: id)
        guard let base = try problem(for: input, model: model).solve()?.totalWTE else { return [] }
        let raise = 1 + Self.sensitivityStep
        var variants: [(String, Parameter, ServiceModel)] = []
        func vary(
            _ label: String, _ parameter: Parameter, cap: Double = .infinity,
            _ apply: (inout ServiceModel, Parameter) -> Void
        ) {
            let raised = min(parameter.value * raise, cap)
            guard raised != parameter.value else { return }
            var changed = model
            apply(&changed, parameter.overridden(by: raised))
            variants.append((label, parameter, changed))
        }
        for (i, intervention) in model.interventions.enumerated() {
            let name = intervention.name
            vary("\(name): sessions", intervention.sessions) { $0.interventions[i].sessions = $1 }
            vary("\(name): minutes a session", intervention.minutesPerSession) {
                $0.interventions[i].minutesPerSession = $1
            }
            vary("\(name): did-not-attend rate", intervention.didNotAttend, cap: 0.9) {
                $0.interventions[i].didNotAttend = $1
            }
            if intervention.groupSize.value > 1 {
                vary("\(name): group size", intervention.groupSize) { $0.interventions[i].groupSize = $1 }
            }
            vary("\(name): episodes a year", intervention.episodes) { $0.interventions[i].episodes = $1 }
        }
        for (s, staff) in model.staff.enumerated() {
            let name = catalogue.role(staff.role)?.name ?? staff.role.rawValue
            vary("\(name): clinical share", staff.clinicalShare, cap: 1) { $0.staff[s].clinicalShare = $1 }
            vary("\(name): supervision received", staff.supervisionReceived) { $0.staff[s].supervisionReceived = $1 }
            if let given = staff.supervisionGiven {
                vary("\(name): supervision given", given) { $0.staff[s].supervisionGiven = $1 }
            }
        }
        var results: [DefaultSensitivity] = []
        for (label, parameter, changed) in variants {
            guard let plan = try problem(for: input, model: changed).solve() else { continue }
            results.append(DefaultSensitivity(label: label, parameter: parameter, change: plan.totalWTE - base))
        }
        return Array(results.sorted { abs($0.change) > abs($1.change) }.prefix(count))
    }
}
