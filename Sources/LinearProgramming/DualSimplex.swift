/// The bounded-variable dual simplex method, on the same data as the primal method.
///
/// It starts from a basis whose reduced costs have the right signs (dual feasible) and keeps them so, while
/// it drives the basic variables into their bounds one row at a time. Two situations give such a basis:
/// a cold start of a model whose costs push every variable to a finite bound (the all-slack basis of a
/// minimisation with nonnegative costs), and a branch-and-bound node, whose parent's optimal basis stays
/// dual feasible when a bound is tightened. Each iteration:
///
/// 1. **Pricing** (dual devex): the leaving row is the basic variable with the largest infeasibility² / wᵢ,
///    where the reference weights wᵢ estimate the length of the row of B⁻¹ (updated from the pivot column).
/// 2. **Pivot row** αᵣ = eᵣᵀB⁻¹A, formed row by row from the nonzeros of ρ = B⁻ᵀeᵣ.
/// 3. **Ratio test** (Harris, two passes): the largest dual step that keeps every reduced cost within the
///    dual tolerance of the right sign, then among the columns within it the largest |αᵣⱼ|.
/// 4. **Updates**: reduced costs dⱼ −= θ αᵣⱼ; the primal values along the FTRAN'd entering column, so the
///    leaving variable lands exactly on its bound; the factor's Forrest–Tomlin update.
///
/// Reduced costs and primal values are recomputed from scratch at each refactorisation. Boxed columns whose
/// reduced cost has the wrong sign are moved to their other bound; any other dual infeasibility (which
/// rounding can create) hands the basis to the primal method, which finishes from wherever the dual stopped.
extension Simplex {
    enum DualOutcome { case optimal, infeasible, limit, cutoff, abandoned }

    /// d = c − Aᵀπ with π = B⁻ᵀc_B, zero for basic columns.
    mutating func computeReducedCosts() {
        guard factor != nil else { return }
        var basicCost = [Double](repeating: 0, count: m)
        for (i, j) in basis.enumerated() { basicCost[i] = cost[j] }
        let pi = factor!.btran(basicCost)
        for j in 0..<(n + m) {
            if position[j] == .basic {
                reducedCost[j] = 0
                continue
            }
            var d = cost[j]
            for e in columns.start[j]..<columns.start[j + 1] { d -= pi[columns.index[e]] * columns.value[e] }
            reducedCost[j] = d
        }
    }

    /// Moves boxed columns with a wrong-signed reduced cost to their other bound (and recomputes the basic
    /// values if any moved). Another column whose reduced cost is wrong by at most `shiftUpTo` (rounding, or
    /// the Harris ratio test's tolerance) has its cost shifted to make it zero; the true costs come back before
    /// the primal method finishes. False if a larger dual infeasibility remains, so the dual method cannot go on.
    mutating func makeDualFeasible(shiftUpTo: Double = 0) -> Bool {
        let tolerance = options.dualTolerance
        var moved = false
        for j in 0..<(n + m) where position[j] != .basic && lower[j] != upper[j] {
            let d = reducedCost[j]
            let wrong: Bool
            switch position[j] {
            case .lower: wrong = d < -tolerance
            case .upper: wrong = d > tolerance
            case .zero: wrong = abs(d) > tolerance
            case .basic: wrong = false
            }
            guard wrong else { continue }
            if lower[j].isFinite && upper[j].isFinite && position[j] != .zero {
                position[j] = position[j] == .lower ? .upper : .lower
                x[j] = position[j] == .lower ? lower[j] : upper[j]
                moved = true
            } else if abs(d) <= shiftUpTo {
                cost[j] -= d
                reducedCost[j] = 0
            } else {
                return false
            }
        }
        if moved { recomputeBasics() }
        return true
    }

    /// Raises the cost of each column at its lower bound (lowers it at its upper bound) by a small
    /// pseudo-random amount, so that ties in the dual ratio test (dual degeneracy) become rare. The caller
    /// restores the true costs before the primal method finishes.
    mutating func perturbCosts() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for j in 0..<(n + m) where position[j] != .basic && lower[j] != upper[j] {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let r = 1 + Double(seed >> 11) / Double(1 << 53)
            let amount = 2e-6 * r * (1 + abs(cost[j]))
            switch position[j] {
            case .lower: cost[j] += amount
            case .upper: cost[j] -= amount
            default: break
            }
        }
    }

    /// Forms row r of B⁻¹A in `pivotRow` (scratch, zero elsewhere) and returns the columns it touched.
    mutating func formPivotRow(_ r: Int) -> [Int] {
        factor!.sparseBtranUnit(r)
        let rho = factor!.btranValues
        let rhoNonzeros = factor!.btranNonzeros
        var row: [Double] = []
        swap(&row, &pivotRow)
        var touched: [Int] = []
        touched.reserveCapacity(4 * rhoNonzeros.count)
        // Unchecked buffers: every index comes from the packed rows, which hold columns below n + m.
        row.withUnsafeMutableBufferPointer { row in
            rows.start.withUnsafeBufferPointer { start in
                rows.index.withUnsafeBufferPointer { index in
                    rows.value.withUnsafeBufferPointer { value in
                        for i in rhoNonzeros {
                            let factor = rho[i]
                            if factor == 0 { continue }
                            for e in start[i]..<start[i + 1] {
                                let j = index[e]
                                let old = row[j]
                                if old == 0 { touched.append(j) }
                                let new = old + factor * value[e]
                                row[j] = new == 0 ? .leastNonzeroMagnitude : new  // keep it listed once
                            }
                        }
                    }
                }
            }
        }
        swap(&row, &pivotRow)
        return touched
    }

    /// The Harris two-pass dual ratio test on the pivot row in `pivotRow`: the entering column (−1 if none can
    /// enter, so the primal problem is infeasible). `sign` is −1 when the leaving variable rises to its lower
    /// bound, +1 when it falls to its upper bound. A column can enter if it is nonbasic, not fixed, and its pivot
    /// is large enough and of the right sign for its bound; its room is how far its reduced cost can move before
    /// it changes sign. Pass 1 gathers the candidates (usually few of the columns touched) and the largest step
    /// that keeps every reduced cost within the dual tolerance of the right sign; pass 2 takes, among the
    /// candidates whose ratio is within that step, the largest |αᵣⱼ|.
    func dualRatioTest(touched: [Int], sign: Double) -> Int {
        let tolerance = options.dualTolerance
        let pivotTolerance = options.pivotTolerance
        var candidates: [(column: Int, ratio: Double, size: Double)] = []
        var bound = Double.infinity
        // Unchecked buffers: every index is a column the pivot row touched.
        pivotRow.withUnsafeBufferPointer { pivotRow in
            position.withUnsafeBufferPointer { position in
                reducedCost.withUnsafeBufferPointer { reducedCost in
                    lower.withUnsafeBufferPointer { lower in
                        upper.withUnsafeBufferPointer { upper in
                            for j in touched where position[j] != .basic && lower[j] != upper[j] {
                                let a = sign * pivotRow[j]
                                let slack: Double
                                let size: Double
                                switch position[j] {
                                case .lower:
                                    guard a > pivotTolerance else { continue }
                                    (slack, size) = (reducedCost[j], a)
                                case .upper:
                                    guard a < -pivotTolerance else { continue }
                                    (slack, size) = (-reducedCost[j], -a)
                                case .zero:
                                    guard abs(a) > pivotTolerance else { continue }
                                    (slack, size) = (abs(reducedCost[j]), abs(a))
                                case .basic:
                                    continue
                                }
                                bound = min(bound, (slack + tolerance) / size)
                                candidates.append((j, max(slack, 0) / size, size))
                            }
                        }
                    }
                }
            }
        }
        guard bound.isFinite else { return -1 }
        var entering = -1
        var largest = 0.0
        for c in candidates where c.ratio <= bound && c.size > largest {
            largest = c.size
            entering = c.column
        }
        return entering
    }

    /// The square of how far a value lies outside [lower, upper] (beyond the tolerance). Static, on plain
    /// numbers: a method call inside the iteration loop would copy the whole simplex.
    static func squaredGap(_ x: Double, _ lower: Double, _ upper: Double, _ tolerance: Double) -> Double {
        let gap = x < lower - tolerance ? lower - x : x > upper + tolerance ? x - upper : 0
        return gap * gap
    }

    /// The dual update along the pivot row (dⱼ −= θ αᵣⱼ for nonbasic j), clearing the row's scratch as it goes.
    /// Static, on unchecked buffers: every index is a column the pivot row touched.
    static func updateReducedCosts(
        touched: [Int], theta: Double, position: [Position], reducedCost: inout [Double], pivotRow: inout [Double]
    ) {
        position.withUnsafeBufferPointer { position in
            reducedCost.withUnsafeMutableBufferPointer { reducedCost in
                pivotRow.withUnsafeMutableBufferPointer { pivotRow in
                    for j in touched {
                        if position[j] != .basic { reducedCost[j] -= theta * pivotRow[j] }
                        pivotRow[j] = 0
                    }
                }
            }
        }
    }

    /// The primal update along the FTRAN'd entering column (x_B −= α step, off the leaving row), with each
    /// row's squared infeasibility, the rows whose infeasibility crossed zero, and the dual devex weights
    /// wᵢ = max(wᵢ, (αᵢ / αᵣ)² wᵣ). Static, on unchecked buffers: every index is a basis position.
    static func updatePrimal(
        along alpha: [Double], nonzeros: [Int], leaving r: Int, step: Double, pivot: Double, leavingWeight: Double,
        tolerance: Double, basis: [Int], lower: [Double], upper: [Double], listed: [Int], x: inout [Double],
        gaps: inout [Double], weights: inout [Double], changedRows: inout [Int]
    ) {
        alpha.withUnsafeBufferPointer { alpha in
            basis.withUnsafeBufferPointer { basis in
                x.withUnsafeMutableBufferPointer { x in
                    gaps.withUnsafeMutableBufferPointer { gaps in
                        weights.withUnsafeMutableBufferPointer { weights in
                            for i in nonzeros where i != r {
                                let a = alpha[i]
                                if a == 0 { continue }
                                let j = basis[i]
                                x[j] -= a * step
                                gaps[i] = squaredGap(x[j], lower[j], upper[j], tolerance)
                                if (gaps[i] > 0) != (listed[i] >= 0) { changedRows.append(i) }
                                let ratio = a / pivot
                                weights[i] = max(weights[i], ratio * ratio * leavingWeight)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Dual simplex iterations from a dual feasible basis (reduced costs already computed). Stops when every
    /// basic variable is within its bounds (`optimal`), when a row proves the problem infeasible, at a limit,
    /// or (with a finite `cutoff`) once the objective, a lower bound on the optimum, passes the cutoff.
    mutating func dualIterate() -> DualOutcome {
        let tolerance = options.primalTolerance
        let shiftLimit = 1e3 * options.dualTolerance
        var weights = [Double](repeating: 1, count: m)
        // The squared infeasibility of each basic variable, by basis position, kept up to date where x changes,
        // so pricing reads only the rows in the list of infeasible ones.
        var gaps = [Double](repeating: 0, count: m)
        // The positions with a positive gap, and where each sits in that list (−1 if absent).
        var infeasible: [Int] = []
        var listed = [Int](repeating: -1, count: m)
        var changedRows: [Int] = []
        var gapsValid = false
        var checkedInfeasible = false
        while true {
            if iterations >= options.iterationLimit || clock.now >= deadline { return .limit }
            if factor?.isStale(interval: options.refactorInterval) ?? false {
                guard refactor() else { return .abandoned }
                computeReducedCosts()
                guard makeDualFeasible(shiftUpTo: shiftLimit) else { return .abandoned }
                gapsValid = false
            }
            guard factor != nil else { return .abandoned }
            if cutoff.isFinite {
                // The objective here is a lower bound on the node's optimum (a loop: `costOfPoint`, a property,
                // would copy the simplex).
                var objective = 0.0
                for j in 0..<(n + m) { objective += cost[j] * x[j] }
                if objective > cutoff { return .cutoff }
            }
            if !gapsValid {
                infeasible.removeAll(keepingCapacity: true)
                for (i, j) in basis.enumerated() {
                    gaps[i] = Self.squaredGap(x[j], lower[j], upper[j], tolerance)
                    listed[i] = gaps[i] > 0 ? infeasible.count : -1
                    if gaps[i] > 0 { infeasible.append(i) }
                }
                gapsValid = true
            }
            // Pricing: the most infeasible row relative to its weight.
            var r = -1
            gaps.withUnsafeBufferPointer { gaps in
                weights.withUnsafeBufferPointer { weights in
                    var best = 0.0
                    for i in infeasible where gaps[i] > best * weights[i] {
                        best = gaps[i] / weights[i]
                        r = i
                    }
                }
            }
            if r < 0 { return .optimal }
            let p = basis[r]
            let toLower = x[p] < lower[p]
            let target = toLower ? lower[p] : upper[p]
            let touched = formPivotRow(r)
            let q = dualRatioTest(touched: touched, sign: toLower ? -1 : 1)
            let alphaRowQ = q >= 0 ? pivotRow[q] : 0
            if q < 0 {
                for j in touched { pivotRow[j] = 0 }
                // Confirm on a fresh factorisation before declaring the problem infeasible.
                if checkedInfeasible || factor!.updateCount == 0 { return .infeasible }
                checkedInfeasible = true
                guard refactor() else { return .abandoned }
                computeReducedCosts()
                guard makeDualFeasible(shiftUpTo: shiftLimit) else { return .abandoned }
                gapsValid = false
                continue
            }
            checkedInfeasible = false
            factor!.sparseFtran(column: q, of: columns)
            let alpha = factor!.ftranValues
            let alphaNonzeros = factor!.ftranNonzeros
            let pivot = alpha[r]
            if abs(pivot - alphaRowQ) > 1e-6 * (1 + abs(pivot)) || abs(pivot) < 1e-9 {
                // Row and column disagree: the factorisation has drifted. Refactorise and choose again.
                for j in touched { pivotRow[j] = 0 }
                if factor!.updateCount == 0 { return .abandoned }
                guard refactor() else { return .abandoned }
                computeReducedCosts()
                guard makeDualFeasible(shiftUpTo: shiftLimit) else { return .abandoned }
                gapsValid = false
                continue
            }
            // Dual update: the entering reduced cost becomes zero, the leaving one −θ.
            let theta = reducedCost[q] / alphaRowQ
            Self.updateReducedCosts(
                touched: touched, theta: theta, position: position, reducedCost: &reducedCost, pivotRow: &pivotRow)
            reducedCost[q] = 0
            reducedCost[p] = -theta
            // Primal update along the entering column; the leaving variable lands on its bound.
            // Dual devex: wᵢ = max(wᵢ, (αᵢq / αᵣq)² wᵣ), and the entering row's weight from the leaving one.
            let step = (x[p] - target) / pivot
            let leavingWeight = weights[r]
            x[q] += step
            Self.updatePrimal(
                along: alpha, nonzeros: alphaNonzeros, leaving: r, step: step, pivot: pivot,
                leavingWeight: leavingWeight, tolerance: tolerance, basis: basis, lower: lower, upper: upper,
                listed: listed, x: &x, gaps: &gaps, weights: &weights, changedRows: &changedRows)
            x[p] = target
            position[p] = toLower ? .lower : .upper
            weights[r] = max(leavingWeight / (pivot * pivot), 1)
            position[q] = .basic
            basis[r] = q
            gaps[r] = Self.squaredGap(x[q], lower[q], upper[q], tolerance)
            if (gaps[r] > 0) != (listed[r] >= 0) { changedRows.append(r) }
            // Keep the list of infeasible rows in step with the gaps that crossed zero.
            for i in changedRows {
                if gaps[i] > 0 && listed[i] < 0 {
                    listed[i] = infeasible.count
                    infeasible.append(i)
                } else if gaps[i] == 0 && listed[i] >= 0 {
                    let last = infeasible.removeLast()
                    if last != i {
                        infeasible[listed[i]] = last
                        listed[last] = listed[i]
                    }
                    listed[i] = -1
                }
            }
            changedRows.removeAll(keepingCapacity: true)
            factor!.update(position: r, column: q, of: columns, pivot: pivot)
            iterations += 1
            dualIterations += 1
        }
    }

    /// Solves with the dual method when the starting basis allows it, then lets the primal method finish with
    /// the true costs (usually in a few iterations). Nil when the dual method cannot start or gives up, so the
    /// caller solves with the primal method from the current basis.
    mutating func solveByDual() -> Status? {
        guard refactor() else { return nil }
        computeReducedCosts()
        guard makeDualFeasible() else { return nil }
        let trueCost = cost
        if !warm {
            perturbCosts()
            computeReducedCosts()
        }
        let outcome = dualIterate()
        cost = trueCost
        switch outcome {
        case .optimal: return iterate()
        case .abandoned: return nil
        case .infeasible: return .infeasible
        case .cutoff: return .cutoff
        case .limit: return .limit
        }
    }
}
