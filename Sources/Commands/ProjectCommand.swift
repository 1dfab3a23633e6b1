import ArgumentParser
import Foundation
import Persistence
import Web
import Workforce

/// `skillmix project`: the workforce projection on the command line.
struct ProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project the workforce by role and place, with its uncertainty, against the target.",
        discussion: """
            Examples:
              skillmix project                                   (the defaults: 7 regions, 10 years, 1,000 runs)
              skillmix project --geography boards --years 14 --runs 5000 --seed 7
              skillmix project --scenario scenario.json --json   (the same JSON body as POST /api/v1/projections)
            """
    )

    @OptionGroup var options: ScenarioOptions
    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    func run() async throws {
        let scenarioRequest = try options.scenarioRequest()
        try await withPreparedStore(database) { store in
            let report = try ProjectionPlanner(catalogue: try await store.catalogue(on: day)).project(scenarioRequest)
            if json {
                try printJSON(APIRepresentation.projection(report))
            } else {
                printReport(report)
            }
        }
    }
}

/// The options `project` and `commission` share: a scenario file and the settings most often changed.
struct ScenarioOptions: ParsableArguments {
    @Option(help: "Read the scenario from a JSON file (the API's request body).") var scenario: String?
    @Option(help: "Monte Carlo runs (1 to 20,000); overrides the scenario's.") var runs: Int?
    @Option(help: "Random seed: the same seed gives the same answer.") var seed: UInt64?
    @Option(help: "Years ahead (1 to 20).") var years: Int?
    @Option(help: "regions (the 7 NHS England regions) or boards (the integrated care boards in force).")
    var geography: String?
    @Option(
        name: .customLong("board-set"),
        help: "With --geography boards: 2026 (the 36 boards from 1 April 2026) or 2022 (the 42 boards before).")
    var boardSet: String?

    func scenarioRequest() throws -> ProjectionScenario {
        var request = ProjectionScenario()
        if let scenario {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: scenario))
            } catch {
                throw CommandError("Cannot read \(scenario): check the path.")
            }
            do {
                request = try JSONDecoder().decode(ProjectionScenario.self, from: data)
            } catch {
                throw CommandError("\(scenario) is not a valid scenario: \(DesignRequestError.describe(error))")
            }
        }
        if let runs { request.runs = runs }
        if let seed { request.seed = seed }
        if let years { request.years = years }
        if let geography {
            guard let value = ProjectionScenario.Geography(rawValue: geography) else {
                throw ValidationError("--geography must be regions or boards; you gave \(geography).")
            }
            request.geography = value
        }
        if let boardSet {
            request.geography = .boards
            request.boardSet = boardSet
        }
        return request
    }
}

extension ProjectCommand {

    func printReport(_ report: ProjectionReport) {
        let total = report.total
        print("All psychological professions, \(report.scenario.runs) runs, seed \(report.scenario.seed):")
        print(
            TextTable(
                header: ["Year", "P10", "P50", "P90", "Target", "Chance below target"],
                rows: report.years.indices.map { index in
                    [
                        String(report.years[index]), Formatting.number(total.p10[index]),
                        Formatting.number(total.p50[index]), Formatting.number(total.p90[index]),
                        Formatting.number(total.target[index]), Formatting.percent(total.probabilityBelowTarget[index]),
                    ]
                }
            ).rendered)
        print("")
        let last = report.years.count - 1
        print("By role in \(report.years[last]):")
        print(
            TextTable(
                header: ["Role", "Start", "P50", "P10-P90", "Target", "Chance below"],
                rows: report.roles.map { role in
                    [
                        role.name, Formatting.number(role.baseline), Formatting.number(role.p50[last]),
                        "\(Formatting.number(role.p10[last]))-\(Formatting.number(role.p90[last]))",
                        Formatting.number(role.target[last]), Formatting.percent(role.probabilityBelowTarget[last]),
                    ]
                }
            ).rendered)
        print("")
        print("Gap to target in \(report.years[last]) by place (mean WTE minus target):")
        for place in report.places.sorted(by: { $0.gap < $1.gap }) {
            print("  \(place.name): \(Formatting.number(place.gap))")
        }
        print("")
        for note in report.notes { print("Note: \(note)") }
        let assumed = report.parameters.filter { $0.parameter.basis == .assumption }.count
        print("\(report.parameters.count) figures used, \(assumed) of them assumptions; see --json for each source.")
    }
}
