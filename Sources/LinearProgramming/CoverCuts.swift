/// Knapsack cover cuts for rows whose variables are all binary, separated at the root of branch and bound.
///
/// A row Σ aⱼxⱼ ≤ b over binary variables is first made positive: a variable with a negative coefficient is
/// replaced by its complement (1 − xⱼ), which moves |aⱼ| to the right-hand side. A cover is a set C whose
/// weights exceed the right-hand side, so not all of C can be 1: Σ_C zⱼ ≤ |C| − 1. The separation is greedy
/// (items nearest to 1 per unit of weight first), the cover is then made minimal, and extended by every item
/// at least as heavy as the heaviest in it. Only cuts the LP point violates are returned. A ≥ side is
/// handled as the ≤ side of the negated row.
enum CoverCuts {
    /// Whether variable j is binary (integer with bounds 0 and 1).
    static func isBinary(_ variable: LinearProgram.Variable) -> Bool {
        variable.isInteger && variable.lower == 0 && variable.upper == 1
    }

    /// The cover cuts `values` violates, one per row side at most.
    static func separate(_ lp: LinearProgram, at values: [Double]) -> [LinearProgram.Constraint] {
        var cuts: [LinearProgram.Constraint] = []
        for row in lp.constraints where !row.terms.isEmpty {
            guard row.terms.allSatisfy({ isBinary(lp.variables[$0.index]) }) else { continue }
            if row.upper.isFinite, let cut = cover(row.terms, atMost: row.upper, values: values, name: row.name) {
                cuts.append(cut)
            }
            if row.lower.isFinite {
                let negated = row.terms.map { (index: $0.index, value: -$0.value) }
                if let cut = cover(negated, atMost: -row.lower, values: values, name: row.name) { cuts.append(cut) }
            }
        }
        return cuts
    }

    /// A violated extended cover of Σ terms ≤ capacity, or nil.
    static func cover(
        _ terms: [(index: Int, value: Double)], atMost capacity: Double, values: [Double], name: String
    ) -> LinearProgram.Constraint? {
        // z = x for a positive coefficient, 1 − x for a negative one; weights |a|.
        var rhs = capacity
        var items: [(index: Int, weight: Double, z: Double, complemented: Bool)] = []
        for term in terms where term.value != 0 {
            let complemented = term.value < 0
            if complemented { rhs -= term.value }
            let x = min(max(values[term.index], 0), 1)
            items.append((term.index, abs(term.value), complemented ? 1 - x : x, complemented))
        }
        let tolerance = 1e-9 * max(1, abs(rhs))
        guard items.reduce(0, { $0 + $1.weight }) > rhs + tolerance else { return nil }
        // Greedy: the items closest to 1 per unit of weight first, until the weight exceeds the capacity.
        let order = items.indices.sorted {
            let a = (1 - items[$0].z) / items[$0].weight
            let b = (1 - items[$1].z) / items[$1].weight
            return a != b ? a < b : items[$0].index < items[$1].index
        }
        var chosen: [Int] = []
        var weight = 0.0
        for i in order where weight <= rhs + tolerance {
            chosen.append(i)
            weight += items[i].weight
        }
        guard weight > rhs + tolerance else { return nil }
        // Minimal: drop the items furthest from 1 while what is left is still a cover.
        for i in chosen.sorted(by: { items[$0].z < items[$1].z }) where weight - items[i].weight > rhs + tolerance {
            weight -= items[i].weight
            chosen.removeAll { $0 == i }
        }
        let size = Double(chosen.count)
        guard chosen.reduce(0, { $0 + items[$1].z }) > size - 1 + 1e-6 else { return nil }
        // Extended: every item at least as heavy as the heaviest in the cover joins it.
        let heaviest = chosen.map { items[$0].weight }.max() ?? 0
        let inCover = Set(chosen)
        let extended = items.indices.filter { inCover.contains($0) || items[$0].weight >= heaviest }
        var cutTerms: [(index: Int, value: Double)] = []
        var bound = size - 1
        for i in extended {
            cutTerms.append((items[i].index, items[i].complemented ? -1 : 1))
            if items[i].complemented { bound -= 1 }
        }
        cutTerms.sort { $0.index < $1.index }
        return LinearProgram.Constraint(name: "cover(\(name))", terms: cutTerms, lower: -.infinity, upper: bound)
    }

    /// Coefficient tightening of Σ terms ≤ capacity over binary variables, in the complemented (all-positive)
    /// form: when an item's weight w exceeds the room the others leave unused (d = capacity − (total − w) > 0),
    /// setting it to 0 leaves the row always satisfied, so both w and the capacity can drop by d without losing
    /// an integer point, and the LP relaxation gets tighter. Nil when nothing changes.
    static func tighten(_ terms: [(index: Int, value: Double)], atMost capacity: Double) -> (
        terms: [(index: Int, value: Double)], capacity: Double
    )? {
        var weights = terms.map { abs($0.value) }
        var rhs = capacity - terms.reduce(0) { $0 + min($1.value, 0) }
        var total = weights.reduce(0, +)
        guard total > rhs else { return nil }  // the row can never bind
        var changed = false
        for k in weights.indices {
            let d = rhs - (total - weights[k])
            guard d > 1e-9 * max(1, abs(rhs)), d < weights[k] else { continue }
            weights[k] -= d
            rhs -= d
            total -= d
            changed = true
        }
        guard changed else { return nil }
        var tightened: [(index: Int, value: Double)] = []
        var newCapacity = rhs
        for (k, term) in terms.enumerated() {
            let value = term.value < 0 ? -weights[k] : weights[k]
            if term.value < 0 { newCapacity += value }
            tightened.append((term.index, value))
        }
        return (tightened, newCapacity)
    }
}
