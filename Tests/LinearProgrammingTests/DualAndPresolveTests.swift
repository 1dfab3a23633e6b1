import Testing

@testable import LinearProgramming

/// The dual simplex (cold and warm), branch and bound's cut-off, and presolve with its postsolve. Answers are
/// checked by hand-worked optima and by the optimality certificate (KKT), which does not trust the solver.
@Suite struct DualAndPresolveTests {
    /// A covering model: minimise cost with nonnegative costs and ≥ rows, so the all-slack basis is dual
    /// feasible and the dual method starts at once. Staff of three kinds cover four needs.
    static func covering() -> LinearProgram {
        var lp = LinearProgram()
        let costs = [3.0, 5.0, 4.0]
        let cover: [[Double]] = [[1, 0, 1], [2, 1, 0], [0, 3, 1], [1, 1, 1]]
        let needs = [4.0, 6.0, 5.0, 7.0]
        let x = costs.enumerated().map { lp.addVariable("x\($0.offset)", objective: $0.element) }
        for (k, row) in cover.enumerated() {
            var terms: [LinearProgram.VariableRef: Double] = [:]
            for (j, a) in row.enumerated() where a != 0 { terms[x[j]] = a }
            lp.addConstraint("need\(k)", terms, lower: needs[k])
        }
        return lp
    }

    static let clock = ContinuousClock()
    static var later: ContinuousClock.Instant { clock.now.advanced(by: .seconds(10)) }

    @Test func aColdMinimumCostModelIsSolvedByTheDualMethod() throws {
        let lp = Self.covering()
        var simplex = Simplex(lp, options: SolverOptions(), deadline: Self.later)
        #expect(simplex.solve() == .optimal)
        #expect(simplex.dualIterations > 0)
        var primalOnly = SolverOptions()
        primalOnly.presolve = false
        let solution = try Solver(options: primalOnly).solve(lp)
        // x = (16/3, 5/3, 0): needs 2 and 3 bind, with duals 2/3 and 3, so x2's reduced cost is
        // 4 − 2/3 − 3 = 1/3 ≥ 0; cost 16 + 25/3 = 73/3, worked by hand.
        #expect(abs(solution.objective - 73.0 / 3) < 1e-9)
        #expect(abs(lp.objectiveValue(simplex.values) - 73.0 / 3) < 1e-9)
        #expect(abs(solution.rowDuals[2] - 2.0 / 3) < 1e-9 && abs(solution.rowDuals[3] - 3) < 1e-9)
        #expect(optimalityCertificateFailures(lp, solution).isEmpty)
    }

    @Test func aWarmStartAfterTighteningABoundReachesTheColdAnswer() throws {
        let lp = Self.covering()
        var simplex = Simplex(lp, options: SolverOptions(), deadline: Self.later)
        #expect(simplex.solve() == .optimal)
        let basis = simplex.warmStart
        // Cap x1 (5/3 at the optimum) at 1, as a branch would: the old basis stays dual feasible, only
        // primal infeasible.
        var upper = lp.variables.map(\.upper)
        upper[1] = 1
        simplex.prepare(lower: lp.variables.map(\.lower), upper: upper, warmStart: basis)
        #expect(simplex.solve() == .optimal)
        #expect(simplex.dualIterations > 0)
        var capped = lp
        capped.variables[1].upper = 1
        let cold = try Solver().solve(capped)
        #expect(abs(lp.objectiveValue(simplex.values) - cold.objective) < 1e-9)
        #expect(optimalityCertificateFailures(capped, cold).isEmpty)
    }

    @Test func theDualMethodProvesANodeInfeasibleOrCutOff() {
        let lp = Self.covering()
        var simplex = Simplex(lp, options: SolverOptions(), deadline: Self.later)
        #expect(simplex.solve() == .optimal)
        let basis = simplex.warmStart
        // With every variable capped at 1 the needs cannot be met.
        simplex.prepare(lower: [0, 0, 0], upper: [1, 1, 1], warmStart: basis)
        #expect(simplex.solve() == .infeasible)
        // An incumbent of 20 (below the optimum of 73/3) cuts the node off before it is solved to the end.
        simplex.prepare(lower: [0, 0, 0], upper: [.infinity, .infinity, .infinity], warmStart: nil)
        simplex.cutoff = 20
        #expect(simplex.solve() == .cutoff)
    }

    /// A model presolve takes apart: an empty row, singleton rows on both sides, a fixed variable, a variable
    /// in no row, and a free row.
    static func reducible() -> LinearProgram {
        var lp = LinearProgram(sense: .maximise)
        let a = lp.addVariable("a", upper: 10, objective: 2)
        let b = lp.addVariable("b", upper: 10, objective: 3)
        let fixed = lp.addVariable("fixed", lower: 2, upper: 2, objective: 1)
        let alone = lp.addVariable("alone", upper: 4, objective: 1)
        let c = lp.addVariable("c", lower: -5, upper: 5, objective: -1)
        lp.addConstraint("empty", [:], upper: 3)
        lp.addConstraint("a at most 3", [a: 2], upper: 6)
        lp.addConstraint("b at least 1", [b: -1], upper: -1)
        lp.addConstraint("shared", [a: 1, b: 1, fixed: 1], upper: 9)
        lp.addConstraint("free", [a: 1, c: 1])
        lp.addConstraint("c at least 1", [c: 1], lower: 1)
        return lp
    }

    @Test func presolveRemovesWhatItCanAndPostsolveRestoresValuesAndDuals() throws {
        let lp = Self.reducible()
        let presolve = Presolve(lp)
        let reduced = try #require(presolve.reduced)
        #expect(presolve.changed)
        // Left: a and b in the shared row (the fixed variable moved to its side); c, alone and the rest gone.
        #expect(reduced.variables.map(\.name) == ["a", "b"])
        #expect(reduced.constraints.map(\.name) == ["shared"])
        #expect(reduced.constraints[0].upper == 7)
        #expect(reduced.variables[0].upper == 3 && reduced.variables[1].lower == 1)
        let solution = try Solver().solve(lp)
        // b takes the shared room (7), a none: 3·7 + 2 (fixed) + 4 (alone) − 1 (c) = 26.
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 26) < 1e-9)
        #expect(solution.values.count == lp.variables.count)
        #expect(optimalityCertificateFailures(lp, solution).isEmpty, "\(optimalityCertificateFailures(lp, solution))")
        // The shared row is worth 3 per unit (b's cost); the row holding c at 1 costs 1 per unit.
        #expect(abs(solution.rowDuals[3] - 3) < 1e-9)
        #expect(abs(solution.rowDuals[5] - -1) < 1e-9)
        var none = SolverOptions()
        none.presolve = false
        let plain = try Solver(options: none).solve(lp)
        #expect(abs(plain.objective - solution.objective) < 1e-9)
    }

    @Test func presolveProvesInfeasibilityAndRoundsIntegerBoundsInwards() throws {
        var crossed = LinearProgram()
        let x = crossed.addVariable("x")
        crossed.addConstraint("at least 3", [x: 1], lower: 3)
        crossed.addConstraint("at most 2", [x: 1], upper: 2)
        #expect(Presolve(crossed).reduced == nil)
        #expect(try Solver().solve(crossed).status == .infeasible)

        var integral = LinearProgram()
        let n = integral.addVariable("n", objective: 1, isInteger: true)
        let y = integral.addVariable("y", objective: 1)
        integral.addConstraint("n at least 2.5", [n: 2], lower: 5)
        integral.addConstraint("together", [n: 1, y: 1], lower: 4.5)
        #expect(Presolve(integral).reduced?.variables.first?.lower == 3)
        let solution = try Solver().solve(integral)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 4.5) < 1e-9 && solution.values[0] == 3)
    }
}
