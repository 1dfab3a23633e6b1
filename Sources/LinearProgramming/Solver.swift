/// Solves linear programs with the simplex method and mixed-integer programs by branch and bound on top of it.
public struct Solver: Sendable {
    public var options: SolverOptions

    public init(options: SolverOptions = SolverOptions()) { self.options = options }

    /// Solves `lp`. Throws only for a model that cannot be solved at all (NaN, crossed bounds); every other
    /// outcome (infeasible, unbounded, a limit) is a status in the solution.
    public func solve(_ lp: LinearProgram) throws(LPError) -> Solution {
        try lp.validate()
        // Clamped before the conversion: a limit of 1e300 seconds must not trap in Int64.
        let limit = options.timeLimit.isFinite ? min(max(options.timeLimit, 0), 1e9) : 1e9
        var deadline = ContinuousClock().now.advanced(by: .milliseconds(Int64(limit * 1000)))
        if let shared = options.deadline, shared < deadline { deadline = shared }
        guard options.presolve else { return solveAsGiven(lp, deadline: deadline) }
        let presolve = Presolve(lp)
        guard let reduced = presolve.reduced else { return Solution(status: .infeasible, objective: .nan, values: []) }
        guard presolve.changed else { return solveAsGiven(lp, deadline: deadline) }
        return presolve.postsolve(solveAsGiven(reduced, deadline: deadline))
    }

    func solveAsGiven(_ lp: LinearProgram, deadline: ContinuousClock.Instant) -> Solution {
        if lp.hasIntegers { return branchAndBound(lp, deadline: deadline) }
        return solveRelaxation(lp, deadline: deadline)
    }

    func solveRelaxation(_ lp: LinearProgram, deadline: ContinuousClock.Instant) -> Solution {
        var simplex = Simplex(lp, options: options, deadline: deadline)
        let status = simplex.solve()
        switch status {
        case .optimal:
            let values = simplex.values
            let duals = simplex.duals()
            return Solution(
                status: .optimal, objective: lp.objectiveValue(values), values: values, rowDuals: duals.rows,
                reducedCosts: duals.reducedCosts, iterations: simplex.iterations
            )
        case .infeasible:
            return Solution(status: .infeasible, objective: .nan, values: [], iterations: simplex.iterations)
        case .unbounded:
            return Solution(
                status: .unbounded, objective: lp.sense == .minimise ? -.infinity : .infinity, values: [],
                iterations: simplex.iterations
            )
        case .limit, .cutoff:
            return Solution(status: .limit, objective: .nan, values: [], iterations: simplex.iterations)
        }
    }

    /// Branch and bound, after rounds of cover cuts at the root (for models with all-binary rows): each round
    /// solves the LP relaxation and adds the cover cuts its point violates, until none is found, the bound stops
    /// rising, or 50 rounds have run. The cuts are valid for every integer point, so the search keeps them.
    func branchAndBound(_ lp: LinearProgram, deadline: ContinuousClock.Instant) -> Solution {
        var model = lp
        var lastBound = -Double.infinity
        let sign: Double = lp.sense == .minimise ? 1 : -1
        let hasKnapsackRows = lp.constraints.contains { row in
            !row.terms.isEmpty && row.terms.allSatisfy { CoverCuts.isBinary(lp.variables[$0.index]) }
        }
        for _ in 0..<(hasKnapsackRows ? 50 : 0) {
            let root = solveRelaxation(model, deadline: deadline)
            guard root.status == .optimal else { break }
            let bound = sign * root.objective
            if bound < lastBound + 1e-6 * max(1, abs(bound)) && lastBound.isFinite { break }
            lastBound = bound
            let cuts = CoverCuts.separate(model, at: root.values)
            if cuts.isEmpty { break }
            model.constraints += cuts
        }
        var search = BranchAndBound(model, options: options, deadline: deadline)
        return search.run()
    }
}
