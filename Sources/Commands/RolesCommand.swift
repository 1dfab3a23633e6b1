import ArgumentParser
import Foundation
import Persistence
import Web
import Workforce

/// `skillmix roles …`: the roles explorer on the command line.
struct RolesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles", abstract: "List, show and compare roles.",
        subcommands: [List.self, Show.self, Compare.self, Introduce.self, NextStepsCommand.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List roles, with the same filters as the web page and the API.")

        @Option(help: "Only roles in this group, e.g. psychologists.") var group: String?
        @Option(help: "Only roles serving this age group: children, young-people, adults or older-adults.") var age:
            String?
        @Option(help: "Only roles working in this kind of setting, e.g. schools or inpatient.") var setting: String?
        @Option(help: "Only roles whose qualified band range includes this band, e.g. 5 or 8a.") var band: String?
        @Option(help: "yes: salaried training only; no: self-funded training only.") var salaried: String?
        @Option(name: .customLong("max-months"), help: "Only roles whose core training takes at most this many months.")
        var maxMonths: String?
        @Flag(name: .customLong("new"), help: "Only roles introduced in 2019 or later.") var newRolesOnly = false
        @Option(help: "Words to search for.") var search: String?
        @Flag(help: "Print JSON (the API's shape) instead of a table.") var json = false
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var day: DayOption

        func run() async throws {
            try await withPreparedStore(database) { store in
                let catalogue = try await store.catalogue(on: day)
                var parameters: [(name: String, value: String)] = []
                let given: [(RoleFilter.Parameter, String?)] = [
                    (.group, group), (.age, age), (.setting, setting), (.band, band), (.salaried, salaried),
                    (.maxMonths, maxMonths), (.q, search), (.new, newRolesOnly ? "yes" : nil),
                ]
                for (parameter, value) in given { if let value { parameters.append((parameter.rawValue, value)) } }
                let filter = try RoleFilter(parameters: parameters, groups: catalogue.groups.map(\.id))
                let roles = filter.apply(to: catalogue.roles)
                if json {
                    try printJSON(APIRepresentation.roles(roles, catalogue: catalogue))
                    return
                }
                guard !roles.isEmpty else {
                    print("No roles match these filters.")
                    return
                }
                print(
                    TextTable(
                        header: ["ID", "Role", "Group", "Training", "Salaried", "Band"],
                        rows: roles.map { role in
                            [
                                role.id.rawValue, role.displayName,
                                catalogue.group(role.group)?.name ?? role.group.rawValue,
                                role.training.months.map { "\($0) months" } ?? "varies",
                                role.training.salaried.map { $0 ? "yes" : "no" } ?? "mixed",
                                role.bands.qualified?.text ?? "-",
                            ]
                        }
                    ).rendered
                )
                print("\(roles.count) of \(catalogue.roles.count) roles. Catalogue \(catalogue.stamp.version).")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one role with every fact and its sources.")

        @Argument(help: "The role's id, e.g. clinical-psychologist (see `skillmix roles list`).") var id: String
        @Flag(help: "Print JSON (the API's shape).") var json = false
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var day: DayOption

        func run() async throws {
            try await withPreparedStore(database) { store in
                let catalogue = try await store.catalogue(on: day)
                let role = try catalogue.requireRole(Role.ID(rawValue: id))
                if json {
                    try printJSON(APIRepresentation.role(role, catalogue: catalogue))
                    return
                }
                print(RoleText(role: role, catalogue: catalogue).rendered)
            }
        }
    }

    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compare two or three roles side by side.")

        @Argument(help: "Two or three role ids.") var ids: [String]
        @Flag(help: "Print JSON (the API's shape).") var json = false
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var day: DayOption

        func run() async throws {
            try await withPreparedStore(database) { store in
                let catalogue = try await store.catalogue(on: day)
                let comparison = try RoleComparison(ids: ids.map(Role.ID.init(rawValue:)), in: catalogue)
                if json {
                    try printJSON(APIRepresentation.comparison(comparison, catalogue: catalogue))
                    return
                }
                let rows = comparison.rows(groups: catalogue.groups, payScale: catalogue.payScale)
                print(
                    TextTable(
                        header: [""] + comparison.roles.map(\.displayName),
                        rows: rows.map { row in
                            let marks = comparison.roles.map { role in
                                row.isUncertain(for: role) ? " (uncertain)" : ""
                            }
                            return [row.label] + zip(row.values, marks).map { $0 + $1 }
                        },
                        maxColumnWidth: 40
                    ).rendered
                )
            }
        }
    }
}

func printJSON(_ data: Data) throws {
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}
