/// A bounded-variable primal simplex method on the revised form, with a sparse LU of the basis kept by
/// Forrest–Tomlin updates, geometric scaling, a composite phase 1 (minimising the sum of infeasibilities), the Harris
/// two-pass ratio test, and Bland's rule as a fallback against cycling. Deterministic: the same model gives
/// the same answer.
struct Simplex {
    enum Status {
        case optimal, infeasible, unbounded, limit
        /// The dual method proved the optimum worse than `cutoff`.
        case cutoff
    }

    enum Position: Equatable { case basic, lower, upper, zero }

    let m: Int
    let n: Int
    let options: SolverOptions
    /// The columns of [A | -I], scaled, without zeros.
    let columns: PackedVectors
    /// The same matrix by rows, so a row of B⁻¹A can be formed from the few rows B⁻¹ mixes.
    let rows: PackedVectors
    var cost: [Double]
    var lower: [Double]
    var upper: [Double]
    let columnScale: [Double]
    let rowScale: [Double]
    let costSign: Double

    var x: [Double]
    var position: [Position]
    var basis: [Int]
    var factor: BasisFactor?
    var iterations = 0
    /// How many of the iterations were the dual method's.
    var dualIterations = 0
    /// Devex reference weights for pricing, one per column.
    var devex: [Double] = []
    /// Scratch space for a row of B⁻¹A, zero between uses.
    var pivotRow: [Double] = []
    /// Reduced costs, kept up to date by the dual method.
    var reducedCost: [Double] = []
    /// Branch and bound's incumbent in internal terms (minimised, scaled): the dual method stops once its
    /// objective, a lower bound, passes it.
    var cutoff = Double.infinity
    /// Devex pays for its extra row computation only on larger models; small ones price by Dantzig's rule.
    var useDevex: Bool { m >= 200 }
    /// Started from a given basis: skip the perturbed passes, which would wander away from it.
    var warm = false
    let deadline: ContinuousClock.Instant
    let clock = ContinuousClock()

    init(_ lp: LinearProgram, options: SolverOptions, deadline: ContinuousClock.Instant) {
        self.options = options
        self.deadline = deadline
        m = lp.constraints.count
        n = lp.variables.count
        costSign = lp.sense == .maximise ? -1 : 1
        var raw = Array(repeating: [(Int, Double)](), count: n)
        for (i, row) in lp.constraints.enumerated() {
            for term in row.terms { raw[term.index].append((i, term.value)) }
        }
        // Geometric scaling, a few passes, rounded to powers of two so scaling adds no rounding error.
        var rs = [Double](repeating: 1, count: m)
        var cs = [Double](repeating: 1, count: n)
        for _ in 0..<4 {
            var rowMin = [Double](repeating: .infinity, count: m)
            var rowMax = [Double](repeating: 0, count: m)
            for j in 0..<n {
                for (i, v) in raw[j] where v != 0 {
                    let a = abs(v) * rs[i] * cs[j]
                    rowMin[i] = min(rowMin[i], a)
                    rowMax[i] = max(rowMax[i], a)
                }
            }
            for i in 0..<m where rowMax[i] > 0 { rs[i] *= Self.powerOfTwo(1 / (rowMin[i] * rowMax[i]).squareRoot()) }
            for j in 0..<n {
                var low = Double.infinity
                var high = 0.0
                for (i, v) in raw[j] where v != 0 {
                    let a = abs(v) * rs[i] * cs[j]
                    low = min(low, a)
                    high = max(high, a)
                }
                if high > 0 { cs[j] *= Self.powerOfTwo(1 / (low * high).squareRoot()) }
            }
        }
        rowScale = rs
        columnScale = cs
        var byColumn = PackedVectors()
        for j in 0..<n {
            for (i, v) in raw[j] where v != 0 { byColumn.append(i, v * rs[i] * cs[j]) }
            byColumn.endVector()
        }
        for i in 0..<m {
            byColumn.append(i, -1)
            byColumn.endVector()
        }
        columns = byColumn
        // The transpose, by counting.
        var byRow = PackedVectors()
        byRow.start = [Int](repeating: 0, count: m + 1)
        for i in byColumn.index { byRow.start[i + 1] += 1 }
        for i in 0..<m { byRow.start[i + 1] += byRow.start[i] }
        var fill = byRow.start
        byRow.index = [Int](repeating: 0, count: byColumn.index.count)
        byRow.value = [Double](repeating: 0, count: byColumn.index.count)
        for j in 0..<(n + m) {
            for e in byColumn.start[j]..<byColumn.start[j + 1] {
                let i = byColumn.index[e]
                byRow.index[fill[i]] = j
                byRow.value[fill[i]] = byColumn.value[e]
                fill[i] += 1
            }
        }
        rows = byRow
        var c = [Double](repeating: 0, count: n + m)
        for (j, variable) in lp.variables.enumerated() { c[j] = costSign * variable.objective * cs[j] }
        cost = c
        lower = [Double](repeating: 0, count: n + m)
        upper = [Double](repeating: 0, count: n + m)
        for (i, row) in lp.constraints.enumerated() {
            lower[n + i] = row.lower * rs[i]
            upper[n + i] = row.upper * rs[i]
        }
        x = [Double](repeating: 0, count: n + m)
        position = [Position](repeating: .lower, count: n + m)
        basis = []
        prepare(lower: lp.variables.map { $0.lower }, upper: lp.variables.map { $0.upper }, warmStart: nil)
    }

    /// Sets the variables' bounds (in the model's units) and the starting basis: the given one (a branch-and-bound
    /// parent's), or else the all-slack basis with every structural column at the bound nearest zero. The
    /// scaled matrix is kept, so branch and bound reuses one `Simplex` for every node.
    mutating func prepare(lower variableLower: [Double], upper variableUpper: [Double], warmStart: WarmStart?) {
        for j in 0..<n {
            lower[j] = variableLower[j] / columnScale[j]
            upper[j] = variableUpper[j] / columnScale[j]
        }
        factor = nil
        iterations = 0
        dualIterations = 0
        if let warmStart, warmStart.basis.count == m, warmStart.position.count == n + m {
            // Nonbasic columns go to the bound they were at, under the new bounds.
            basis = warmStart.basis
            position = warmStart.position
            for j in 0..<(n + m) where position[j] != .basic {
                switch position[j] {
                case .lower where lower[j].isFinite: x[j] = lower[j]
                case .upper where upper[j].isFinite: x[j] = upper[j]
                default: makeNonbasic(j)
                }
            }
            warm = true
        } else {
            basis = Array(n..<(n + m))
            for j in 0..<n {
                x[j] = 0
                makeNonbasic(j)
            }
            for i in 0..<m { position[n + i] = .basic }
            warm = false
        }
    }

    /// The power of two nearest to `value` (1 for zero, infinite or NaN).
    static func powerOfTwo(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 1 }
        let exponent = value.exponent + (value.significand >= 1.4142135623730951 ? 1 : 0)
        return Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// Makes column j nonbasic at the finite bound nearest its value (at zero when it is free).
    mutating func makeNonbasic(_ j: Int) {
        if lower[j].isFinite && (!upper[j].isFinite || abs(x[j] - lower[j]) <= abs(x[j] - upper[j])) {
            position[j] = .lower
            x[j] = lower[j]
        } else if upper[j].isFinite {
            position[j] = .upper
            x[j] = upper[j]
        } else {
            position[j] = .zero
            x[j] = 0
        }
    }

    /// Factorises the basis afresh. A singular basis is repaired: each dependent column is swapped for the
    /// logical column of a row no pivot covers, and leaves the basis at its nearest bound.
    mutating func refactor() -> Bool {
        for _ in 0...m {
            do {
                // A loop, not a closure: a closure would capture (and copy) the whole simplex.
                var basisColumns = PackedVectors()
                for j in basis {
                    for e in columns.start[j]..<columns.start[j + 1] {
                        basisColumns.append(columns.index[e], columns.value[e])
                    }
                    basisColumns.endVector()
                }
                factor = try BasisFactor(m: m, basis: basisColumns)
                recomputeBasics()
                return true
            } catch {
                var free: Int?
                for row in error.freeRows where position[n + row] != .basic {
                    free = row
                    break
                }
                guard let row = free else { return false }
                let out = basis[error.column]
                basis[error.column] = n + row
                position[n + row] = .basic
                makeNonbasic(out)
            }
        }
        return false
    }

    /// x_B = B⁻¹(−N x_N).
    mutating func recomputeBasics() {
        var rhs = [Double](repeating: 0, count: m)
        for j in 0..<(n + m) where position[j] != .basic && x[j] != 0 {
            for e in columns.start[j]..<columns.start[j + 1] { rhs[columns.index[e]] -= columns.value[e] * x[j] }
        }
        guard let factor else { return }
        let xb = factor.ftran(rhs)
        for (i, j) in basis.enumerated() { x[j] = xb[i] }
    }

    func infeasibility(_ j: Int) -> Double {
        if x[j] < lower[j] - options.primalTolerance { return lower[j] - x[j] }
        if x[j] > upper[j] + options.primalTolerance { return x[j] - upper[j] }
        return 0
    }

    /// Runs phase 1 then phase 2.
    mutating func solve() -> Status {
        if m > options.maximumRows { return .limit }
        devex = [Double](repeating: 1, count: n + m)
        pivotRow = [Double](repeating: 0, count: n + m)
        reducedCost = [Double](repeating: 0, count: n + m)
        if m == 0 {
            // Only bounds: each variable goes to its cheapest bound.
            for j in 0..<n {
                if cost[j] > 0 { if lower[j].isFinite { x[j] = lower[j] } else { return .unbounded } }
                if cost[j] < 0 { if upper[j].isFinite { x[j] = upper[j] } else { return .unbounded } }
            }
            return .optimal
        }
        if let status = solveByDual() { return status }
        // Widen every finite bound by a small pseudo-random amount so that ties in the ratio test (degeneracy)
        // become rare; solve; then shrink the widening and finish from the basis found, ending on the true bounds.
        let trueLower = lower
        let trueUpper = upper
        var status = Status.optimal
        let scales: [Double] = warm ? [0] : [1e-6, 1e-9, 0]
        for (pass, scale) in scales.enumerated() {
            lower = trueLower
            upper = trueUpper
            var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(pass)
            if scale > 0 {
                for j in 0..<(n + m) where lower[j] != upper[j] {
                    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let r = 0.5 + Double(seed >> 11) / Double(1 << 53) * 0.5
                    if lower[j].isFinite { lower[j] -= scale * r * (1 + abs(lower[j])) }
                    if upper[j].isFinite { upper[j] += scale * r * (1 + abs(upper[j])) }
                }
            }
            for j in 0..<(n + m) where position[j] != .basic {
                if position[j] == .lower { x[j] = lower[j].isFinite ? lower[j] : upper[j] }
                if position[j] == .upper { x[j] = upper[j].isFinite ? upper[j] : lower[j] }
            }
            guard refactor() else { return .limit }
            status = iterate()
            if status == .limit { return status }
        }
        return status
    }

    /// Whether some basic variable is out of its bounds (so the iterations minimise infeasibility).
    var isPhaseOne: Bool {
        for j in basis where infeasibility(j) > 0 { return true }
        return false
    }

    var sumOfInfeasibilities: Double {
        var sum = 0.0
        for j in basis { sum += infeasibility(j) }
        return sum
    }

    var costOfPoint: Double {
        var sum = 0.0
        for j in 0..<(n + m) { sum += cost[j] * x[j] }
        return sum
    }

    /// The Harris two-pass ratio test: pass 1 finds the largest step allowed with bounds relaxed by the
    /// tolerance; pass 2 takes, among the rows that block within that step, the largest pivot (under Bland's
    /// rule, the lowest-numbered column). Returns the leaving basis position (−1 if nothing blocks), whether it
    /// leaves at its upper bound, and the step.
    func ratioTest(delta: [Double], phaseOne: Bool, bland: Bool) -> (leaving: Int, atUpper: Bool, step: Double) {
        let tolerance = options.primalTolerance
        // Each limit also says which bound the basic variable reaches.
        func limit(_ i: Int, relaxed: Bool) -> (step: Double, atUpper: Bool)? {
            let j = basis[i]
            let d = delta[i]
            guard abs(d) > options.pivotTolerance else { return nil }
            let tol = relaxed ? tolerance : 0
            if phaseOne && x[j] < lower[j] - tolerance {
                return d > 0 ? ((lower[j] - x[j] + tol) / d, false) : nil
            }
            if phaseOne && x[j] > upper[j] + tolerance {
                return d < 0 ? ((upper[j] - x[j] - tol) / d, true) : nil
            }
            if d > 0 { return upper[j].isFinite ? (max(0, upper[j] - x[j] + tol) / d, true) : nil }
            return lower[j].isFinite ? (max(0, x[j] - lower[j] + tol) / -d, false) : nil
        }
        var maxStep = Double.infinity
        for i in 0..<m { if let t = limit(i, relaxed: true) { maxStep = min(maxStep, t.step) } }
        var leaving = -1
        var leavingAtUpper = false
        var step = Double.infinity
        guard maxStep.isFinite else { return (leaving, leavingAtUpper, step) }
        var bestPivot = 0.0
        for i in 0..<m {
            guard let t = limit(i, relaxed: false), t.step <= maxStep else { continue }
            let size = abs(delta[i])
            if bland ? (leaving < 0 || basis[i] < basis[leaving]) : size > bestPivot {
                bestPivot = size
                leaving = i
                leavingAtUpper = t.atUpper
                step = t.step
            }
        }
        return (leaving, leavingAtUpper, step)
    }

    /// Simplex iterations. While any basic variable is infeasible the cost is the gradient of the sum of
    /// infeasibilities (phase 1); once none is, the true cost (phase 2). Going back to phase 1 when rounding
    /// pushes a basic variable out of its bounds keeps the method honest.
    mutating func iterate() -> Status {
        var lastObjective = Double.infinity
        var wasPhaseOne = true
        var stalled = 0
        var bland = false
        while true {
            if iterations >= options.iterationLimit || clock.now >= deadline { return .limit }
            if factor?.isStale(interval: options.refactorInterval) ?? false {
                guard refactor() else { return .limit }
            }
            // Costs of the basic variables for this phase.
            var cB = [Double](repeating: 0, count: m)
            let phaseOne = isPhaseOne
            if phaseOne != wasPhaseOne {
                wasPhaseOne = phaseOne
                lastObjective = .infinity
            }
            for (i, j) in basis.enumerated() {
                if phaseOne {
                    if x[j] < lower[j] - options.primalTolerance {
                        cB[i] = -1
                    } else if x[j] > upper[j] + options.primalTolerance {
                        cB[i] = 1
                    }
                } else {
                    cB[i] = cost[j]
                }
            }
            let objective = phaseOne ? sumOfInfeasibilities : costOfPoint
            if objective < lastObjective - 1e-12 * max(1, abs(lastObjective)) {
                lastObjective = objective
                stalled = 0
                bland = false
            } else {
                stalled += 1
                if stalled > 50_000 { bland = true }
            }
            guard factor != nil else { return .limit }
            let pi = factor!.btran(cB)
            // Pricing: choose the entering column and the direction it moves.
            var entering = -1
            var direction = 0.0
            var best = 0.0
            for j in 0..<(n + m) where position[j] != .basic {
                if lower[j] == upper[j] { continue }
                var d = phaseOne ? 0 : cost[j]
                for e in columns.start[j]..<columns.start[j + 1] { d -= pi[columns.index[e]] * columns.value[e] }
                let candidate: Double
                switch position[j] {
                case .lower: candidate = d < -options.dualTolerance ? -d : 0
                case .upper: candidate = d > options.dualTolerance ? d : 0
                case .zero: candidate = abs(d) > options.dualTolerance ? abs(d) : 0
                case .basic: candidate = 0
                }
                guard candidate > 0 else { continue }
                if bland {
                    entering = j
                    direction = d < 0 ? 1 : -1
                    break
                }
                // Devex: the reduced cost weighed by an estimate of the edge's length.
                let score = useDevex ? candidate * candidate / devex[j] : candidate
                if score > best {
                    best = score
                    entering = j
                    direction = d < 0 ? 1 : -1
                }
            }
            if entering < 0 { return phaseOne ? .infeasible : .optimal }
            let alpha = factor!.ftran(column: entering, of: columns)
            // Rate of change of each basic variable per unit step of the entering one.
            let delta = alpha.map { -direction * $0 }
            let flipDistance = upper[entering] - lower[entering]
            let (leaving, leavingAtUpper, blockingStep) = ratioTest(delta: delta, phaseOne: phaseOne, bland: bland)
            var step = blockingStep
            if flipDistance.isFinite && flipDistance <= step {
                // The entering variable reaches its other bound first: flip it, the basis stays.
                for (i, j) in basis.enumerated() { x[j] += delta[i] * flipDistance }
                position[entering] = position[entering] == .lower ? .upper : .lower
                x[entering] = position[entering] == .lower ? lower[entering] : upper[entering]
                iterations += 1
                continue
            }
            if leaving < 0 { return phaseOne ? .infeasible : .unbounded }
            step = max(step, 0)
            x[entering] += direction * step
            for (i, j) in basis.enumerated() { x[j] += delta[i] * step }
            let out = basis[leaving]
            // The leaving variable lands exactly on the bound it reached.
            position[out] = leavingAtUpper ? .upper : .lower
            x[out] = leavingAtUpper ? upper[out] : lower[out]
            // Devex weights from the pivot row: w_j = max(w_j, (α_pj / α_pq)² w_q).
            if useDevex {
                updateDevex(alpha: alpha, leaving: leaving, entering: entering, leavingColumn: out)
            }
            position[entering] = .basic
            basis[leaving] = entering
            factor!.update(position: leaving, column: entering, of: columns, pivot: alpha[leaving])
            iterations += 1
            if abs(alpha[leaving]) < 1e-7 {
                guard refactor() else { return .limit }
            }
        }
    }

    /// Devex reference weights from the pivot row: w_j = max(w_j, (α_pj / α_pq)² w_q) for nonbasic j, and
    /// max(w_q / α_pq², 1) for the column that leaves the basis.
    mutating func updateDevex(alpha: [Double], leaving: Int, entering: Int, leavingColumn out: Int) {
        let pivot = alpha[leaving]
        let enteringWeight = devex[entering]
        for j in formPivotRow(leaving) {
            let alphaP = pivotRow[j]
            pivotRow[j] = 0
            guard position[j] != .basic, j != entering else { continue }
            let ratio = alphaP / pivot
            devex[j] = max(devex[j], ratio * ratio * enteringWeight)
        }
        devex[out] = max(enteringWeight / (pivot * pivot), 1)
    }

    /// The final basis, to warm-start a related solve.
    var warmStart: WarmStart { WarmStart(basis: basis, position: position) }

    /// Values of the original variables, unscaled.
    var values: [Double] { (0..<n).map { x[$0] * columnScale[$0] } }

    /// Row duals and reduced costs in the original model's sense and units.
    func duals() -> (rows: [Double], reducedCosts: [Double]) {
        guard let factor, m > 0 else {
            return ([Double](repeating: 0, count: m), (0..<n).map { costSign * cost[$0] / columnScale[$0] })
        }
        let pi = factor.btran(basis.map { cost[$0] })
        let rows = (0..<m).map { costSign * pi[$0] * rowScale[$0] }
        let reduced = (0..<n).map { j -> Double in
            if position[j] == .basic { return 0 }
            var d = cost[j]
            for e in columns.start[j]..<columns.start[j + 1] { d -= pi[columns.index[e]] * columns.value[e] }
            return costSign * d / columnScale[j]
        }
        return (rows, reduced)
    }
}

/// A basis to start a solve from.
struct WarmStart: Sendable {
    var basis: [Int]
    var position: [Simplex.Position]
}
