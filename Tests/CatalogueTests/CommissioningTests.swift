import Foundation
import LinearProgramming
import Testing

@testable import Catalogue
@testable import Workforce

/// The commissioning optimiser on the bundled defaults, checked against HiGHS on the same exported model
/// (fixtures made by scripts/design-fixtures.sh) and against what any plan must satisfy.
@Suite struct CommissioningTests {
    static var planner: ProjectionPlanner { ProjectionPlanner(catalogue: ServiceModelTests.catalogue) }
    static var folder: URL { Bundle.module.url(forResource: "commissioning", withExtension: nil)! }

    @Test(arguments: ["default", "budget"])
    func theOptimumAgreesWithHiGHS(name: String) throws {
        let scenario = try JSONDecoder().decode(
            ProjectionScenario.self, from: Data(contentsOf: Self.folder.appendingPathComponent("\(name).json")))
        let expected =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.folder.appendingPathComponent("expected.json"))) as? [String: [String: Any]]
        let highs = try #require((expected?["\(name).mps"]?["objective"] as? NSNumber)?.doubleValue)
        let plan = try #require(try Self.planner.commission(scenario).commissioning)
        #expect(plan.placesSolved == plan.placesTotal)
        #expect(abs(plan.objective - highs) <= 1e-6 * abs(highs), "ours \(plan.objective), HiGHS \(highs)")
    }

    @Test func thePlanCutsTheShortfallAndKeepsWithinTheBudget() throws {
        let free = try #require(try Self.planner.commission(ProjectionScenario(years: 6, runs: 50)).commissioning)
        let before = free.roles.reduce(0.0) { $0 + $1.shortfallBefore.reduce(0, +) }
        let after = free.roles.reduce(0.0) { $0 + $1.shortfallAfter.reduce(0, +) }
        #expect(after < before * 0.7)
        #expect(free.national == false)
        // Unconstrained, the plan spends more than this in its last year, so the budget must bind.
        let budget = 650_000_000.0
        #expect(try #require(free.cost.last) > budget)
        let report = try Self.planner.commission(ProjectionScenario(years: 6, runs: 50, trainingBudget: budget))
        let plan = try #require(report.commissioning)
        #expect(plan.national == true)
        for cost in plan.cost { #expect(cost <= budget * (1 + 1e-6)) }
        #expect(plan.bindingLimits.contains { $0.limit == .budget })
        #expect(plan.roles.allSatisfy { $0.places.allSatisfy { $0 >= 0 } })
        #expect(plan.notes.contains { $0.contains("supervise") })
    }

    @Test func moreSupervisorsNeverMeanMoreShortfall() throws {
        var last = Double.infinity
        for ratio in [0.3, 0.45, 0.8] {
            let plan = try #require(
                try Self.planner.commission(ProjectionScenario(years: 6, runs: 20, supervisionRatio: ratio))
                    .commissioning)
            let shortfall = plan.roles.reduce(0.0) { $0 + $1.shortfallAfter.reduce(0, +) }
            #expect(shortfall <= last + 1e-6)
            last = shortfall
        }
    }

    /// Worked by hand: 1,000 WTE leaving at 10% a year, none moving, two years of training with 5% withdrawing
    /// each year and 90% of qualifiers taking an NHS post: 1,000 × 0.1 / (0.9 × 0.95²) = 123.11 places a year.
    @Test func theSustainingIntakeReplacesLeaversAtTheTarget() {
        var role = ProjectionModel.RoleSeries(
            id: "a", name: "A", trainingYears: 2, leaverRateMean: 0.1, leaverRateConcentration: 50,
            withdrawalRateMean: 0.05, withdrawalRateConcentration: 50, nhsPostShare: 0.9, moves: [],
            baseline: [1000], trainees: [[0, 0]], intake: [[0]], target: [[1000]])
        #expect(abs(role.sustainingIntake(for: 1000) - 100 / (0.9 * 0.95 * 0.95)) < 1e-9)
        // With a fifth of the stayers moving on each year, it must also replace them: 1 − 0.9 × 0.8 = 0.28.
        role.moves = [.init(to: 1, share: 0.2)]
        #expect(abs(role.sustainingIntake(for: 1000) - 280 / (0.9 * 0.95 * 0.95)) < 1e-9)
        // And that intake does keep the stock steady under the mean rates, from a steady pipeline.
        role.moves = []
        let steady = role.sustainingIntake(for: 1000)
        role.trainees = [[steady, steady * 0.95]]
        role.intake = [Array(repeating: steady, count: 30)]
        role.target = [Array(repeating: 1000, count: 30)]
        let model = ProjectionModel(
            baseYear: 2023, years: 30, leaverShockSD: 0, regions: [.init(id: "x", name: "X")], roles: [role])
        let path = MeanPath.run(model, place: 0, intake: role.intake, fromStart: true)
        for year in 0..<30 { #expect(abs(path.stock[0][year] - 1000) < 1e-6) }
    }

    /// Every year after the horizon keeps at least the sustaining places of each role with a target, in every
    /// place, and a role without a target keeps today's intake throughout.
    @Test func theTerminalConditionsAreInTheProgram() throws {
        let scenario = ProjectionScenario(years: 5, runs: 10)
        let setup = try Self.planner.commissioningSetup(scenario)
        #expect(setup.model.years == 8)
        var sustained = 0
        for block in setup.blocks {
            for (row, tag) in zip(block.lp.constraints, block.tags) where tag.limit == .sustain {
                #expect(tag.year >= 5)
                let g = block.places[0]
                let role = setup.model.roles[try #require(tag.role)]
                let expected = role.sustainingIntake(for: role.target[g][4])
                #expect(abs(row.lower - expected) <= 1e-6 * max(1, expected))
                sustained += 1
            }
            for tag in block.tags where tag.limit == .keepIntake {
                #expect(
                    setup.plan.roles.contains {
                        $0.id == setup.model.roles[tag.role ?? 0].id && $0.targetBasis == .keepIntake
                    })
            }
        }
        let withTargets = setup.plan.roles.filter { $0.targetBasis != .keepIntake }.count
        #expect(sustained == withTargets * 3 * setup.model.regions.count)
        #expect(setup.plan.roles.allSatisfy { $0.targetBasis != nil && $0.capacity != nil })
        #expect(setup.plan.warnings.contains { $0.contains("Mental health and wellbeing practitioner has no target") })
    }

    @Test func limitsThatCannotHoldTogetherAreNamed() throws {
        func message(_ scenario: ProjectionScenario) -> String {
            do {
                _ = try Self.planner.commission(scenario)
                return ""
            } catch { return error.description }
        }
        let small = ProjectionScenario.RoleOverride(capacity: 1_200)
        let full = message(ProjectionScenario(years: 8, runs: 10, roles: ["clinical-psychologist": small]))
        #expect(full.contains("roles.clinical-psychologist.capacity"))
        #expect(full.contains("to replace its leavers at its 2031 target"))
        #expect(full.contains("Raise the capacity to at least"))
        let slow = message(ProjectionScenario(years: 8, runs: 10, supervisionRatio: 0.5, rampLimit: 0.01))
        #expect(slow.contains("rampLimit"))
        #expect(slow.contains("cannot reach its 2031 target"))
        #expect(slow.contains("would reach it"))
        let broke = message(ProjectionScenario(years: 4, runs: 10, trainingBudget: 1_000))
        #expect(broke.contains("training budget"))
        #expect(broke.contains("No plan keeps these limits together"))
    }
}
