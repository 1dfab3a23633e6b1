/// A simple presolve, and the postsolve that maps a solution of the reduced model back to the original.
///
/// Repeated until nothing changes:
/// - a row with no variables left is dropped (or proves the model infeasible), as is a row with no finite side;
/// - a row with one variable becomes a bound on that variable (rounded inwards for an integer variable);
/// - a variable whose bounds meet is fixed: it moves into the rows' sides and the objective's constant;
/// - a variable in no row is fixed at its cheapest finite bound (left in when that bound is infinite, so the
///   simplex can say the model is unbounded).
///
/// Postsolve restores the removed variables' values; for LPs, a removed singleton row whose implied bound is
/// the one the variable sits at takes over that variable's reduced cost as its dual, every other removed row
/// has dual zero, and every reduced cost is recomputed as cⱼ − Σᵢ yᵢaᵢⱼ over the original rows.
struct Presolve {
    let original: LinearProgram
    /// The model to solve; nil when presolve proved the original infeasible.
    private(set) var reduced: LinearProgram?
    /// The original index of each variable and row kept in `reduced`.
    private var keptColumns: [Int] = []
    private var keptRows: [Int] = []
    /// Whether some row's coefficients were tightened (MILPs only).
    private var tightened = false
    /// The reduced index of each original variable (−1 if removed).
    private var keptIndex: [Int] = []
    /// The value of each original variable presolve removed.
    private var fixed: [Double?] = []
    /// Singleton rows removed, in order: the row, its variable and coefficient.
    private var singletons: [(row: Int, column: Int, value: Double)] = []
    /// The original matrix by columns: (row, value).
    private let columns: [[(Int, Double)]]

    /// Whether presolve removed or tightened anything (if not, solve the original as it is).
    var changed: Bool {
        tightened
            || (reduced.map {
                $0.variables.count < original.variables.count || $0.constraints.count < original.constraints.count
            } ?? true)
    }

    init(_ lp: LinearProgram) {
        original = lp
        let n = lp.variables.count
        let m = lp.constraints.count
        var byColumn = Array(repeating: [(Int, Double)](), count: n)
        for (i, row) in lp.constraints.enumerated() {
            for term in row.terms where term.value != 0 { byColumn[term.index].append((i, term.value)) }
        }
        columns = byColumn
        var fixedValue = [Double?](repeating: nil, count: n)
        var lower = lp.variables.map { $0.lower }
        var upper = lp.variables.map { $0.upper }
        var rowLower = lp.constraints.map { $0.lower }
        var rowUpper = lp.constraints.map { $0.upper }
        var rowAlive = Array(repeating: true, count: m)
        var rowCount = lp.constraints.map { $0.terms.filter { $0.value != 0 }.count }
        var columnCount = byColumn.map { $0.count }
        var offset = lp.objectiveOffset
        let tolerance = 1e-9

        func fix(_ j: Int, at value: Double) {
            fixedValue[j] = value
            offset += lp.variables[j].objective * value
            for (i, a) in byColumn[j] where rowAlive[i] {
                rowLower[i] -= a * value
                rowUpper[i] -= a * value
                rowCount[i] -= 1
            }
        }

        var changed = true
        while changed {
            changed = false
            for i in 0..<m where rowAlive[i] {
                if rowCount[i] == 0 || (rowLower[i] == -.infinity && rowUpper[i] == .infinity) {
                    if rowCount[i] == 0
                        && (rowLower[i] > tolerance * (1 + abs(rowLower[i]))
                            || rowUpper[i] < -tolerance * (1 + abs(rowUpper[i])))
                    {
                        return
                    }
                    rowAlive[i] = false
                    for term in lp.constraints[i].terms where term.value != 0 && fixedValue[term.index] == nil {
                        columnCount[term.index] -= 1
                    }
                    changed = true
                } else if rowCount[i] == 1 {
                    guard
                        let term = lp.constraints[i].terms.first(where: { $0.value != 0 && fixedValue[$0.index] == nil }
                        )
                    else { continue }
                    let (j, a) = (term.index, term.value)
                    var low = (a > 0 ? rowLower[i] : rowUpper[i]) / a
                    var high = (a > 0 ? rowUpper[i] : rowLower[i]) / a
                    if lp.variables[j].isInteger {
                        low = (low - 1e-9).rounded(.up)
                        high = (high + 1e-9).rounded(.down)
                    }
                    lower[j] = max(lower[j], low)
                    upper[j] = min(upper[j], high)
                    if lower[j] > upper[j] {
                        guard lower[j] - upper[j] <= tolerance * (1 + abs(lower[j])) else {
                            return
                        }
                        upper[j] = lower[j]
                    }
                    singletons.append((i, j, a))
                    rowAlive[i] = false
                    columnCount[j] -= 1
                    changed = true
                }
            }
            for j in 0..<n where fixedValue[j] == nil {
                if lower[j] == upper[j] {
                    fix(j, at: lower[j])
                    changed = true
                } else if columnCount[j] == 0 {
                    let c = (lp.sense == .minimise ? 1 : -1) * lp.variables[j].objective
                    let value = c > 0 ? lower[j] : c < 0 ? upper[j] : min(max(0, lower[j]), upper[j])
                    guard value.isFinite else { continue }
                    fix(j, at: value)
                    changed = true
                }
            }
        }
        fixed = fixedValue
        let hasIntegers = lp.hasIntegers  // once: it scans every variable
        var model = LinearProgram(name: lp.name, sense: lp.sense, objectiveOffset: offset)
        var newIndex = Array(repeating: -1, count: n)
        for j in 0..<n where fixedValue[j] == nil {
            newIndex[j] = model.variables.count
            keptColumns.append(j)
            var variable = lp.variables[j]
            variable.lower = lower[j]
            variable.upper = upper[j]
            model.variables.append(variable)
        }
        for i in 0..<m where rowAlive[i] {
            keptRows.append(i)
            let row = lp.constraints[i]
            var terms = row.terms.compactMap { term in
                newIndex[term.index] >= 0 && term.value != 0 ? (index: newIndex[term.index], value: term.value) : nil
            }
            var low = rowLower[i]
            var high = rowUpper[i]
            // A one-sided row over binary variables: tighten its coefficients (see `CoverCuts.tighten`).
            if hasIntegers && low.isFinite != high.isFinite
                && terms.allSatisfy({ CoverCuts.isBinary(model.variables[$0.index]) })
            {
                if high.isFinite, let tight = CoverCuts.tighten(terms, atMost: high) {
                    (terms, high) = (tight.terms, tight.capacity)
                    tightened = true
                } else if low.isFinite,
                    let tight = CoverCuts.tighten(terms.map { ($0.index, -$0.value) }, atMost: -low)
                {
                    (terms, low) = (tight.terms.map { ($0.index, -$0.value) }, -tight.capacity)
                    tightened = true
                }
            }
            model.constraints.append(.init(name: row.name, terms: terms, lower: low, upper: high))
        }
        reduced = model
        keptIndex = newIndex
    }

    /// The solution of the reduced model in the original model's terms.
    func postsolve(_ solution: Solution) -> Solution {
        guard solution.values.count == keptColumns.count, solution.status == .optimal || !solution.values.isEmpty
        else { return solution }
        var values = fixed.map { $0 ?? 0 }
        for (k, j) in keptColumns.enumerated() { values[j] = solution.values[k] }
        var result = solution
        result.values = values
        result.objective = original.objectiveValue(values)
        guard solution.rowDuals.count == keptRows.count, solution.reducedCosts.count == keptColumns.count,
            !original.hasIntegers
        else { return result }
        var duals = Array(repeating: 0.0, count: original.constraints.count)
        for (k, i) in keptRows.enumerated() { duals[i] = solution.rowDuals[k] }
        // Σ yᵢaᵢⱼ over the singleton rows of a kept column whose duals are set so far.
        var singletonShare = Array(repeating: 0.0, count: original.variables.count)
        func reducedCost(_ j: Int) -> Double {
            if keptIndex[j] >= 0 { return solution.reducedCosts[keptIndex[j]] - singletonShare[j] }
            return columns[j].reduce(original.variables[j].objective) { $0 - duals[$1.0] * $1.1 }
        }
        // In minimisation terms a positive reduced cost needs the variable held at a lower bound, a negative one
        // at an upper bound. Where its own bound does not hold it there, the singleton row that does takes the
        // reduced cost over as its dual (positive at the row's lower side, negative at its upper side).
        let sense: Double = original.sense == .minimise ? 1 : -1
        func near(_ a: Double, _ b: Double) -> Bool { b.isFinite && abs(a - b) <= 1e-9 * (1 + abs(b)) }
        let activities = original.activities(values)
        for (i, j, a) in singletons.reversed() {
            let d = sense * reducedCost(j)
            let variable = original.variables[j]
            if d == 0 || (d > 0 && near(values[j], variable.lower)) || (d < 0 && near(values[j], variable.upper)) {
                continue
            }
            let row = original.constraints[i]
            let dual = reducedCost(j) / a
            let side = sense * dual > 0 ? row.lower : row.upper
            guard near(activities[i], side) else { continue }
            duals[i] = dual
            singletonShare[j] += dual * a
        }
        result.rowDuals = duals
        result.reducedCosts = original.variables.indices.map(reducedCost)
        return result
    }
}
