import ArgumentParser
import Foundation
import LinearProgramming
import Persistence
import Web
import Workforce

/// `skillmix design`: the team designer on the command line.
struct DesignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "design",
        abstract: "Design the least-cost team for a service and its demand, with alternatives and explanations.",
        discussion: """
            Examples:
              skillmix design --list
              skillmix design --service mental-health-support-team --demand guided-self-help=200
              skillmix design --service talking-therapies --budget 3000000 --posts whole --json
              skillmix design --input design.json   (the same JSON body as POST /api/v1/designs)
              skillmix design --service mental-health-support-team --reference
            """
    )

    @Flag(help: "List the service models and their interventions, then stop.") var list = false
    @Option(help: "The service model id, e.g. talking-therapies (see --list).") var service: String?
    @Option(
        parsing: .singleValue,
        help: "Episodes a year for one intervention, as INTERVENTION=NUMBER; repeat for more.")
    var demand: [String] = []
    @Option(help: "Pay-bill budget in pounds a year, with on-costs; the design then meets as much need as it can.")
    var budget: Double?
    @Option(help: "Post size: continuous, half or whole.") var posts: String = "continuous"
    @Option(name: .customLong("on-costs"), help: "Pension basis: full (true cost) or local (what a trust pays).")
    var onCosts: String = "full"
    @Option(name: .customLong("pay-point"), help: "Cost posts at the top or the entry point of their band.")
    var payPoint: String = "top"
    @Option(
        name: .customLong("pay-year"),
        help: "Cost posts at this Agenda for Change year, e.g. 2025/26 (default: the year in force).")
    var payYear: String?
    @Option(parsing: .singleValue, help: "A role that cannot be recruited; repeat for more.")
    var unavailable: [String] = []
    @Option(parsing: .singleValue, help: "Your current team, as ROLE=WTE; repeat for each role.")
    var current: [String] = []
    @Option(help: "Read the whole request from a JSON file (the API's request body) instead of the options.")
    var input: String?
    @Option(help: "Also write the optimisation model (least cost at the least unmet need) to this MPS file.")
    var mps: String?
    @Option(
        name: .customLong("mps-need-stage"),
        help: "Also write stage one (least unmet need), to check both stages in another solver.")
    var mpsNeedStage: String?
    @Flag(
        help: "Compare the service's default design with its published reference team, post by post, then stop.")
    var reference = false
    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    func run() async throws {
        try await withPreparedStore(database) { store in
            let catalogue = try await store.catalogue(on: day)
            if list {
                printServiceModels(catalogue)
                return
            }
            if reference {
                try printReference(catalogue)
                return
            }
            let request = try designInput()
            let designer = TeamDesigner(catalogue: catalogue)
            let (design, model) = try designer.designAndModel(request)
            // Stage one is written only when asked for: it is solved again for the export.
            let needStage = try mpsNeedStage.map { _ throws(WorkforceError) in
                try designer.linearPrograms(for: request).needStage
            }
            for (path, program) in [(mps, model), (mpsNeedStage, needStage)] {
                guard let path, let program else { continue }
                do {
                    try MPS.write(program).write(toFile: path, atomically: true, encoding: .utf8)
                } catch {
                    throw CommandError("Cannot write \(path): check that its folder exists and is writable.")
                }
            }
            if json {
                try printJSON(APIRepresentation.design(design))
            } else {
                printDesign(design)
            }
        }
    }

    func designInput() throws -> DesignInput {
        if let input {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: input))
            } catch {
                throw CommandError("Cannot read \(input): check the path.")
            }
            do {
                return try APIRepresentation.designInput(data)
            } catch {
                throw CommandError("\(input) is not a valid design request: \(DesignRequestError.describe(error))")
            }
        }
        guard let service else {
            throw ValidationError("Give --service (see `skillmix design --list`) or --input FILE.json.")
        }
        guard let postSize = DesignInput.PostSize(rawValue: posts) else {
            throw ValidationError("--posts must be continuous, half or whole; you gave \(posts).")
        }
        guard let basis = OnCostBasis(rawValue: onCosts) else {
            throw ValidationError("--on-costs must be full or local; you gave \(onCosts).")
        }
        guard let point = DesignInput.PayPoint(rawValue: payPoint) else {
            throw ValidationError("--pay-point must be top or entry; you gave \(payPoint).")
        }
        return DesignInput(
            service: .init(rawValue: service), demand: try pairs(demand, option: "--demand"), budget: budget,
            posts: postSize, onCosts: basis, payPoint: point, unavailable: unavailable.map { .init(rawValue: $0) },
            current: try pairs(current, option: "--current"), payYear: payYear)
    }

    func pairs(_ values: [String], option: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("\(option) takes NAME=NUMBER, e.g. guided-self-help=200; you gave \(value).")
            }
            switch CheckedNumber.read(parts[1], in: CheckedNumber.formRange) {
            case .success(let number?): result[parts[0]] = number
            case .success(nil):
                throw ValidationError("\(option) \(parts[0]) has no number after the =, e.g. \(parts[0])=200.")
            case .failure(let problem):
                throw ValidationError(
                    "\(option) \(parts[0]): " + problem.sentence(label: "The value", example: "200", entered: parts[1]))
            }
        }
        return result
    }

    func printServiceModels(_ catalogue: Catalogue) {
        for model in catalogue.serviceModels {
            print("\(model.id): \(model.name)")
            print("  interventions: \(model.interventions.map(\.id.rawValue).joined(separator: ", "))")
            print("  roles: \(model.staff.map(\.role.rawValue).joined(separator: ", "))")
        }
    }

    /// `--reference`: the default design beside the model's reference team, or why there is none.
    func printReference(_ catalogue: Catalogue) throws {
        guard let service else {
            throw ValidationError("Give --service with --reference (see `skillmix design --list`).")
        }
        let id = ServiceModel.ID(rawValue: service)
        guard let comparison = try TeamDesigner(catalogue: catalogue).referenceComparison(id) else {
            throw CommandError("The catalogue holds no reference team for \(service).")
        }
        if json {
            try printJSON(APIRepresentation.referenceComparison(comparison, service: id))
            return
        }
        let team = comparison.team
        print("\(team.name)")
        print("Serves: \(team.serves)")
        if let exception = team.exception { print("\nNo comparison: \(exception)") }
        if !comparison.lines.isEmpty {
            print("")
            print(
                TextTable(
                    header: ["Post (as published)", "Reference WTE", "Default design WTE", "Difference"],
                    rows: comparison.lines.map { line in
                        [
                            line.post.title, Formatting.wte(line.reference), Formatting.wte(line.designed),
                            (line.difference >= 0 ? "+" : "") + Formatting.wte(line.difference) + " WTE ("
                                + Formatting.percent(line.relativeDifference) + ")",
                        ]
                    }
                ).rendered)
            print("")
            print(
                comparison.calibrated
                    ? "Every post is within \(Formatting.percent(ReferenceTeam.tolerance)) of the reference team."
                    : "Not every post is within \(Formatting.percent(ReferenceTeam.tolerance)) of the reference team.")
        }
        for note in team.notes { print("Note: \(note)") }
        print("Sources: \(team.sources.map(\.rawValue).joined(separator: ", "))")
    }

    func printDesign(_ design: TeamDesign) {
        print("\(design.serviceName): the least-cost team")
        print(
            "Meets \(design.episodesMet.roundedWholeText) of \(design.episodesDemanded.roundedWholeText) episodes a year; "
                + "\(Formatting.wte(design.totalWTE)) WTE; £\(design.totalCost.roundedGroupedWithCommas) a year."
        )
        print("")
        print(
            TextTable(
                header: ["Role", "Band", "WTE", "Cost a year"],
                rows: design.posts.map {
                    [$0.name, $0.band.name, Formatting.wte($0.wte), "£" + $0.cost.roundedGroupedWithCommas]
                }
                    + design.fixedPosts.map {
                        [
                            $0.name + " (fixed)", $0.band.name, Formatting.wte($0.wte),
                            "£" + $0.cost.roundedGroupedWithCommas,
                        ]
                    }
            ).rendered)
        print("")
        print(
            TextTable(
                header: ["Intervention", "Demand", "Met", "Hours per episode"],
                rows: design.interventions.map {
                    [
                        $0.name, $0.demand.roundedWholeText, $0.met.roundedWholeText,
                        Formatting.wte($0.hoursPerEpisode),
                    ]
                }
            ).rendered)
        print("")
        print("Why this team:")
        for line in design.explanation.binding + design.explanation.prices.map(\.text) { print("  - \(line)") }
        if let next = design.explanation.nextRole { print("  - \(next)") }
        if !design.alternatives.isEmpty {
            print("")
            print("Alternatives:")
            for alternative in design.alternatives {
                print("  \(alternative.title): \(alternative.summary)")
                print("    " + alternative.posts.map { "\($0.name) \(Formatting.wte($0.wte))" }.joined(separator: ", "))
            }
        }
        if !design.newRoles.isEmpty {
            print("")
            print("New roles:")
            for option in design.newRoles { print("  \(option.title): \(option.summary)") }
        }
        print("")
        print("Sensitivity:")
        for scenario in design.sensitivity {
            print(
                "  \(scenario.label): \(Formatting.wte(scenario.totalWTE)) WTE, £\(scenario.cost.roundedGroupedWithCommas), "
                    + "meets \(scenario.episodesMet.roundedWholeText) of \(scenario.episodesDemanded.roundedWholeText)")
        }
        if let comparison = design.comparison {
            print("")
            print("Compared with your current team: \(comparison.summary)")
            for line in comparison.lines {
                print(
                    "  \(line.name): \(Formatting.wte(line.current)) now, \(Formatting.wte(line.proposed)) proposed. \(line.action)."
                )
            }
        }
        print("")
        print(design.costBasis)
        let assumed = design.parameters.filter { $0.parameter.basis == .assumption }.count
        print("\(design.parameters.count) figures used, \(assumed) of them assumptions; see --json for each source.")
    }
}
