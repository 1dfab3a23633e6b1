import Foundation
import Testing

@testable import Catalogue
@testable import Workforce

/// The projection built from the bundled catalogue's defaults.
@Suite struct ProjectionPlannerTests {
    static var planner: ProjectionPlanner { ProjectionPlanner(catalogue: ServiceModelTests.catalogue) }

    @Test func theDefaultProjectionStartsFromThePublishedTotalAndLabelsItsFigures() throws {
        let report = try Self.planner.project(ProjectionScenario(runs: 200))
        #expect(abs(report.total.baseline - 27_800) < 1e-6)
        #expect(report.years.first == 2024 && report.years.count == 10)
        #expect(report.places.count == 7)
        #expect(report.roles.count == 19)
        // The Long Term Workforce Plan's 25,000 more posts by 2037, on a straight line from 2023.
        #expect(abs(report.total.target[9] - (27_800 + 25_000 * 10 / 14)) < 1e-6)
        for use in report.parameters {
            #expect(!use.parameter.sources.isEmpty || use.parameter.basis == .assumption, "\(use.label)")
        }
        #expect(report.notes.contains { $0.contains("population") && $0.contains("assumption") })
        let psychologists = try #require(report.roles.first { $0.id == "clinical-psychologist" })
        #expect(psychologists.trainingYears == 3)
        #expect(report.parameters.contains { $0.label == "Clinical psychologist: intake a year" && $0.value == 1100 })
    }

    /// The 36 boards of April 2026 hold exactly the people of the 42 before them, each old board's shares add
    /// up to one, and a projection on the day picks the set in force.
    @Test func theBoardsOfApril2026HoldTheSamePeopleAsThe42() throws {
        let catalogue = ServiceModelTests.catalogue
        let regions = try #require(catalogue.regions)
        #expect(regions.boardSetProblems.isEmpty)
        let old = regions.boardSet(on: CalendarDay("2026-03-31"))
        let new = regions.boardSet(on: CalendarDay("2026-04-01"))
        #expect(old.boards.count == 42 && new.boards.count == 36)
        func total(_ set: BoardSet) throws -> Double {
            try set.boards.reduce(0) { sum, board in sum + (try #require(regions.population(of: board))).value }
        }
        #expect(abs(try total(new) - total(old)) < 1)
        // Unchanged boards keep their published figure; merged ones are derived and show their sum.
        let southWestLondon = try #require(new.boards.first { $0.key == "south-west-london" })
        #expect(regions.population(of: southWestLondon)?.derived == false)
        let essex = try #require(new.boards.first { $0.key == "essex" })
        #expect(regions.population(of: essex)?.sum?.contains("×") == true)

        let planner = ProjectionPlanner(catalogue: catalogue.on(try #require(CalendarDay("2026-12-04"))))
        let report = try planner.project(ProjectionScenario(geography: .boards, years: 2, runs: 20))
        #expect(report.places.count == 36 && report.scenario.boardSet == "2026")
        #expect(report.notes.contains { $0.contains("chance of missing its target is the nation's") })
        #expect(report.notes.contains { $0.contains("2024 to 2025 lie before today") })
        var older = ProjectionScenario(geography: .boards, years: 2, runs: 20)
        older.boardSet = "2022"
        #expect(try planner.project(older).places.count == 42)
    }

    @Test func moreTrainingNeverShrinksTheWorkforce() throws {
        var last = 0.0
        for scale in [0.5, 1.0, 1.5] {
            let report = try Self.planner.project(ProjectionScenario(runs: 100, intakeScale: scale))
            #expect(report.total.p50.last! > last)
            last = report.total.p50.last!
        }
    }

    @Test func anImportedBaselineReplacesTheDefaultForItsPlace() throws {
        let csv =
            "region,role,wte,trainees_year1,trainees_year2,trainees_year3\nLondon,clinical-psychologist,5000,0,0,0\n"
        let report = try Self.planner.project(ProjectionScenario(runs: 50, baselineCSV: csv))
        let plain = try Self.planner.project(ProjectionScenario(runs: 50))
        let role = try #require(report.roles.first { $0.id == "clinical-psychologist" })
        let before = try #require(plain.roles.first { $0.id == "clinical-psychologist" })
        #expect(role.baseline > before.baseline)
        #expect(report.notes.contains { $0.contains("1 row of your own starting workforce") })
    }

    @Test func roleAndGroupTargetsReplaceTheirShareOfTheNationalTarget() throws {
        let scenario = ProjectionScenario(
            years: 14, runs: 50,
            roles: [
                "clinical-psychologist": .init(target: 12_000),
                "mental-health-and-wellbeing-practitioner": .init(target: 3_000),
            ],
            groupTargets: ["psychological-practitioners": 2_000])
        let report = try Self.planner.project(scenario)
        func final(_ id: String) throws -> Double { try #require(report.roles.first { $0.id == id }).target[13] }
        #expect(abs(try final("clinical-psychologist") - 12_000) < 1e-6)
        #expect(abs(try final("mental-health-and-wellbeing-practitioner") - 3_000) < 1e-6)
        let practitioners = [
            "psychological-wellbeing-practitioner", "childrens-wellbeing-practitioner",
            "education-mental-health-practitioner", "youth-intensive-psychological-practitioner",
        ]
        let starts = try practitioners.map { id in try #require(report.roles.first { $0.id == id }).baseline }
        let finals = try practitioners.map(final)
        #expect(abs(zip(finals, starts).reduce(0) { $0 + $1.0 - $1.1 } - 2_000) < 1e-6)
        #expect(report.notes.allSatisfy { !$0.contains("Mental health and wellbeing practitioner starts from zero") })
    }

    @Test(arguments: [
        (ProjectionScenario(groupTargets: ["wizards": 5]), "groupTargets.wizards"),
        (ProjectionScenario(runs: 0), "runs"),
        (ProjectionScenario(years: 40), "years"),
        (
            ProjectionScenario(roles: ["clinical-psychologist": .init(leaverRate: 1.5)]),
            "roles.clinical-psychologist.leaverRate"
        ),
        (ProjectionScenario(roles: ["wizard": .init(intake: 3)]), "roles.wizard"),
        (ProjectionScenario(intakeScale: -1), "intakeScale"),
        (ProjectionScenario(targetYear: 1990), "targetYear"),
        (ProjectionScenario(baselineCSV: "region,role,wte\nNarnia,counsellor,3"), "Row 2, column region"),
    ])
    func badScenariosAreRefusedByName(scenario: ProjectionScenario, words: String) {
        #expect {
            try Self.planner.project(scenario)
        } throws: { error in
            (error as? WorkforceError)?.description.contains(words) == true
        }
    }

    @Test func theFormReadsBackWhatItWrites() throws {
        let roles = ServiceModelTests.catalogue.projection?.roles.map(\.role) ?? []
        let scenario = ProjectionScenario(
            name: "Growth", geography: .boards, years: 12, runs: 400, seed: 9, targetAdditional: 20_000,
            targetYear: 2035, intakeScale: 1.25,
            roles: ["counsellor": .init(baseline: 900, leaverRate: 0.1, intake: 120)],
            baselineCSV: "region,role,wte\nLondon,counsellor,3")
        let pairs = scenario.formValues().map { (name: $0.key, value: $0.value) }
        #expect(try ProjectionScenario(form: pairs, roles: roles) == scenario)
    }
}
