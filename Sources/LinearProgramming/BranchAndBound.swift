/// Branch and bound for mixed-integer programs, on one `Simplex` whose scaled matrix is built once.
///
/// - **Nodes** are solved by the dual simplex from their parent's optimal basis, which stays dual feasible
///   when a bound is tightened; a node stops as soon as its bound shows it cannot beat the incumbent.
/// - **Node order**: depth-first dives until an incumbent exists (nearer side first), then best bound.
/// - **Branching** on pseudo-costs: each integer variable's average rise of the bound per unit of distance
///   moved, down and up, learnt from the nodes solved so far (the average of all variables stands in for one
///   not yet branched on). The variable with the largest product of its estimated down and up rises is chosen.
/// - **Heuristics**: simple rounding at every node; and fix-and-resolve, which fixes every integer variable at
///   a rounded value (nearest, up, then down) and solves the LP left over the continuous variables, at the
///   root, at every node until an incumbent exists, and at every 50th node after.
struct BranchAndBound {
    struct Node {
        var lower: [Double]
        var upper: [Double]
        /// The parent's LP bound, in minimisation terms.
        var bound: Double
        var depth: Int
        /// The parent's optimal basis, to start this node's LP from.
        var basis: WarmStart?
        /// The branching that made this node: the variable, the direction (0 down, 1 up), and how far the
        /// parent's value lay from the new bound.
        var branch: (variable: Int, direction: Int, distance: Double)?
    }

    let lp: LinearProgram
    let options: SolverOptions
    let deadline: ContinuousClock.Instant
    /// 1 to minimise, −1 to maximise: the search works in minimisation terms.
    let sign: Double
    let integers: [Int]
    var simplex: Simplex
    var incumbent: [Double]?
    var incumbentValue = Double.infinity
    var open: [Node] = []
    var nodes = 0
    var iterations = 0
    var hitLimit = false
    /// The least bound of the nodes set aside because they could not beat the incumbent by more than the gap:
    /// the proved bound must still count them.
    var prunedBound = Double.infinity
    /// Sums and counts of observed bound rises per unit distance, [direction][variable].
    var pseudoSum: [[Double]]
    var pseudoCount: [[Int]]

    init(_ lp: LinearProgram, options: SolverOptions, deadline: ContinuousClock.Instant) {
        self.lp = lp
        self.options = options
        self.deadline = deadline
        sign = lp.sense == .minimise ? 1 : -1
        integers = lp.variables.indices.filter { lp.variables[$0].isInteger }
        simplex = Simplex(lp, options: options, deadline: deadline)
        pseudoSum = Array(repeating: Array(repeating: 0, count: lp.variables.count), count: 2)
        pseudoCount = Array(repeating: Array(repeating: 0, count: lp.variables.count), count: 2)
    }

    /// A node whose bound reaches this cannot improve the incumbent by more than the relative gap.
    var pruneLevel: Double {
        incumbent == nil ? .infinity : incumbentValue - options.relativeGap * max(1, abs(incumbentValue))
    }

    mutating func run() -> Solution {
        let rootLower = lp.variables.map {
            $0.isInteger ? ($0.lower.isFinite ? ($0.lower - 1e-9).rounded(.up) : $0.lower) : $0.lower
        }
        let rootUpper = lp.variables.map {
            $0.isInteger ? ($0.upper.isFinite ? ($0.upper + 1e-9).rounded(.down) : $0.upper) : $0.upper
        }
        for j in integers where rootLower[j] > rootUpper[j] {
            return Solution(status: .infeasible, objective: .nan, values: [])
        }
        open = [Node(lower: rootLower, upper: rootUpper, bound: -.infinity, depth: 0)]
        let clock = ContinuousClock()
        while !open.isEmpty {
            if nodes >= options.nodeLimit || clock.now >= deadline {
                hitLimit = true
                break
            }
            let node = open.remove(at: nextNode())
            if node.bound >= pruneLevel {
                prunedBound = min(prunedBound, node.bound)
                continue
            }
            nodes += 1
            let status = solve(lower: node.lower, upper: node.upper, from: node.basis)
            switch status {
            case .infeasible, .cutoff:
                // The child cannot beat the incumbent: its rise was at least the distance to the prune level.
                if let branch = node.branch, node.bound.isFinite, pruneLevel.isFinite {
                    learn(branch, rise: pruneLevel - node.bound)
                }
                if status == .cutoff { prunedBound = min(prunedBound, pruneLevel) }
                continue
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
            let basis = simplex.warmStart
            let bound = sign * lp.objectiveValue(values)
            if let branch = node.branch, node.bound.isFinite { learn(branch, rise: bound - node.bound) }
            if bound >= pruneLevel {
                prunedBound = min(prunedBound, bound)
                continue
            }
            let branchOn = branchingVariable(values)
            tryIncumbent(values)
            if branchOn < 0 { continue }
            if node.depth == 0 || incumbent == nil || nodes % 50 == 0 {
                fixAndResolve(values, lower: node.lower, upper: node.upper, basis: basis)
                if bound >= pruneLevel {
                    prunedBound = min(prunedBound, bound)
                    continue
                }
            }
            let value = values[branchOn]
            var down = node
            down.basis = basis
            down.upper[branchOn] = value.rounded(.down)
            down.bound = bound
            down.depth += 1
            down.branch = (branchOn, 0, value - value.rounded(.down))
            var up = down
            up.upper[branchOn] = node.upper[branchOn]
            up.lower[branchOn] = value.rounded(.up)
            up.branch = (branchOn, 1, value.rounded(.up) - value)
            // The nearer side is explored first when diving (the later node, at the same depth).
            if value - value.rounded(.down) < 0.5 {
                open.append(up)
                open.append(down)
            } else {
                open.append(down)
                open.append(up)
            }
        }
        return result()
    }

    /// The index in `open` of the node to solve next: the deepest (the latest among equals) while diving for a
    /// first incumbent, then the best bound (the deepest among equals).
    func nextNode() -> Int {
        var best = open.count - 1
        for (i, node) in open.enumerated() {
            let better =
                incumbent == nil
                ? node.depth > open[best].depth
                : node.bound < open[best].bound || (node.bound == open[best].bound && node.depth > open[best].depth)
            if better { best = i }
        }
        return best
    }

    /// Solves the LP under these bounds, from `basis` if given, stopping early once it cannot beat the incumbent.
    mutating func solve(lower: [Double], upper: [Double], from basis: WarmStart?) -> Simplex.Status {
        simplex.prepare(lower: lower, upper: upper, warmStart: basis)
        simplex.cutoff = pruneLevel - sign * lp.objectiveOffset
        let status = simplex.solve()
        iterations += simplex.iterations
        return status
    }

    /// Records the rise of the bound that a branching caused.
    mutating func learn(_ branch: (variable: Int, direction: Int, distance: Double), rise: Double) {
        pseudoSum[branch.direction][branch.variable] += max(0, rise) / branch.distance
        pseudoCount[branch.direction][branch.variable] += 1
    }

    /// The fractional integer variable with the largest product of estimated bound rises down and up (−1 if
    /// every integer variable is integral).
    func branchingVariable(_ values: [Double]) -> Int {
        var average = [1.0, 1.0]
        for direction in 0..<2 {
            var sum = 0.0
            var count = 0
            for j in integers where pseudoCount[direction][j] > 0 {
                sum += pseudoSum[direction][j] / Double(pseudoCount[direction][j])
                count += 1
            }
            if count > 0 && sum > 0 { average[direction] = sum / Double(count) }
        }
        var chosen = -1
        var bestScore = -1.0
        for j in integers {
            let f = values[j] - values[j].rounded(.down)
            guard min(f, 1 - f) > options.integralityTolerance else { continue }
            let down = f * (pseudoCount[0][j] > 0 ? pseudoSum[0][j] / Double(pseudoCount[0][j]) : average[0])
            let up = (1 - f) * (pseudoCount[1][j] > 0 ? pseudoSum[1][j] / Double(pseudoCount[1][j]) : average[1])
            let score = max(down, 1e-6) * max(up, 1e-6)
            if score > bestScore {
                bestScore = score
                chosen = j
            }
        }
        return chosen
    }

    /// Takes `values` with its integer variables rounded as the incumbent if that point is feasible and better.
    mutating func tryIncumbent(_ values: [Double]) {
        var point = values
        for j in integers { point[j] = point[j].rounded() + 0 }  // + 0 turns −0 into 0
        guard lp.maximumViolation(point) <= 1e-6 else { return }
        let value = sign * lp.objectiveValue(point)
        if value < incumbentValue - 1e-12 {
            incumbentValue = value
            incumbent = point
        }
    }

    /// Fixes the integer variables at rounded values within the node's bounds (nearest, then up, then down,
    /// stopping at the first that gives a better incumbent) and solves for the continuous ones.
    mutating func fixAndResolve(_ values: [Double], lower: [Double], upper: [Double], basis: WarmStart) {
        for rule in [FloatingPointRoundingRule.toNearestOrAwayFromZero, .up, .down] {
            var fixedLower = lower
            var fixedUpper = upper
            for j in integers {
                let value = min(max(values[j].rounded(rule), lower[j]), upper[j])
                fixedLower[j] = value
                fixedUpper[j] = value
            }
            let before = incumbentValue
            if solve(lower: fixedLower, upper: fixedUpper, from: basis) == .optimal { tryIncumbent(simplex.values) }
            if incumbentValue < before { return }
        }
    }

    func result() -> Solution {
        let openBound = open.map { $0.bound }.min() ?? incumbentValue
        let bestBound = min(openBound, prunedBound, incumbentValue)
        guard let incumbent else {
            if hitLimit {
                return Solution(
                    status: .limit, objective: .nan, values: [], bestBound: sign * bestBound, iterations: iterations,
                    nodes: nodes)
            }
            return Solution(status: .infeasible, objective: .nan, values: [], iterations: iterations, nodes: nodes)
        }
        let gap = max(0, (incumbentValue - bestBound) / max(1e-10, abs(incumbentValue)))
        return Solution(
            status: hitLimit && gap > options.relativeGap ? .limit : .optimal,
            objective: lp.objectiveValue(incumbent), values: incumbent, bestBound: sign * bestBound, gap: gap,
            iterations: iterations, nodes: nodes
        )
    }
}
