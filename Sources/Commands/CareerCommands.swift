import ArgumentParser
import Foundation
import Persistence
import Web
import Workforce

/// `skillmix path`: the route finder on the command line.
struct PathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find routes from where you stand to the role you want, with every step and rule."
    )

    @Option(help: "Where you start: a role id or an entry point id (see `skillmix routes`), e.g. psychology-graduate.")
    var from: String
    @Option(help: "The role you want, e.g. clinical-psychologist.") var to: String
    @Option(help: "time (fastest first) or unpaid (least self-funded time first).") var optimise: String = "time"
    @Option(
        name: .customLong("months-in-role"),
        help: "Months you have already worked in your current role since qualifying.")
    var monthsInRole: Int = 0
    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    func validate() throws {
        guard RouteFinder.Objective(rawValue: optimise) != nil else {
            throw ValidationError("--optimise must be time or unpaid; you gave \(optimise).")
        }
        guard (0...600).contains(monthsInRole) else {
            throw ValidationError("--months-in-role must be from 0 to 600; you gave \(monthsInRole).")
        }
    }

    func run() async throws {
        try await withPreparedStore(database) { store in
            let catalogue = try await store.catalogue(on: day)
            let query = RouteQuery(
                from: from, to: to, objective: RouteFinder.Objective(rawValue: optimise) ?? .time,
                monthsInRole: monthsInRole)
            let finder = RouteFinder(catalogue: catalogue)
            let plans = try finder.plans(for: query)
            if json {
                try printJSON(APIRepresentation.plans(plans, query: query, catalogue: catalogue))
                return
            }
            print(
                "Routes from \(finder.name(of: plans.from)) to \(finder.name(of: .role(plans.to))): \(plans.totalFound) found."
            )
            for (index, plan) in plans.shown.enumerated() {
                var labels: [String] = []
                if plan.routeIDs == plans.fastest.routeIDs { labels.append("fastest") }
                if plan.routeIDs == plans.leastUnpaid.routeIDs { labels.append("least self-funded") }
                print("")
                print(
                    "Route \(index + 1): \(plan.totalMonths) months, \(plan.unpaidMonths) self-funded"
                        + (labels.isEmpty ? "" : " [\(labels.joined(separator: ", "))]"))
                for step in plan.steps {
                    let route = step.route
                    print("  \(finder.name(of: route.from)) -> \(finder.name(of: route.to))")
                    if step.experienceWaitMonths > 0 {
                        let doing = route.from.roleID == nil ? "gain" : "work"
                        print(
                            "    \(doing) \(step.experienceWaitMonths) months of experience first"
                                + (step.bandWhileWaiting.map { " (\($0.description))" } ?? ""))
                    }
                    if step.ruleWaitMonths > 0 {
                        print("    wait \(step.ruleWaitMonths) more months: two-year funding rule")
                    }
                    print(
                        "    \(route.step): \(route.months) months, \(route.mode.rawValue), \(route.funding.rawValue)"
                            + (step.bandWhileTraining.map { ", \($0.description)" } ?? ""))
                    if let competition = route.competition { print("    competition: \(competition)") }
                    for note in route.uncertain { print("    ! uncertain: \(note)") }
                    for note in route.assumptions { print("    ! assumption: \(note)") }
                    print(
                        "    sources: \(route.sources.map(\.rawValue).joined(separator: ", ")); running total \(step.endMonth) months"
                    )
                }
            }
        }
    }
}

/// `skillmix routes`: the career map's routes, from one place or all.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes", abstract: "List the routes of the career map.")

    @Option(help: "Only routes starting here: a role id or an entry point id.") var from: String?
    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    func run() async throws {
        try await withPreparedStore(database) { store in
            let catalogue = try await store.catalogue(on: day)
            let finder = RouteFinder(catalogue: catalogue)
            var routes = catalogue.routes
            if let from {
                let place = try finder.place(from)
                routes = routes.filter { $0.from == place }
            }
            if json {
                try printJSON(APIRepresentation.routes(routes, catalogue: catalogue))
                return
            }
            print(
                TextTable(
                    header: ["From", "To", "Step", "Months", "Funding", "2-year rule"],
                    rows: routes.map {
                        [
                            finder.name(of: $0.from), finder.name(of: $0.to), $0.step, String($0.months),
                            $0.funding.rawValue,
                            $0.nhsFundedTraining ? "yes" : "no",
                        ]
                    },
                    maxColumnWidth: 34
                ).rendered
            )
            print(
                "\(routes.count) routes. Entry points: \(catalogue.entryPoints.map(\.id.rawValue).joined(separator: ", "))."
            )
        }
    }
}

/// `skillmix insights`: dead ends, bottlenecks and self-funded-only roles.
struct InsightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights", abstract: "Where the career routes are broken: dead ends, bottlenecks, self-funding."
    )

    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    func run() async throws {
        try await withPreparedStore(database) { store in
            let catalogue = try await store.catalogue(on: day)
            let insights = CareerInsights(catalogue: catalogue)
            if json {
                try printJSON(APIRepresentation.insights(insights, catalogue: catalogue))
                return
            }
            let finder = RouteFinder(catalogue: catalogue)
            print("Dead ends (no onward route in our data):")
            for role in insights.deadEnds { print("  \(role.displayName)") }
            print(
                "\nBottlenecks (\(CareerInsights.bottleneckApplicantsPerPlace.roundedWholeText) or more applicants a place):"
            )
            for step in insights.bottlenecks { printStep(step, finder: finder) }
            print("\nOther competitive steps:")
            for step in insights.competitive { printStep(step, finder: finder) }
            print("\nRoles whose every onward route needs self-funding:")
            if insights.selfFundedOnly.isEmpty { print("  none") }
            for item in insights.selfFundedOnly {
                print(
                    "  \(item.role.displayName): " + item.routes.map { finder.name(of: $0.to) }.joined(separator: ", "))
            }
        }
    }
}

private func printStep(_ step: CareerInsights.CompetitiveStep, finder: RouteFinder) {
    print("  \(finder.name(of: step.to)): \(step.step)")
    print("    \(step.competition)")
    print("    taken from: \(step.from.map { finder.name(of: $0) }.joined(separator: ", "))")
}
