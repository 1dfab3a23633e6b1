import ArgumentParser
import Foundation
import LinearProgramming
import Persistence
import Web
import Workforce

/// `skillmix commission`: the least-cost training commissions that meet the target.
struct CommissionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commission",
        abstract: "Find the least-cost training places by role, place and year that meet the target.",
        discussion: """
            Examples:
              skillmix commission
              skillmix commission --budget 900000000 --supervision-ratio 0.3 --mps commissioning.mps
              skillmix commission --ramp-limit 0.3 --capacity clinical-psychologist=2500
              skillmix commission --target mental-health-and-wellbeing-practitioner=3000
              skillmix commission --scenario scenario.json --json   (the body of POST /api/v1/commissioning)
            """
    )

    @OptionGroup var options: ScenarioOptions
    @Option(help: "National trainee salaries a year, in pounds with on-costs.") var budget: Double?
    @Option(
        name: .customLong("pay-year"),
        help: "Cost trainees at this Agenda for Change year, e.g. 2025/26 (default: the year in force).")
    var payYear: String?
    @Option(
        name: .customLong("supervision-ratio"),
        help: "New training places a year per WTE of the roles that supervise the trainees (default 0.25).")
    var supervisionRatio: Double?
    @Option(
        name: .customLong("ramp-limit"),
        help: "The largest share by which a programme's places may grow or shrink in a year (default 0.19).")
    var rampLimit: Double?
    @Option(
        help: ArgumentHelp(
            "A role's national training capacity, places a year, as ROLE=PLACES (repeat for more roles).",
            valueName: "role=places"))
    var capacity: [String] = []
    @Option(
        help: ArgumentHelp(
            "A role's own national target WTE in the target year, as ROLE=WTE (repeat for more roles).",
            valueName: "role=wte"))
    var target: [String] = []
    @Option(help: "Also write the commissioning model (every place) to this MPS file.") var mps: String?
    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    func run() async throws {
        var request = try options.scenarioRequest()
        if let budget { request.trainingBudget = budget }
        if let payYear { request.payYear = payYear }
        if let supervisionRatio { request.supervisionRatio = supervisionRatio }
        if let rampLimit { request.rampLimit = rampLimit }
        for (option, pairs) in [("capacity", capacity), ("target", target)] {
            for pair in pairs {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
                    throw CommandError(
                        "--\(option) takes ROLE=NUMBER, such as clinical-psychologist=2500; got \(pair).")
                }
                var role = request.roles[parts[0]] ?? .init()
                if option == "capacity" { role.capacity = value } else { role.target = value }
                request.roles[parts[0]] = role
            }
        }
        let scenario = request
        try await withPreparedStore(database) { store in
            let planner = ProjectionPlanner(catalogue: try await store.catalogue(on: day))
            let report = try planner.commission(scenario)
            if let mps {
                do {
                    try MPS.write(try planner.commissioningModel(scenario)).write(
                        toFile: mps, atomically: true, encoding: .utf8)
                } catch let error as WorkforceError {
                    throw error
                } catch {
                    throw CommandError("Cannot write \(mps): check that its folder exists and is writable.")
                }
            }
            if json {
                try printJSON(APIRepresentation.projection(report))
                return
            }
            guard let plan = report.commissioning else { return }
            let last = report.years.count - 1
            let span = "\(report.years[0]) to \(report.years[last])"
            for warning in plan.warnings { print("Warning: \(warning)") }
            if !plan.warnings.isEmpty { print("") }
            print(
                "Training places a year that meet the target at least cost (\(plan.placesSolved) of \(plan.placesTotal) "
                    + "places solved, \(plan.national == true ? "as one national plan" : "each place on its own")):")
            print(
                TextTable(
                    header: [
                        "Role", "Target", "Now a year", "Plan \(report.years[0])", "Plan \(report.years[last / 2])",
                        "Plan \(report.years[last])", "Capacity", "Short in \(report.years[last]): now", "with plan",
                    ],
                    rows: plan.roles.map { role in
                        [
                            role.name, role.targetBasis.map(Self.basisLabel) ?? "",
                            Formatting.number(role.defaultPlaces[0]),
                            Formatting.number(role.places[0]), Formatting.number(role.places[last / 2]),
                            Formatting.number(role.places[last]), role.capacity.map(Formatting.number) ?? "none",
                            Formatting.number(role.shortfallBefore[last]), Formatting.number(role.shortfallAfter[last]),
                        ]
                    }
                ).rendered)
            print("")
            print(
                "Trainee salaries over \(span): \(Formatting.pounds(plan.cumulativeCost)) with the plan, "
                    + "\(Formatting.pounds(plan.defaultCumulativeCost)) with today's commissions"
                    + (plan.costPerWTEGained.map {
                        "; \(Formatting.pounds($0)) for each extra WTE in post in \(report.years[last])"
                    }
                        ?? "") + ".")
            print(
                "With the plan, the whole workforce in \(report.years[last]): \(Formatting.number(report.total.p50[last])) "
                    + "WTE (P10 \(Formatting.number(report.total.p10[last])), P90 \(Formatting.number(report.total.p90[last]))) "
                    + "against \(Formatting.number(report.total.target[last])); chance of missing it "
                    + "\(Formatting.percent(report.total.probabilityBelowTarget[last])).")
            if !plan.bindingLimits.isEmpty {
                print("Limits that bind, worth most first:")
                for limit in plan.bindingLimits.prefix(12) { print("  \(limit.text)") }
            }
            for note in plan.notes { print("Note: \(note)") }
        }
    }

    static func basisLabel(_ basis: CommissioningPlan.TargetBasis) -> String {
        switch basis {
        case .nationalShare: "national share"
        case .groupTarget: "group target"
        case .ownTarget: "your target"
        case .keepIntake: "none: keep intake"
        }
    }
}
