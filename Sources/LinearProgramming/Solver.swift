/// Solves linear programs with the simplex method and mixed-integer programs by branch and bound on top of it.
public struct Solver: Sendable {
    public var options: SolverOptions

    public init(options: SolverOptions = SolverOptions()) { self.options = options }

    /// Solves `lp`. Throws only for a model that cannot be solved at all (NaN, crossed bounds); every other
    /// outcome (infeasible, unbounded, a limit) is a status in the solution.
    public func solve(_ lp: LinearProgram) throws(LPError) -> Solution {
        try lp.validate()
        let deadline = ContinuousClock().now.advanced(by: .milliseconds(Int64(options.timeLimit * 1000)))
        if lp.hasIntegers { return branchAndBound(lp, deadline: deadline) }
        return solveRelaxation(lp, lower: nil, upper: nil, deadline: deadline)
    }

    func solveRelaxation(
        _ lp: LinearProgram, lower: [Double]?, upper: [Double]?, deadline: ContinuousClock.Instant,
        warmStart: WarmStart? = nil, finalBasis: ((WarmStart) -> Void)? = nil
    ) -> Solution {
        var simplex = Simplex(
            lp, lower: lower, upper: upper, options: options, deadline: deadline, warmStart: warmStart)
        let status = simplex.solve()
        finalBasis?(simplex.warmStart)
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

    /// Best-bound branch and bound with depth-first dives, branching on the most fractional variable,
    /// and a rounding heuristic at every node.
    func branchAndBound(_ lp: LinearProgram, deadline: ContinuousClock.Instant) -> Solution {
        struct Node {
            var lower: [Double]
            var upper: [Double]
            var bound: Double
            var depth: Int
            /// The parent's optimal basis, to start this node's LP from.
            var basis: WarmStart?
        }
        let sign: Double = lp.sense == .minimise ? 1 : -1  // work in minimisation terms
        let integers = lp.variables.indices.filter { lp.variables[$0].isInteger }
        let rootLower = lp.variables.map {
            $0.isInteger ? ($0.lower.isFinite ? ($0.lower - 1e-9).rounded(.up) : $0.lower) : $0.lower
        }
        let rootUpper = lp.variables.map {
            $0.isInteger ? ($0.upper.isFinite ? ($0.upper + 1e-9).rounded(.down) : $0.upper) : $0.upper
        }
        for j in integers where rootLower[j] > rootUpper[j] {
            return Solution(status: .infeasible, objective: .nan, values: [])
        }
        var incumbent: [Double]? = nil
        var incumbentValue = Double.infinity
        var open: [Node] = [Node(lower: rootLower, upper: rootUpper, bound: -.infinity, depth: 0, basis: nil)]
        var nodes = 0
        var iterations = 0
        var hitLimit = false
        // One simplex, its scaled matrix built once, re-bounded and warm-started at every node.
        var simplex = Simplex(lp, options: options, deadline: deadline)
        let clock = ContinuousClock()

        func gap(_ bound: Double) -> Double {
            guard incumbent != nil else { return .infinity }
            return (incumbentValue - bound) / max(1e-10, abs(incumbentValue))
        }

        func tryIncumbent(_ values: [Double]) {
            var point = values
            for j in integers { point[j] = point[j].rounded() + 0 }  // + 0 turns −0 into 0
            guard lp.maximumViolation(point) <= 1e-6 else { return }
            let value = sign * lp.objectiveValue(point)
            if value < incumbentValue - 1e-12 {
                incumbentValue = value
                incumbent = point
            }
        }

        while !open.isEmpty {
            if nodes >= options.nodeLimit || clock.now >= deadline {
                hitLimit = true
                break
            }
            // Dive depth-first until there is an incumbent, then take the node with the best bound.
            let index: Int
            if incumbent == nil {
                index = open.indices.max { (open[$0].depth, -open[$0].bound) < (open[$1].depth, -open[$1].bound) }!
            } else {
                index = open.indices.min { open[$0].bound < open[$1].bound }!
            }
            let node = open.remove(at: index)
            if incumbent != nil && node.bound >= incumbentValue - options.relativeGap * max(1, abs(incumbentValue)) {
                continue
            }
            nodes += 1
            simplex.prepare(lower: node.lower, upper: node.upper, warmStart: node.basis)
            // The dual method stops as soon as its bound shows the node cannot beat the incumbent.
            simplex.cutoff =
                incumbent == nil
                ? .infinity
                : incumbentValue - sign * lp.objectiveOffset - options.relativeGap * max(1, abs(incumbentValue))
            let status = simplex.solve()
            iterations += simplex.iterations
            switch status {
            case .infeasible, .cutoff: continue
            case .unbounded:
                if incumbent == nil {
                    return Solution(
                        status: .unbounded, objective: sign * -.infinity, values: [], iterations: iterations,
                        nodes: nodes)
                }
                continue
            case .limit:
                hitLimit = true
                open.append(node)
            case .optimal: break
            }
            if status == .limit { break }
            let values = simplex.values
            let nodeBasis = simplex.warmStart
            let bound = sign * lp.objectiveValue(values)
            if incumbent != nil && bound >= incumbentValue - options.relativeGap * max(1, abs(incumbentValue)) {
                continue
            }
            // The most fractional integer variable.
            var branchOn = -1
            var fractionality = options.integralityTolerance
            for j in integers {
                let value = values[j]
                let f = abs(value - value.rounded())
                if f > fractionality {
                    fractionality = f
                    branchOn = j
                }
            }
            if branchOn < 0 {
                tryIncumbent(values)
                continue
            }
            tryIncumbent(values)
            let value = values[branchOn]
            var down = node
            down.basis = nodeBasis
            down.upper[branchOn] = value.rounded(.down)
            down.bound = bound
            down.depth += 1
            var up = node
            up.basis = nodeBasis
            up.lower[branchOn] = value.rounded(.up)
            up.bound = bound
            up.depth += 1
            // Explore the nearer side first when diving.
            if value - value.rounded(.down) < 0.5 {
                open.append(up); open.append(down)
            } else {
                open.append(down); open.append(up)
            }
        }

        let openBound = open.map(\.bound).min() ?? incumbentValue
        let bestBound = min(openBound, incumbentValue)
        guard let incumbent else {
            if hitLimit {
                return Solution(
                    status: .limit, objective: .nan, values: [], bestBound: sign * bestBound, iterations: iterations,
                    nodes: nodes)
            }
            return Solution(status: .infeasible, objective: .nan, values: [], iterations: iterations, nodes: nodes)
        }
        let finalGap = max(0, gap(bestBound))
        return Solution(
            status: hitLimit && finalGap > options.relativeGap ? .limit : .optimal,
            objective: lp.objectiveValue(incumbent), values: incumbent, bestBound: sign * bestBound, gap: finalGap,
            iterations: iterations, nodes: nodes
        )
    }
}
