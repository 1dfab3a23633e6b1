/// A sparse LU factorisation of the simplex basis, and the product-form eta file that updates it between
/// refactorisations.
///
/// Right-looking elimination in Markowitz order: column singletons first (logical columns and most of a
/// staged model's structure, which need no arithmetic), then row singletons, then, in what is left (the bump),
/// the pivot with the least (r − 1)(c − 1) fill among the sparsest columns whose size is at least a tenth of
/// its column's largest entry (threshold partial pivoting, u = 0.1). Solves cost the nonzeros of L, U and the
/// etas, not m², so bases with tens of thousands of rows fit.
///
/// Index spaces: `ftran` takes a vector over rows and returns one over basis positions; `btran` the reverse.
struct BasisFactor {
    let m: Int
    /// Step k pivots on row pivotRow[k] and basis position pivotColumn[k], with value diagonal[k].
    private var pivotRow: [Int] = []
    private var pivotColumn: [Int] = []
    private var diagonal: [Double] = []
    /// L as elimination steps: step k subtracts lValue × (row pivotRow[k]) from each row lIndex, for the entries
    /// lStart[k]..<lStart[k + 1].
    private var lStart: [Int] = [0]
    private var lIndex: [Int] = []
    private var lValue: [Double] = []
    /// Scratch for the hyper-sparse solves, all zero (false) between calls.
    private var scratch: [Double] = []
    private var scratchMark: [Bool] = []
    /// The last `sparseFtran`'s result over basis positions and the positions that may be nonzero; the last
    /// `sparseBtranUnit`'s over rows and the rows that may be nonzero. Each holds until the next call of its kind.
    private(set) var ftranValues: [Double] = []
    private(set) var ftranNonzeros: [Int] = []
    private(set) var btranValues: [Double] = []
    private(set) var btranNonzeros: [Int] = []
    /// L by the rows it eliminates: for row i, the steps that subtracted a multiple of their pivot row from it
    /// and the multipliers (lRowStart[i]..<lRowStart[i + 1]), for a hyper-sparse Lᵀ solve.
    private var lRowStart: [Int] = []
    private var lRowStep: [Int] = []
    private var lRowValue: [Double] = []
    /// The step that pivots on each basis position, and on each row.
    private var stepOfPosition: [Int] = []
    private var stepOfRow: [Int] = []
    /// The steps with any L entries (most steps of a simplex basis have none).
    private var lSteps: [Int] = []
    /// U by rows: the pivot row of step k off its diagonal, in basis positions pivoted after k.
    private var uStart: [Int] = [0]
    private var uIndex: [Int] = []
    private var uValue: [Double] = []
    /// U by columns, for FTRAN: the entries of pivot k's column above the diagonal, as the rows of the steps
    /// they belong to (uColumnStart[k]..<uColumnStart[k + 1]).
    private var uColumnStart: [Int] = []
    private var uColumnRow: [Int] = []
    private var uColumnValue: [Double] = []
    /// Product-form etas since the factorisation: basis position, pivot value, and the FTRAN'd entering column
    /// off the pivot (etaStart[e]..<etaStart[e + 1]).
    private var etaPosition: [Int] = []
    private var etaPivot: [Double] = []
    private var etaStart: [Int] = [0]
    private var etaIndex: [Int] = []
    private var etaValue: [Double] = []

    var etaCount: Int { etaPosition.count }

    /// Whether solves now cost more through the etas than a fresh factorisation would make them: after
    /// `interval` updates, or once the etas hold more nonzeros than L and U together.
    func isStale(interval: Int) -> Bool {
        etaPosition.count >= interval || etaIndex.count > lIndex.count + uIndex.count + m
    }

    /// Why a factorisation failed: basis position `column` depends on the columns pivoted before it, and
    /// `freeRows` are the rows no pivot has used (a logical column of any of them would restore full rank).
    struct Singular: Error {
        var column: Int
        var freeRows: [Int]
    }

    /// Pivots smaller than this (the model is scaled) make the basis singular.
    static let smallestPivot = 1e-9
    /// A pivot must be at least this share of the largest entry in its column.
    static let threshold = 0.1
    /// Entries that cancel to below this are dropped.
    static let dropTolerance = 1e-14

    /// Factorises the m×m basis given by its sparse columns, (row, value) pairs.
    init(m: Int, columns: [[(Int, Double)]]) throws(Singular) {
        var basis = PackedVectors()
        for column in columns {
            for (row, value) in column where value != 0 { basis.append(row, value) }
            basis.endVector()
        }
        try self.init(m: m, basis: basis)
    }

    /// Factorises the m×m basis given flat, by columns.
    init(m: Int, basis columns: PackedVectors) throws(Singular) {
        self.m = m
        pivotRow.reserveCapacity(m)
        pivotColumn.reserveCapacity(m)
        diagonal.reserveCapacity(m)
        var rowActive = [Bool](repeating: true, count: m)
        var columnActive = [Bool](repeating: true, count: m)
        triangularPart(columns, rowActive: &rowActive, columnActive: &columnActive)
        // What is left (the bump) as the active submatrix by rows (basis position → value) and, loosely, by
        // columns (rows that may hold an entry; stale ones are skipped), with exact counts.
        var rows = [[Int: Double]](repeating: [:], count: m)
        var columnRows = [[Int]](repeating: [], count: m)
        for position in 0..<m where columnActive[position] {
            for e in columns.start[position]..<columns.start[position + 1] where rowActive[columns.index[e]] {
                let (row, value) = (columns.index[e], columns.value[e])
                if rows[row][position] == nil { columnRows[position].append(row) }
                rows[row][position, default: 0] += value
            }
        }
        var columnCount = columnRows.map { $0.count }
        var columnSingletons = (0..<m).filter { columnActive[$0] && columnCount[$0] == 1 }
        var rowSingletons = (0..<m).filter { rowActive[$0] && rows[$0].count == 1 }
        // Columns not yet pivoted, pruned whenever the Markowitz search runs (so it costs the bump, not m).
        var remaining = (0..<m).filter { columnActive[$0] }

        func columnMaximum(_ q: Int) -> Double {
            var largest = 0.0
            for row in columnRows[q] where rowActive[row] {
                if let value = rows[row][q] { largest = max(largest, abs(value)) }
            }
            return largest
        }

        while pivotRow.count < m {
            var pivot: (row: Int, column: Int)?
            // 1. A column with one entry: nothing below it to eliminate.
            while pivot == nil, let q = columnSingletons.popLast() {
                guard columnActive[q], columnCount[q] == 1 else { continue }
                if let row = columnRows[q].first(where: { rowActive[$0] && rows[$0][q] != nil }),
                    abs(rows[row][q]!) >= Self.smallestPivot
                {
                    pivot = (row, q)
                }
            }
            // 2. A row with one entry, if it is large enough within its column.
            while pivot == nil, let row = rowSingletons.popLast() {
                guard rowActive[row], rows[row].count == 1, let (q, value) = rows[row].first else { continue }
                if abs(value) >= Self.smallestPivot && abs(value) >= Self.threshold * columnMaximum(q) {
                    pivot = (row, q)
                }
            }
            // 3. Markowitz: among the first few of the sparsest columns, the acceptable entry with the least fill.
            // A column's largest entry is always acceptable unless it is negligible, so finding none means the
            // sparsest columns are (numerically) empty: the basis is singular, and they are the columns to blame.
            var negligible: Int?
            if pivot == nil {
                remaining.removeAll { !columnActive[$0] }
                var candidates: [(count: Int, column: Int)] = []
                var fewest = Int.max
                for q in remaining where columnCount[q] > 0 && columnCount[q] <= fewest {
                    if columnCount[q] < fewest {
                        fewest = columnCount[q]
                        candidates.removeAll(keepingCapacity: true)
                    }
                    if candidates.count < 8 { candidates.append((columnCount[q], q)) }
                }
                var best = (cost: Int.max, size: 0.0)
                for (count, q) in candidates {
                    let largest = columnMaximum(q)
                    for row in columnRows[q] where rowActive[row] {
                        guard let value = rows[row][q], abs(value) >= Self.smallestPivot,
                            abs(value) >= Self.threshold * largest
                        else { continue }
                        let cost = (rows[row].count - 1) * (count - 1)
                        if cost < best.cost || (cost == best.cost && abs(value) > best.size) {
                            best = (cost, abs(value))
                            pivot = (row, q)
                        }
                    }
                }
                if pivot == nil { negligible = candidates.first?.column }
            }
            guard let (p, q) = pivot else {
                // Blame a column with nothing left in it, or only negligible entries: it depends on those pivoted.
                let column =
                    (0..<m).first { columnActive[$0] && columnCount[$0] == 0 } ?? negligible
                    ?? (0..<m).first { columnActive[$0] } ?? 0
                throw Singular(column: column, freeRows: (0..<m).filter { rowActive[$0] })
            }
            // Eliminate column q from the other active rows that hold it.
            let pivotEntries = rows[p]
            let pivotValue = pivotEntries[q]!
            pivotRow.append(p)
            pivotColumn.append(q)
            diagonal.append(pivotValue)
            for (position, value) in pivotEntries where position != q {
                uIndex.append(position)
                uValue.append(value)
            }
            uStart.append(uIndex.count)
            rowActive[p] = false
            columnActive[q] = false
            for (position, _) in pivotEntries {
                columnCount[position] -= 1
                if columnCount[position] == 1 && columnActive[position] { columnSingletons.append(position) }
            }
            for row in columnRows[q] where rowActive[row] {
                guard let value = rows[row].removeValue(forKey: q) else { continue }
                let multiplier = value / pivotValue
                lIndex.append(row)
                lValue.append(multiplier)
                for (position, entry) in pivotEntries where position != q {
                    let updated = rows[row][position, default: 0] - multiplier * entry
                    if rows[row][position] == nil {
                        columnRows[position].append(row)
                        columnCount[position] += 1
                    }
                    if abs(updated) < Self.dropTolerance {
                        rows[row][position] = nil
                        columnCount[position] -= 1
                        if columnCount[position] == 1 && columnActive[position] { columnSingletons.append(position) }
                    } else {
                        rows[row][position] = updated
                    }
                }
                if rows[row].count == 1 { rowSingletons.append(row) }
            }
            lStart.append(lIndex.count)
            rows[p] = [:]
        }
        transposeU()
        lSteps = (0..<pivotRow.count).filter { lStart[$0 + 1] > lStart[$0] }
        lRowStart = [Int](repeating: 0, count: m + 1)
        for row in lIndex { lRowStart[row + 1] += 1 }
        for i in 0..<m { lRowStart[i + 1] += lRowStart[i] }
        var fill = lRowStart
        lRowStep = [Int](repeating: 0, count: lIndex.count)
        lRowValue = [Double](repeating: 0, count: lIndex.count)
        for k in lSteps {
            for e in lStart[k]..<lStart[k + 1] {
                lRowStep[fill[lIndex[e]]] = k
                lRowValue[fill[lIndex[e]]] = lValue[e]
                fill[lIndex[e]] += 1
            }
        }
        scratch = [Double](repeating: 0, count: m)
        scratchMark = [Bool](repeating: false, count: m)
        ftranValues = [Double](repeating: 0, count: m)
        btranValues = [Double](repeating: 0, count: m)
    }

    /// Builds U by columns from U by rows.
    private mutating func transposeU() {
        var stepOf = [Int](repeating: 0, count: m)
        for (k, position) in pivotColumn.enumerated() { stepOf[position] = k }
        stepOfPosition = stepOf
        stepOfRow = [Int](repeating: 0, count: m)
        for (k, row) in pivotRow.enumerated() { stepOfRow[row] = k }
        uColumnStart = [Int](repeating: 0, count: pivotColumn.count + 1)
        for position in uIndex { uColumnStart[stepOf[position] + 1] += 1 }
        for k in 0..<pivotColumn.count { uColumnStart[k + 1] += uColumnStart[k] }
        var fill = uColumnStart
        uColumnRow = [Int](repeating: 0, count: uIndex.count)
        uColumnValue = [Double](repeating: 0, count: uIndex.count)
        for k in 0..<pivotRow.count {
            for e in uStart[k]..<uStart[k + 1] {
                let target = stepOf[uIndex[e]]
                uColumnRow[fill[target]] = pivotRow[k]
                uColumnValue[fill[target]] = uValue[e]
                fill[target] += 1
            }
        }
    }

    /// Pivots on column and row singletons straight from the basis columns, before any hashing: most of a
    /// simplex basis (logical columns, staged balance rows) is triangular, and these pivots need no
    /// arithmetic on the rest of the matrix. A column singleton's row goes to U as it is; a row singleton's
    /// column gives L its multipliers. Entries never change here, so counts are all that is kept.
    private mutating func triangularPart(
        _ columns: PackedVectors, rowActive: inout [Bool], columnActive: inout [Bool]
    ) {
        // The basis by rows: (basis position, value).
        var rowStart = [Int](repeating: 0, count: m + 1)
        for row in columns.index { rowStart[row + 1] += 1 }
        for i in 0..<m { rowStart[i + 1] += rowStart[i] }
        var fill = rowStart
        var byRowPosition = [Int](repeating: 0, count: rowStart[m])
        var byRowValue = [Double](repeating: 0, count: rowStart[m])
        for position in 0..<m {
            for e in columns.start[position]..<columns.start[position + 1] {
                let row = columns.index[e]
                byRowPosition[fill[row]] = position
                byRowValue[fill[row]] = columns.value[e]
                fill[row] += 1
            }
        }
        var rowCount = (0..<m).map { rowStart[$0 + 1] - rowStart[$0] }
        var columnCount = (0..<m).map { columns.start[$0 + 1] - columns.start[$0] }
        var columnSingletons = (0..<m).filter { columnCount[$0] == 1 }
        var rowSingletons = (0..<m).filter { rowCount[$0] == 1 }
        while true {
            if let q = columnSingletons.popLast() {
                guard columnActive[q], columnCount[q] == 1,
                    let e = (columns.start[q]..<columns.start[q + 1]).first(where: { rowActive[columns.index[$0]] }),
                    abs(columns.value[e]) >= Self.smallestPivot
                else { continue }
                let (p, value) = (columns.index[e], columns.value[e])
                pivotRow.append(p)
                pivotColumn.append(q)
                diagonal.append(value)
                rowActive[p] = false
                columnActive[q] = false
                for e in rowStart[p]..<rowStart[p + 1] where columnActive[byRowPosition[e]] {
                    let position = byRowPosition[e]
                    uIndex.append(position)
                    uValue.append(byRowValue[e])
                    columnCount[position] -= 1
                    if columnCount[position] == 1 { columnSingletons.append(position) }
                }
                uStart.append(uIndex.count)
                lStart.append(lIndex.count)
            } else if let p = rowSingletons.popLast() {
                guard rowActive[p], rowCount[p] == 1,
                    let f = (rowStart[p]..<rowStart[p + 1]).first(where: { columnActive[byRowPosition[$0]] })
                else { continue }
                let (q, value) = (byRowPosition[f], byRowValue[f])
                var largest = 0.0
                for e in columns.start[q]..<columns.start[q + 1] where rowActive[columns.index[e]] {
                    largest = max(largest, abs(columns.value[e]))
                }
                guard abs(value) >= Self.smallestPivot, abs(value) >= Self.threshold * largest else { continue }
                pivotRow.append(p)
                pivotColumn.append(q)
                diagonal.append(value)
                rowActive[p] = false
                columnActive[q] = false
                for e in columns.start[q]..<columns.start[q + 1] where rowActive[columns.index[e]] {
                    let row = columns.index[e]
                    lIndex.append(row)
                    lValue.append(columns.value[e] / value)
                    rowCount[row] -= 1
                    if rowCount[row] == 1 { rowSingletons.append(row) }
                }
                uStart.append(uIndex.count)
                lStart.append(lIndex.count)
            } else {
                return
            }
        }
    }

    /// Solves B y = v.
    func ftran(_ v: [Double]) -> [Double] {
        var work = v
        return ftran(work: &work)
    }

    /// Solves B y = a for column j of `matrix`.
    func ftran(column j: Int, of matrix: PackedVectors) -> [Double] {
        var work = [Double](repeating: 0, count: m)
        for e in matrix.start[j]..<matrix.start[j + 1] { work[matrix.index[e]] = matrix.value[e] }
        return ftran(work: &work)
    }

    /// Solves B y = work, using `work` as scratch.
    private func ftran(work: inout [Double]) -> [Double] {
        for k in lSteps {
            let pivot = work[pivotRow[k]]
            if pivot == 0 { continue }
            for e in lStart[k]..<lStart[k + 1] { work[lIndex[e]] -= lValue[e] * pivot }
        }
        // U by columns, last pivot first, so a zero skips its whole column (right-hand sides are sparse).
        var y = [Double](repeating: 0, count: m)
        for k in stride(from: pivotRow.count - 1, through: 0, by: -1) {
            let value = work[pivotRow[k]]
            if value == 0 { continue }
            let yk = value / diagonal[k]
            y[pivotColumn[k]] = yk
            for e in uColumnStart[k]..<uColumnStart[k + 1] { work[uColumnRow[e]] -= uColumnValue[e] * yk }
        }
        for eta in 0..<etaPosition.count {
            let p = etaPosition[eta]
            let yp = y[p] / etaPivot[eta]
            if yp != 0 {
                for e in etaStart[eta]..<etaStart[eta + 1] { y[etaIndex[e]] -= etaValue[e] * yp }
            }
            y[p] = yp
        }
        return y
    }

    /// Solves Bᵀ z = v.
    func btran(_ v: [Double]) -> [Double] {
        var c = v
        for eta in stride(from: etaPosition.count - 1, through: 0, by: -1) {
            let p = etaPosition[eta]
            var sum = c[p]
            for e in etaStart[eta]..<etaStart[eta + 1] { sum -= etaValue[e] * c[etaIndex[e]] }
            c[p] = sum / etaPivot[eta]
        }
        // Uᵀ w = c in pivot order, then z = L₁ᵀ ⋯ L_Kᵀ w.
        var z = [Double](repeating: 0, count: m)
        for k in 0..<pivotRow.count {
            let value = c[pivotColumn[k]]
            if value == 0 { continue }
            let w = value / diagonal[k]
            z[pivotRow[k]] = w
            for e in uStart[k]..<uStart[k + 1] { c[uIndex[e]] -= uValue[e] * w }
        }
        for k in lSteps.reversed() {
            var sum = 0.0
            for e in lStart[k]..<lStart[k + 1] { sum += lValue[e] * z[lIndex[e]] }
            z[pivotRow[k]] -= sum
        }
        return z
    }

    /// Solves B y = a for column j of `matrix`, hyper-sparsely: only the steps the nonzeros reach are visited,
    /// in order, through a heap (a right-hand side with few nonzeros usually gives a result with few). The
    /// result goes to `ftranValues` (over basis positions) and `ftranNonzeros` (the positions that may be
    /// nonzero); the scratch it uses is left all zero, so no call costs a pass over all m rows.
    mutating func sparseFtran(column j: Int, of matrix: PackedVectors) {
        var work: [Double] = []
        var mark: [Bool] = []
        var y: [Double] = []
        var nonzeros: [Int] = []
        swap(&work, &scratch)
        swap(&mark, &scratchMark)
        swap(&y, &ftranValues)
        swap(&nonzeros, &ftranNonzeros)
        for position in nonzeros { y[position] = 0 }
        nonzeros.removeAll(keepingCapacity: true)
        var rowsTouched: [Int] = []
        for e in matrix.start[j]..<matrix.start[j + 1] {
            let i = matrix.index[e]
            work[i] = matrix.value[e]
            if !mark[i] {
                mark[i] = true
                rowsTouched.append(i)
            }
        }
        // L, first step first, only over the steps of rows that hold work; each may bring in more rows.
        var lHeap = StepHeap(largestFirst: false)
        for row in rowsTouched where lStart[stepOfRow[row] + 1] > lStart[stepOfRow[row]] {
            lHeap.push(stepOfRow[row])
        }
        while let k = lHeap.pop() {
            let pivot = work[pivotRow[k]]
            if pivot == 0 { continue }
            for e in lStart[k]..<lStart[k + 1] {
                let row = lIndex[e]
                work[row] -= lValue[e] * pivot
                if !mark[row] {
                    mark[row] = true
                    rowsTouched.append(row)
                    let step = stepOfRow[row]
                    if lStart[step + 1] > lStart[step] { lHeap.push(step) }
                }
            }
        }
        // U by columns, last step first.
        Self.triangularPass(
            lastFirst: true, from: pivotRow, to: pivotColumn, diagonal: diagonal, start: uColumnStart,
            index: uColumnRow, value: uColumnValue, stepOf: stepOfRow, work: &work, mark: &mark,
            touched: &rowsTouched, result: &y, resultNonzeros: &nonzeros)
        // The etas, marking positions (the same scratch, now over basis positions).
        for position in nonzeros { mark[position] = true }
        for eta in 0..<etaPosition.count {
            let p = etaPosition[eta]
            let yp = y[p] / etaPivot[eta]
            if yp != 0 {
                for e in etaStart[eta]..<etaStart[eta + 1] {
                    let position = etaIndex[e]
                    y[position] -= etaValue[e] * yp
                    if !mark[position] {
                        mark[position] = true
                        nonzeros.append(position)
                    }
                }
            }
            y[p] = yp
            if !mark[p] {
                mark[p] = true
                nonzeros.append(p)
            }
        }
        for position in nonzeros { mark[position] = false }
        swap(&work, &scratch)
        swap(&mark, &scratchMark)
        swap(&y, &ftranValues)
        swap(&nonzeros, &ftranNonzeros)
    }

    /// Solves Bᵀ z = e_r hyper-sparsely (a row of B⁻¹): the etas as usual, then Uᵀ only over the steps the
    /// nonzeros reach, first step first, through a heap, then Lᵀ. The result goes to `btranValues` (over
    /// rows) and `btranNonzeros`; the scratch is left all zero.
    mutating func sparseBtranUnit(_ r: Int) {
        var c: [Double] = []
        var mark: [Bool] = []
        var z: [Double] = []
        var nonzeros: [Int] = []
        swap(&c, &scratch)
        swap(&mark, &scratchMark)
        swap(&z, &btranValues)
        swap(&nonzeros, &btranNonzeros)
        for row in nonzeros { z[row] = 0 }
        nonzeros.removeAll(keepingCapacity: true)
        c[r] = 1
        mark[r] = true
        var positions = [r]
        for eta in stride(from: etaPosition.count - 1, through: 0, by: -1) {
            let p = etaPosition[eta]
            var sum = c[p]
            for e in etaStart[eta]..<etaStart[eta + 1] { sum -= etaValue[e] * c[etaIndex[e]] }
            c[p] = sum / etaPivot[eta]
            if !mark[p] {
                mark[p] = true
                positions.append(p)
            }
        }
        // Uᵀ from U by rows, first step first.
        Self.triangularPass(
            lastFirst: false, from: pivotColumn, to: pivotRow, diagonal: diagonal, start: uStart, index: uIndex,
            value: uValue, stepOf: stepOfPosition, work: &c, mark: &mark, touched: &positions, result: &z,
            resultNonzeros: &nonzeros)
        // Lᵀ by rows of L, last step first: a row's value, once final, is scattered to the earlier steps that
        // eliminated that row (marking rows, the same scratch now over rows).
        var lHeap = StepHeap(largestFirst: true)
        for row in nonzeros {
            mark[row] = true
            lHeap.push(stepOfRow[row])
        }
        while let s = lHeap.pop() {
            let value = z[pivotRow[s]]
            if value == 0 { continue }
            for e in lRowStart[pivotRow[s]]..<lRowStart[pivotRow[s] + 1] {
                let k = lRowStep[e]
                let target = pivotRow[k]
                z[target] -= lRowValue[e] * value
                if !mark[target] {
                    mark[target] = true
                    nonzeros.append(target)
                    lHeap.push(k)
                }
            }
        }
        for row in nonzeros { mark[row] = false }
        swap(&c, &scratch)
        swap(&mark, &scratchMark)
        swap(&z, &btranValues)
        swap(&nonzeros, &btranNonzeros)
    }

    /// One hyper-sparse triangular solve, shared by FTRAN's U and BTRAN's Uᵀ. The steps are visited through a
    /// heap in the order the solve needs (`lastFirst` for U), starting from those of the entries in `touched`:
    /// step k reads work[from[k]], writes result[to[k]] = work / diagonal, and subtracts its multiples of the
    /// vector `start[k]..<start[k + 1]` from `work`, bringing in the steps (`stepOf`) of entries it makes
    /// nonzero. `work` and `mark` are left all zero again.
    private static func triangularPass(
        lastFirst: Bool, from: [Int], to: [Int], diagonal: [Double], start: [Int], index: [Int], value: [Double],
        stepOf: [Int], work: inout [Double], mark: inout [Bool], touched: inout [Int], result: inout [Double],
        resultNonzeros: inout [Int]
    ) {
        var heap = StepHeap(largestFirst: lastFirst)
        for entry in touched { heap.push(stepOf[entry]) }
        while let k = heap.pop() {
            let source = work[from[k]]
            if source == 0 { continue }
            let solved = source / diagonal[k]
            result[to[k]] = solved
            resultNonzeros.append(to[k])
            for e in start[k]..<start[k + 1] {
                let entry = index[e]
                work[entry] -= value[e] * solved
                if !mark[entry] {
                    mark[entry] = true
                    touched.append(entry)
                    heap.push(stepOf[entry])
                }
            }
        }
        for entry in touched {
            work[entry] = 0
            mark[entry] = false
        }
    }

    /// Records a pivot: the entering column (already FTRAN'd) replaces the basic variable of basis position
    /// `row`. `nonzeros` lists where the column may be nonzero (all positions, for a dense column).
    mutating func update(row: Int, enteringColumn alpha: [Double], nonzeros: some Sequence<Int>) {
        etaPosition.append(row)
        etaPivot.append(alpha[row])
        for i in nonzeros where alpha[i] != 0 && i != row {
            etaIndex.append(i)
            etaValue.append(alpha[i])
        }
        etaStart.append(etaIndex.count)
    }
}

/// A binary heap of elimination steps: the smallest first, or the largest first.
struct StepHeap {
    private var items: [Int] = []
    let largestFirst: Bool

    init(largestFirst: Bool) { self.largestFirst = largestFirst }

    private func before(_ a: Int, _ b: Int) -> Bool { largestFirst ? a > b : a < b }

    mutating func push(_ step: Int) {
        items.append(step)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard before(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < items.count else { break }
                var child = left
                if left + 1 < items.count && before(items[left + 1], items[left]) { child = left + 1 }
                guard before(items[child], items[parent]) else { break }
                items.swapAt(child, parent)
                parent = child
            }
        }
        return top
    }
}

/// Sparse vectors (the columns or the rows of a matrix) stored one after another: vector k's indices and
/// values are `index` and `value` over start[k]..<start[k + 1]. Zeros are left out.
struct PackedVectors {
    var start: [Int] = [0]
    var index: [Int] = []
    var value: [Double] = []

    mutating func append(_ index: Int, _ value: Double) {
        self.index.append(index)
        self.value.append(value)
    }

    /// Closes the vector being appended to.
    mutating func endVector() { start.append(index.count) }
}
