/// Checks, before any solve, that the limits a planner set can hold together for each role, so that a conflict
/// is named with its role, its year and what would resolve it. Worked nationally under the mean rates.
struct CommissioningChecks {
    var model: ProjectionModel
    var national: ProjectionModel
    var scenario: ProjectionScenario
    var reportedYears: Int
    var ramp: Double
    var ratio: Double
    var capacity: [Double]
    var today: [Double]
    var supervisors: [[Int]]
    /// Posts the national target adds by its year (the scenario's or the catalogue's).
    var nationalGrowth: Double
    /// The catalogue's ramp limit and each role's default capacity, to tell whether a planner's own limit is what
    /// puts a target out of reach.
    var defaultRamp: Double
    var defaultCapacity: [Double]

    private var lastYear: Int { model.baseYear + reportedYears }

    /// The fewest places a programme may have in the first year: all of `places` for a role without a target,
    /// else `places` shrunk by the ramp.
    static func firstYearFloor(from places: Double, keepsIntake: Bool, ramp: Double) -> Double {
        keepsIntake ? places : places * max(0, 1 - ramp)
    }
    private func own(_ role: Int) -> ProjectionScenario.RoleOverride? { scenario.roles[model.roles[role].id] }
    private func field(_ role: Int, _ name: String) -> String { "roles.\(model.roles[role].id).\(name)" }

    /// A planner's own target below today's workforce, while the national target grows it: training places cannot
    /// take anyone out of post.
    func targetAgainstToday(_ role: Int) throws(WorkforceError) {
        let series = national.roles[role]
        guard let target = own(role)?.target, target < series.baseline[0],
            nationalGrowth > 0
        else { return }
        throw .invalidProjection(
            field: field(role, "target"),
            message: "\(series.name)'s target of \(Formatting.number(target)) WTE is below the "
                + "\(Formatting.number(series.baseline[0])) WTE in post today, while the national target grows the "
                + "workforce. Training places cannot take anyone out of post: enter at least "
                + "\(Formatting.number(series.baseline[0])), or leave the target out to take the role's share.")
    }

    /// The places a year the role can have by the first year after the horizon: its capacity, or what the ramp
    /// allows from `start`, whichever is less.
    func room(_ role: Int, start: Double) -> Double {
        min(capacity[role], start * pow1(1 + ramp, reportedYears + 1))
    }

    /// The capacity and the ramp must carry the places that replace leavers at the final target. A planner's own
    /// capacity that cannot is refused; otherwise the floor is lowered to what they carry, with a warning.
    func sustainAgainstCapacity(_ role: Int, start: Double) throws(WorkforceError) -> (
        share: Double, warning: String
    )? {
        let series = national.roles[role]
        let target = series.target[0][reportedYears - 1]
        let needed = series.sustainingIntake(for: target)
        let room = room(role, start: start)
        guard needed > room + 1e-9 else { return nil }
        let byCapacity = capacity[role] <= start * pow1(1 + ramp, reportedYears + 1)
        let text =
            "\(series.name) needs \(Formatting.number(needed)) places a year after \(lastYear) to replace its "
            + "leavers at its \(lastYear) target of \(Formatting.number(target)) WTE, more than "
            + (byCapacity
                ? "its capacity of \(Formatting.number(capacity[role]))"
                : "the \(Formatting.number(room)) that places growing at most \(Formatting.percent(ramp)) a year "
                    + "from \(Formatting.number(start)) reach by then")
        if byCapacity, own(role)?.capacity != nil {
            throw .invalidProjection(
                field: field(role, "capacity"),
                message: text + ". Raise the capacity to at least \(Formatting.number(needed.rounded(.up))), or lower "
                    + "the target.")
        }
        return (room / needed, text + "; the plan keeps \(Formatting.number(room)) a year after \(lastYear) instead.")
    }

    /// The capacity must leave room for the fewest places the ramp allows in the first year (and, for a role
    /// without a target, for today's intake).
    func capacityAgainstFloor(_ role: Int, keepsIntake: Bool, start: Double) throws(WorkforceError) {
        let floor = Self.firstYearFloor(from: start, keepsIntake: keepsIntake, ramp: ramp)
        guard capacity[role] + 1e-9 < floor else { return }
        let name = model.roles[role].name
        let why =
            keepsIntake
            ? "it has no target, so the plan keeps today's \(Formatting.number(start)) places"
            : "places shrink by at most \(Formatting.percent(ramp)) a year from \(Formatting.number(start))"
        throw .invalidProjection(
            field: own(role)?.capacity != nil ? field(role, "capacity") : "rampLimit",
            message: "\(name)'s capacity of \(Formatting.number(capacity[role])) places is below the "
                + "\(Formatting.number(floor)) it must keep in \(model.baseYear + 1): \(why). Raise the capacity to at "
                + "least \(Formatting.number(floor.rounded(.up)))"
                + (keepsIntake ? ", or give the role a target." : ", or allow a faster ramp (rampLimit)."))
    }

    /// In the first year the supervisors in post must be able to take the fewest places the ramp allows. Returns
    /// the places the plan starts from: today's, or (when only defaults are in play) what the supervisors can
    /// take, with a warning. A conflict the planner made by setting the ratio or the ramp is refused.
    func start(_ role: Int, keepsIntake: Bool) throws(WorkforceError) -> (places: Double, warning: String?) {
        let floor = Self.firstYearFloor(from: today[role], keepsIntake: keepsIntake, ramp: ramp)
        let available = supervisors[role].reduce(0.0) { $0 + national.roles[$1].baseline[0] }
        guard !supervisors[role].isEmpty, ratio * available + 1e-9 < floor else { return (today[role], nil) }
        let name = model.roles[role].name
        // The planner's own ratio or ramp is refused only when it, not the defaults, makes the conflict.
        let defaultFloor = Self.firstYearFloor(from: today[role], keepsIntake: keepsIntake, ramp: defaultRamp)
        let defaultsConflict = ProjectionScenario.defaultSupervisionRatio * available + 1e-9 < defaultFloor
        guard !defaultsConflict else {
            return (
                ratio * available,
                "Today's \(Formatting.number(today[role])) places for \(name.inSentence) are more than its supervisors "
                    + "can take at \(Formatting.value(ratio)) new places per supervising WTE "
                    + "(\(Formatting.number(ratio * available))), so the plan starts from "
                    + "\(Formatting.number(ratio * available)) in \(model.baseYear + 1)."
            )
        }
        let needed = available > 0 ? floor / available : .infinity
        throw .invalidProjection(
            field: scenario.supervisionRatio != nil ? "supervisionRatio" : "rampLimit",
            message: "With \(Formatting.value(ratio)) new places per supervising WTE, \(name.inSentence) may have at "
                + "most \(Formatting.number(ratio * available)) new places in \(model.baseYear + 1), but the plan must "
                + "keep at least \(Formatting.number(floor)) ("
                + (keepsIntake
                    ? "today's intake, as it has no target"
                    : "places shrink by at most \(Formatting.percent(ramp)) a year from today's "
                        + Formatting.number(today[role])) + "). "
                + (needed.isFinite
                    ? "Raise the supervision ratio to at least \(Formatting.value((needed * 100).rounded(.up) / 100))"
                    : "Add supervisors") + (keepsIntake ? ", or give the role a target." : ", or allow a faster ramp."))
    }

    /// The most the role can reach by the last reported year, with its places growing as fast as the ramp and the
    /// capacity allow from today. A target out of reach is refused when the planner set the limit or the target
    /// that puts it there, and otherwise reported.
    func reachable(_ role: Int, start: Double) throws(WorkforceError) -> String? {
        let series = national.roles[role]
        let target = series.target[0][reportedYears - 1]
        func reach(ramp: Double, capacity: Double) -> Double {
            var intake = national.roles.map { $0.intake[0] }
            var places = start
            for year in 0..<national.years {
                places = min(capacity, places * (1 + ramp))
                intake[role][year] = places
            }
            return MeanPath.run(national, place: 0, intake: intake, fromStart: true).stock[role][reportedYears - 1]
        }
        let most = reach(ramp: ramp, capacity: capacity[role])
        guard most + 1e-6 < target else { return nil }
        let limitless = reach(ramp: 5, capacity: 1e9) >= target
        // What would reach it: a faster ramp with this capacity, else a larger capacity with this ramp.
        var fix: String
        if reach(ramp: 5, capacity: capacity[role]) >= target {
            var low = ramp
            var high = 5.0
            for _ in 0..<40 {
                let mid = (low + high) / 2
                if reach(ramp: mid, capacity: capacity[role]) >= target { high = mid } else { low = mid }
            }
            fix = "A ramp limit of \(Formatting.percent((high * 100).rounded(.up) / 100)) would reach it."
        } else if reach(ramp: ramp, capacity: 1e9) >= target {
            var low = capacity[role]
            var high = 1e9
            for _ in 0..<60 {
                let mid = (low + high) / 2
                if reach(ramp: ramp, capacity: mid) >= target { high = mid } else { low = mid }
            }
            fix = "A capacity of \(Formatting.number(high.rounded(.up))) places a year would reach it."
        } else if limitless {
            fix = "Only a faster ramp and a larger capacity together would reach it."
        } else {
            fix =
                "No number of places could: training takes \(series.trainingYears) years, so places bought from "
                + "\(model.baseYear + 1) add few qualified staff by \(lastYear). A later target year would."
        }
        let text =
            "\(series.name) cannot reach its \(lastYear) target of \(Formatting.number(target)) WTE: with places "
            + "growing at most \(Formatting.percent(ramp)) a year from \(Formatting.number(start)) and at most "
            + "\(Formatting.number(capacity[role])) a year (its capacity), it reaches at most "
            + "\(Formatting.number(most)) WTE. " + fix
        // Refused when the planner's own figure puts the target out of reach: their target, or their ramp or
        // capacity where the defaults would have reached it. Otherwise the plan says so and does its best.
        let own = own(role)
        if own?.target != nil, limitless {
            throw .invalidProjection(field: field(role, "target"), message: text)
        }
        let defaultsReach = reach(ramp: defaultRamp, capacity: defaultCapacity[role]) >= target
        if defaultsReach {
            if own?.capacity != nil, reach(ramp: ramp, capacity: defaultCapacity[role]) >= target {
                throw .invalidProjection(field: field(role, "capacity"), message: text)
            }
            if scenario.rampLimit != nil { throw .invalidProjection(field: "rampLimit", message: text) }
            if own?.capacity != nil { throw .invalidProjection(field: field(role, "capacity"), message: text) }
        }
        return text
    }
}
