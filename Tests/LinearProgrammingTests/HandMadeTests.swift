import Testing

@testable import LinearProgramming

/// Small models with answers worked out by hand.
@Suite struct HandMadeTests {
    /// max 3x + 2y  s.t.  x + y ≤ 4,  x + 3y ≤ 7,  x ≤ 3  →  x = 3, y = 1, objective 11;
    /// duals: the first row is worth 2 per unit, the second nothing, x's bound 1 per unit.
    @Test func aSmallMaximisationWithDualsAndReducedCosts() throws {
        var lp = LinearProgram(sense: .maximise)
        let x = lp.addVariable("x", upper: 3, objective: 3)
        let y = lp.addVariable("y", objective: 2)
        lp.addConstraint("a", [x: 1, y: 1], upper: 4)
        lp.addConstraint("b", [x: 1, y: 3], upper: 7)
        let solution = try Solver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 11) < 1e-9)
        #expect(abs(solution.values[0] - 3) < 1e-9 && abs(solution.values[1] - 1) < 1e-9)
        #expect(abs(solution.rowDuals[0] - 2) < 1e-9)
        #expect(abs(solution.rowDuals[1]) < 1e-9)
        #expect(abs(solution.reducedCosts[0] - 1) < 1e-9)
        #expect(abs(solution.reducedCosts[1]) < 1e-9)
    }

    @Test func infeasibleAndUnboundedAreSaidSo() throws {
        var infeasible = LinearProgram()
        let a = infeasible.addVariable("a")
        infeasible.addConstraint("low", [a: 1], upper: 1)
        infeasible.addConstraint("high", [a: 1], lower: 2)
        #expect(try Solver().solve(infeasible).status == .infeasible)

        var unbounded = LinearProgram(sense: .maximise)
        let b = unbounded.addVariable("b", objective: 1)
        let c = unbounded.addVariable("c")
        unbounded.addConstraint("r", [b: 1, c: -1], upper: 1)
        #expect(try Solver().solve(unbounded).status == .unbounded)
    }

    /// Beale's example, which cycles under the textbook rule without anti-cycling measures.
    @Test func bealesCyclingExampleIsSolved() throws {
        var lp = LinearProgram()
        let x = (1...4).map { lp.addVariable("x\($0)", objective: [-0.75, 150, -0.02, 6][$0 - 1]) }
        lp.addConstraint("r1", [x[0]: 0.25, x[1]: -60, x[2]: -0.04, x[3]: 9], upper: 0)
        lp.addConstraint("r2", [x[0]: 0.5, x[1]: -90, x[2]: -0.02, x[3]: 3], upper: 0)
        lp.addConstraint("r3", [x[2]: 1], upper: 1)
        let solution = try Solver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - -0.05) < 1e-9)
    }

    /// Free variables and equalities: x − y = 1, x + y = 3 with x, y free → x = 2, y = 1.
    @Test func freeVariablesAndEqualities() throws {
        var lp = LinearProgram()
        let x = lp.addVariable("x", lower: -.infinity, objective: 1)
        let y = lp.addVariable("y", lower: -.infinity, objective: 1)
        lp.addEquality("difference", [x: 1, y: -1], equals: 1)
        lp.addEquality("sum", [x: 1, y: 1], equals: 3)
        let solution = try Solver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.values[0] - 2) < 1e-9 && abs(solution.values[1] - 1) < 1e-9)
    }

    /// A ranged row and a degenerate vertex: min −x − y with 1 ≤ x + y ≤ 2, x ≤ 2, y ≤ 2, x − y = 0.
    @Test func rangesAndDegeneracy() throws {
        var lp = LinearProgram()
        let x = lp.addVariable("x", upper: 2, objective: -1)
        let y = lp.addVariable("y", upper: 2, objective: -1)
        lp.addConstraint("range", [x: 1, y: 1], lower: 1, upper: 2)
        lp.addEquality("same", [x: 1, y: -1], equals: 0)
        lp.addConstraint("redundant", [x: 2, y: 2], upper: 4)
        let solution = try Solver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - -2) < 1e-9)
        #expect(lp.maximumViolation(solution.values) < 1e-9)
    }

    /// A knapsack: max 10a + 13b + 7c + 8d with 3a + 4b + 2c + 3d ≤ 7, binaries → b + d... worked: a + b = 23 (weight 7),
    /// b + c = 20 (6), a + c + ... the best is a, c plus nothing else? 3 + 2 = 5 → 17; b + c = 20 (6); a + b = 23 (7). Optimum 23.
    @Test func aKnapsackMILP() throws {
        var lp = LinearProgram(sense: .maximise)
        let values = [10.0, 13, 7, 8]
        let weights = [3.0, 4, 2, 3]
        let items = values.indices.map { lp.addVariable("i\($0)", upper: 1, objective: values[$0], isInteger: true) }
        lp.addConstraint("weight", Dictionary(uniqueKeysWithValues: zip(items, weights)), upper: 7)
        let solution = try Solver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 23) < 1e-9)
        #expect(solution.values.map { $0.rounded() } == [1, 1, 0, 0])
        #expect((solution.gap ?? 1) <= 1e-6)
        // With a loose gap the search may stop at once, but the bound it reports must still hold: at least the
        // optimum 23 and at most the LP bound 23.5 (items 2 and 0, half of item 1), with the gap it implies.
        var loose = SolverOptions()
        loose.relativeGap = 0.5
        let early = try Solver(options: loose).solve(lp)
        let bound = try #require(early.bestBound)
        #expect(bound >= 23 - 1e-9 && bound <= 23.5 + 1e-9, "bound \(bound)")
        #expect(abs((early.gap ?? -1) - (bound - early.objective) / abs(early.objective)) < 1e-9)
    }

    @Test func anIntegerProgramWhoseRelaxationIsFeasibleButIntegersAreNot() throws {
        var lp = LinearProgram()
        let x = lp.addVariable("x", objective: 1, isInteger: true)
        lp.addConstraint("between", [x: 2], lower: 1, upper: 1.5)
        #expect(try Solver().solve(lp).status == .infeasible)
    }

    @Test func nanAndCrossedBoundsAreRejectedWithTheirName() {
        var lp = LinearProgram()
        lp.addVariable("broken", lower: 3, upper: 1)
        #expect(throws: LPError.self) { try Solver().solve(lp) }
        var nan = LinearProgram()
        let v = nan.addVariable("v")
        nan.addConstraint("bad", [v: .nan], upper: 1)
        do {
            _ = try Solver().solve(nan)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("bad"))
        }
    }
}
