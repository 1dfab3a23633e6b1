/// A dense LU factorisation of the simplex basis with partial pivoting, and the product-form eta file
/// that updates it between refactorisations.
///
/// Dense because the bases Skillmix builds (team models of tens to a few hundred rows) are small enough
/// for it to be fastest and simplest; a sparse factorisation for the large commissioning model is future work.
struct BasisFactor {
    let m: Int
    /// L (unit lower, below the diagonal) and U (upper, with diagonal) in one row-major array.
    private var lu: [Double]
    /// Row permutation: row `i` of PB is row `perm[i]` of B.
    private var perm: [Int]
    /// Eta columns from pivots since the last refactorisation: pivot row and the FTRAN'd entering column.
    private var etas: [(row: Int, column: [Double])] = []

    var etaCount: Int { etas.count }

    /// Why a factorisation failed: column `column` depends on the columns before it, and `freeRows` are the
    /// rows no pivot has used yet (a logical column of any of them would restore full rank).
    struct Singular: Error {
        var column: Int
        var freeRows: [Int]
    }

    /// Factorises the m×m matrix given column by column.
    init(m: Int, columns: [[Double]]) throws(Singular) {
        self.m = m
        var a = [Double](repeating: 0, count: m * m)
        for (j, column) in columns.enumerated() {
            for i in 0..<m where column[i] != 0 { a[i * m + j] = column[i] }
        }
        var perm = Array(0..<m)
        for k in 0..<m {
            var pivotRow = k
            var best = abs(a[k * m + k])
            for i in (k + 1)..<max(k + 1, m) where abs(a[i * m + k]) > best {
                best = abs(a[i * m + k])
                pivotRow = i
            }
            if best < 1e-9 { throw Singular(column: k, freeRows: Array(perm[k...])) }
            if pivotRow != k {
                for j in 0..<m { a.swapAt(k * m + j, pivotRow * m + j) }
                perm.swapAt(k, pivotRow)
            }
            let pivot = a[k * m + k]
            for i in (k + 1)..<max(k + 1, m) {
                let factor = a[i * m + k] / pivot
                if factor == 0 { continue }
                a[i * m + k] = factor
                for j in (k + 1)..<m { a[i * m + j] -= factor * a[k * m + j] }
            }
        }
        self.lu = a
        self.perm = perm
    }

    /// Solves B y = v.
    func ftran(_ v: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: m)
        for i in 0..<m { y[i] = v[perm[i]] }
        for i in 0..<m {
            var sum = y[i]
            let row = i * m
            for j in 0..<i { sum -= lu[row + j] * y[j] }
            y[i] = sum
        }
        for i in stride(from: m - 1, through: 0, by: -1) {
            var sum = y[i]
            let row = i * m
            for j in (i + 1)..<max(i + 1, m) { sum -= lu[row + j] * y[j] }
            y[i] = sum / lu[row + i]
        }
        for eta in etas {
            let p = eta.row
            let yp = y[p] / eta.column[p]
            if yp != 0 {
                for i in 0..<m where i != p { y[i] -= eta.column[i] * yp }
            }
            y[p] = yp
        }
        return y
    }

    /// Solves Bᵀ z = v.
    func btran(_ v: [Double]) -> [Double] {
        var z = v
        for eta in etas.reversed() {
            let p = eta.row
            var sum = z[p]
            for i in 0..<m where i != p { sum -= eta.column[i] * z[i] }
            z[p] = sum / eta.column[p]
        }
        // Uᵀ w = z (forward), then Lᵀ t = w (backward), then undo the permutation.
        var w = z
        for i in 0..<m {
            var sum = w[i]
            for k in 0..<i { sum -= lu[k * m + i] * w[k] }
            w[i] = sum / lu[i * m + i]
        }
        for i in stride(from: m - 1, through: 0, by: -1) {
            var sum = w[i]
            for k in (i + 1)..<max(i + 1, m) { sum -= lu[k * m + i] * w[k] }
            w[i] = sum
        }
        var out = [Double](repeating: 0, count: m)
        for i in 0..<m { out[perm[i]] = w[i] }
        return out
    }

    /// Records a pivot: the entering column (already FTRAN'd) replaces the basic variable of `row`.
    mutating func update(row: Int, enteringColumn alpha: [Double]) {
        etas.append((row, alpha))
    }
}
