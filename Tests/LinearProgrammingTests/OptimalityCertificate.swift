@testable import LinearProgramming

/// Checks a claimed LP optimum by the Karush–Kuhn–Tucker conditions, without trusting the solver: the point is
/// feasible; every reduced cost equals cⱼ − Σᵢ yᵢaᵢⱼ; and the duals have the signs optimality needs (in
/// minimisation terms, a positive reduced cost only at a lower bound, a negative one only at an upper bound,
/// a positive row dual only at the row's lower side, a negative one only at its upper side). Together these
/// prove that no feasible point is better. Returns what fails, empty when the certificate holds.
func optimalityCertificateFailures(_ lp: LinearProgram, _ solution: Solution, tolerance: Double = 1e-6) -> [String] {
    var failures: [String] = []
    let x = solution.values
    let y = solution.rowDuals
    let d = solution.reducedCosts
    guard x.count == lp.variables.count, y.count == lp.constraints.count, d.count == lp.variables.count else {
        return ["the solution has \(x.count) values, \(y.count) row duals and \(d.count) reduced costs"]
    }
    let violation = lp.maximumViolation(x)
    if violation > 1e-6 { failures.append("the point violates a bound or row by \(violation)") }
    let sense: Double = lp.sense == .minimise ? 1 : -1
    let activity = lp.activities(x)
    // Dual scale: a reduced cost or dual this small (relative to the costs) counts as zero.
    let scale = max(1, lp.variables.map { abs($0.objective) }.max() ?? 1)
    var recomputed = lp.variables.map(\.objective)
    var magnitude = lp.variables.map { abs($0.objective) }
    for (i, row) in lp.constraints.enumerated() {
        for term in row.terms {
            recomputed[term.index] -= y[i] * term.value
            magnitude[term.index] += abs(y[i] * term.value)
        }
    }
    func near(_ a: Double, _ b: Double) -> Bool { b.isFinite && abs(a - b) <= 1e-6 * (1 + abs(b)) }
    for (j, variable) in lp.variables.enumerated() {
        if abs(recomputed[j] - d[j]) > tolerance * (1 + magnitude[j]) {
            failures.append("\(variable.name): reduced cost \(d[j]) but c − Aᵀy = \(recomputed[j])")
        }
        let dj = sense * d[j]
        if dj > tolerance * scale && !near(x[j], variable.lower) {
            failures.append("\(variable.name): reduced cost \(d[j]) away from its lower bound (\(x[j]))")
        }
        if dj < -tolerance * scale && !near(x[j], variable.upper) {
            failures.append("\(variable.name): reduced cost \(d[j]) away from its upper bound (\(x[j]))")
        }
    }
    for (i, row) in lp.constraints.enumerated() {
        let yi = sense * y[i]
        if yi > tolerance * scale && !near(activity[i], row.lower) {
            failures.append("\(row.name): dual \(y[i]) but the row is not at its lower side")
        }
        if yi < -tolerance * scale && !near(activity[i], row.upper) {
            failures.append("\(row.name): dual \(y[i]) but the row is not at its upper side")
        }
    }
    return failures
}
