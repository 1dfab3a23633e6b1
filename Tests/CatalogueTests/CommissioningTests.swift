import Foundation
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
        #expect(after < before / 2)
        // Today's commissions cost more than this budget, so the plan must trade shortfall for cost.
        let budget = 300_000_000.0
        let report = try Self.planner.commission(
            ProjectionScenario(years: 6, runs: 50, supervisionRatio: 0.2, trainingBudget: budget))
        let plan = try #require(report.commissioning)
        #expect(plan.defaultCost[0] > budget)
        for cost in plan.cost { #expect(cost <= budget * (1 + 1e-6)) }
        #expect(plan.roles.allSatisfy { $0.places.allSatisfy { $0 >= 0 } })
        #expect(plan.notes.contains { $0.contains("supervise") })
    }

    @Test func moreSupervisorsNeverMeanMoreShortfall() throws {
        var last = Double.infinity
        for ratio in [0.05, 0.15, 0.4] {
            let plan = try #require(
                try Self.planner.commission(ProjectionScenario(years: 6, runs: 20, supervisionRatio: ratio))
                    .commissioning)
            let shortfall = plan.roles.reduce(0.0) { $0 + $1.shortfallAfter.reduce(0, +) }
            #expect(shortfall <= last + 1e-6)
            last = shortfall
        }
    }
}
