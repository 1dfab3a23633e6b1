/// The outcome of a solve.
public struct Solution: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case optimal, infeasible, unbounded
        /// The iteration, node or time limit was reached; `values` holds the best point found, if any.
        case limit
    }

    public var status: Status
    /// The objective at `values`, in the model's own sense, including its constant.
    public var objective: Double
    /// One value per variable (empty when nothing feasible was found).
    public var values: [Double]
    /// For LPs solved to optimality: one dual value (shadow price) per constraint: the rate at which the
    /// optimal objective changes per unit increase of that constraint's binding side, in the model's sense.
    /// Zero for a constraint that does not bind. (For a minimisation, relaxing a binding ≤ row has a dual ≤ 0.)
    public var rowDuals: [Double]
    /// For LPs solved to optimality: each variable's reduced cost, the rate at which the objective changes per
    /// unit increase of the variable from its bound (zero for a variable strictly between its bounds).
    public var reducedCosts: [Double]
    /// For MILPs: the best bound on the optimum proved, and the relative gap between it and `objective`.
    public var bestBound: Double?
    public var gap: Double?
    public var iterations: Int
    public var nodes: Int

    public init(
        status: Status, objective: Double, values: [Double], rowDuals: [Double] = [], reducedCosts: [Double] = [],
        bestBound: Double? = nil, gap: Double? = nil, iterations: Int = 0, nodes: Int = 0
    ) {
        self.status = status
        self.objective = objective
        self.values = values
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.bestBound = bestBound
        self.gap = gap
        self.iterations = iterations
        self.nodes = nodes
    }
}

/// Tolerances and limits, with the defaults documented.
public struct SolverOptions: Sendable, Equatable {
    /// A bound or row may be violated by this much (after scaling) and still count as satisfied.
    public var primalTolerance = 1e-7
    /// A reduced cost this close to zero counts as zero (optimality).
    public var dualTolerance = 1e-7
    /// Ratio-test pivots smaller than this (after scaling) are refused, in the primal and the dual method.
    public var pivotTolerance = 1e-7
    /// Simplex iterations per LP solve.
    public var iterationLimit = 200_000
    /// Branch-and-bound nodes.
    public var nodeLimit = 100_000
    /// Wall-clock limit for the whole solve, in seconds.
    public var timeLimit: Double = 60
    /// An absolute deadline, for a limit shared by several solves (a team design's many solves under one
    /// request's time limit); the earlier of this and `timeLimit` applies.
    public var deadline: ContinuousClock.Instant?
    /// Relative gap at which branch and bound stops.
    public var relativeGap = 1e-6
    /// A value within this distance of an integer counts as integral.
    public var integralityTolerance = 1e-6
    /// Refactorise the basis after this many updates (or sooner, once the updates hold more nonzeros than
    /// the factors).
    public var refactorInterval = 400
    /// Simplify the model before solving (see `Presolve`), and map the answer back.
    public var presolve = true
    /// Larger models stop at once with status `limit`.
    public var maximumRows = 100_000

    public init() {}
}
