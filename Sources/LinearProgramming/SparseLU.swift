/// A sparse LU factorisation of the simplex basis, and the Forrest–Tomlin updates that keep it between
/// refactorisations.
///
/// Right-looking elimination in Markowitz order: column singletons first (logical columns and most of a
/// staged model's structure, which need no arithmetic), then row singletons, then, in what is left (the bump),
/// the pivot with the least (r − 1)(c − 1) fill among the sparsest columns whose size is at least a tenth of
/// its column's largest entry (threshold partial pivoting, u = 0.1), found through buckets of columns by count.
/// Solves cost the nonzeros of L, U and the updates they meet, not m², so bases with tens of thousands of rows
/// fit.
///
/// An update (Forrest–Tomlin) replaces a basis column by its spike (the entering column with L and the earlier
/// updates applied, usually about as sparse as the column itself) as a new last column of U, and clears the
/// replaced row by a row eta; so an update stores a few nonzeros where a product-form eta stored the whole
/// FTRAN'd column, and FTRAN and BTRAN stay nearly as cheap as on a fresh factorisation.
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
    /// Scratch in slot space (see `alive`), all zero between calls: entry k is the value of slot k during a
    /// solve, so the triangular solves run in slot order over one array; `slotBits` has one bit a slot, set
    /// where the scratch may be nonzero; `spikeScratch` holds an update's spike.
    private var slotScratch: [Double] = []
    private var slotBits: [UInt64] = []
    private var spikeScratch: [Double] = []
    /// The last `sparseFtran`'s result over basis positions and the positions that may be nonzero; the last
    /// `sparseBtranUnit`'s over rows and the rows that may be nonzero. Each holds until the next call of its kind.
    private(set) var ftranValues: [Double] = []
    private(set) var ftranNonzeros: [Int] = []
    private(set) var btranValues: [Double] = []
    private(set) var btranNonzeros: [Int] = []
    /// L by the rows it eliminates: for row i, the steps that subtracted a multiple of their pivot row from it
    /// and the multipliers (lRowStart[i]..<lRowStart[i + 1]), for the Lᵀ solve.
    private var lRowStart: [Int] = []
    private var lRowStep: [Int] = []
    private var lRowValue: [Double] = []
    /// The slot that pivots on each basis position (updates move it), and the step that pivots on each row.
    private var slotOfPosition: [Int] = []
    private var stepOfRow: [Int] = []
    /// Each entry of L as the step that pivots on its row.
    private var lStep: [Int] = []
    /// U by rows: the pivot row of step k off its diagonal, in basis positions pivoted after k.
    private var uStart: [Int] = [0]
    private var uIndex: [Int] = []
    private var uValue: [Double] = []
    /// Each entry of U by rows as the step that pivots on its basis position.
    private var uStep: [Int] = []
    /// U by columns, for FTRAN: the entries of slot k's column above the diagonal, as the slots of the rows
    /// they lie in, and their values (uColumnFrom[k]..<uColumnTo[k]).
    private var uColumnStep: [Int] = []
    private var uColumnValue: [Double] = []
    /// The slots of U: 0..<m are the factorisation's steps, and each update adds one (U is upper triangular in
    /// slot order). `alive` is false for a slot an update retired. U by columns for every slot is
    /// uColumnFrom[k]..<uColumnTo[k] (an update's column goes at the end); U by rows for a step is its row from
    /// the factorisation plus the entries updates added to it, a list per slot (rowExtraHead, extraNext).
    private var alive: [Bool] = []
    private var uColumnFrom: [Int] = []
    private var uColumnTo: [Int] = []
    private var rowExtraHead: [Int] = []
    private var extraTarget: [Int] = []
    private var extraValue: [Double] = []
    private var extraNext: [Int] = []
    /// The updates' row etas, in order: eta e moves slot rFrom[e]'s value, less rValue × the values of slots
    /// rSlot (rStart[e]..<rStart[e + 1]), to slot rTo[e].
    private var rFrom: [Int] = []
    private var rTo: [Int] = []
    private var rStart: [Int] = [0]
    private var rSlot: [Int] = []
    private var rValue: [Double] = []
    /// Set when an update found the new factor unsafe: solve nothing before refactorising.
    private var needsRefactor = false

    /// Slots so far, retired ones included.
    private var slotCount: Int { diagonal.count }

    /// Updates since the factorisation.
    var updateCount: Int { rFrom.count }

    /// Whether to refactorise: after `interval` updates, once the updates have added more nonzeros than L and U
    /// hold, or when an update found the factor unsafe.
    func isStale(interval: Int) -> Bool {
        needsRefactor || rFrom.count >= interval || extraValue.count + rValue.count > lIndex.count + uIndex.count + m
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
        try eliminateBump(columns, rowActive: &rowActive, columnActive: &columnActive)
        transposeU()
        lRowStart = [Int](repeating: 0, count: m + 1)
        for row in lIndex { lRowStart[row + 1] += 1 }
        for i in 0..<m { lRowStart[i + 1] += lRowStart[i] }
        var fill = lRowStart
        lRowStep = [Int](repeating: 0, count: lIndex.count)
        lRowValue = [Double](repeating: 0, count: lIndex.count)
        for k in 0..<pivotRow.count {
            for e in lStart[k]..<lStart[k + 1] {
                lRowStep[fill[lIndex[e]]] = k
                lRowValue[fill[lIndex[e]]] = lValue[e]
                fill[lIndex[e]] += 1
            }
        }
        lStep = lIndex.map { stepOfRow[$0] }
        uStep = uIndex.map { slotOfPosition[$0] }
        alive = [Bool](repeating: true, count: m)
        rowExtraHead = [Int](repeating: -1, count: m)
        slotScratch = [Double](repeating: 0, count: m)
        slotBits = [UInt64](repeating: 0, count: (m + 63) / 64)
        spikeScratch = [Double](repeating: 0, count: m)
        ftranValues = [Double](repeating: 0, count: m)
        btranValues = [Double](repeating: 0, count: m)
    }

    /// Factorises what the triangular part left (the bump) by right-looking elimination in Markowitz order. The
    /// active submatrix is kept by rows (parallel arrays of basis positions and values, unordered) and, loosely,
    /// by columns (rows that may hold an entry; stale ones are skipped), with exact column counts, and the
    /// columns in buckets by count so the sparsest are found without a search.
    private mutating func eliminateBump(
        _ columns: PackedVectors, rowActive: inout [Bool], columnActive: inout [Bool]
    ) throws(Singular) {
        var rowPositions = [[Int]](repeating: [], count: m)
        var rowValues = [[Double]](repeating: [], count: m)
        var columnRows = [[Int]](repeating: [], count: m)
        var buckets = CountBuckets(size: m)
        // The basis position that last added an entry to each row, to catch a repeated entry (only hand-made
        // bases have them) without searching the row.
        var lastPosition = [Int](repeating: -1, count: m)
        for position in 0..<m where columnActive[position] {
            for e in columns.start[position]..<columns.start[position + 1] where rowActive[columns.index[e]] {
                let (row, value) = (columns.index[e], columns.value[e])
                if lastPosition[row] == position, let k = rowPositions[row].lastIndex(of: position) {
                    rowValues[row][k] += value
                } else {
                    lastPosition[row] = position
                    rowPositions[row].append(position)
                    rowValues[row].append(value)
                    columnRows[position].append(row)
                }
            }
            buckets.insert(position, count: columnRows[position].count)
        }
        var columnSingletons = (0..<m).filter { columnActive[$0] && buckets.count[$0] == 1 }
        var rowSingletons = (0..<m).filter { rowActive[$0] && rowPositions[$0].count == 1 }
        // Where each basis position sits in the pivot row being eliminated (+1; 0 if absent), and the last
        // elimination of one row by one pivot that met it (a stamp), both over basis positions.
        var pivotIndex = [Int](repeating: 0, count: m)
        var metBy = [Int](repeating: 0, count: m)
        var stamp = 0

        func entry(_ row: Int, _ q: Int) -> Double? {
            guard let k = rowPositions[row].firstIndex(of: q) else { return nil }
            return rowValues[row][k]
        }
        func columnMaximum(_ q: Int) -> Double {
            var largest = 0.0
            for row in columnRows[q] where rowActive[row] {
                if let value = entry(row, q) { largest = max(largest, abs(value)) }
            }
            return largest
        }

        while pivotRow.count < m {
            var pivot: (row: Int, column: Int)?
            // 1. A column with one entry: nothing below it to eliminate.
            while pivot == nil, let q = columnSingletons.popLast() {
                guard columnActive[q], buckets.count[q] == 1 else { continue }
                for row in columnRows[q] where rowActive[row] {
                    if let value = entry(row, q) {
                        if abs(value) >= Self.smallestPivot { pivot = (row, q) }
                        break
                    }
                }
            }
            // 2. A row with one entry, if it is large enough within its column.
            while pivot == nil, let row = rowSingletons.popLast() {
                guard rowActive[row], rowPositions[row].count == 1 else { continue }
                let (q, value) = (rowPositions[row][0], rowValues[row][0])
                if abs(value) >= Self.smallestPivot && abs(value) >= Self.threshold * columnMaximum(q) {
                    pivot = (row, q)
                }
            }
            // 3. Markowitz: among the first few of the sparsest columns, the acceptable entry with the least fill.
            // A column's largest entry is always acceptable unless it is negligible, so finding none means the
            // sparsest columns are (numerically) empty: the basis is singular, and they are the columns to blame.
            var negligible: Int?
            if pivot == nil {
                let candidates = buckets.sparsest(limit: 8)
                var best = (cost: Int.max, size: 0.0)
                var entries: [(row: Int, value: Double)] = []
                for q in candidates {
                    let count = buckets.count[q]
                    entries.removeAll(keepingCapacity: true)
                    var largest = 0.0
                    for row in columnRows[q] where rowActive[row] {
                        guard let value = entry(row, q) else { continue }
                        entries.append((row, value))
                        largest = max(largest, abs(value))
                    }
                    for (row, value) in entries {
                        guard abs(value) >= Self.smallestPivot, abs(value) >= Self.threshold * largest else { continue }
                        let cost = (rowPositions[row].count - 1) * (count - 1)
                        if cost < best.cost || (cost == best.cost && abs(value) > best.size) {
                            best = (cost, abs(value))
                            pivot = (row, q)
                        }
                    }
                }
                if pivot == nil { negligible = candidates.first }
            }
            guard let (p, q) = pivot else {
                // Blame a column with nothing left in it, or only negligible entries: it depends on those pivoted.
                let column =
                    (0..<m).first { columnActive[$0] && buckets.count[$0] == 0 } ?? negligible
                    ?? (0..<m).first { columnActive[$0] } ?? 0
                throw Singular(column: column, freeRows: (0..<m).filter { rowActive[$0] })
            }
            // Eliminate column q from the other active rows that hold it.
            let pivotPositions = rowPositions[p]
            let pivotValues = rowValues[p]
            let pivotValue = entry(p, q)!
            pivotRow.append(p)
            pivotColumn.append(q)
            diagonal.append(pivotValue)
            for (position, value) in zip(pivotPositions, pivotValues) where position != q {
                uIndex.append(position)
                uValue.append(value)
            }
            uStart.append(uIndex.count)
            rowActive[p] = false
            columnActive[q] = false
            buckets.remove(q)
            for (k, position) in pivotPositions.enumerated() {
                pivotIndex[position] = k + 1
                guard position != q else { continue }
                buckets.change(position, by: -1)
                if buckets.count[position] == 1 { columnSingletons.append(position) }
            }
            for row in columnRows[q] where rowActive[row] {
                guard let at = rowPositions[row].firstIndex(of: q) else { continue }
                let multiplier = rowValues[row][at] / pivotValue
                rowPositions[row].swapAt(at, rowPositions[row].count - 1)
                rowValues[row].swapAt(at, rowValues[row].count - 1)
                rowPositions[row].removeLast()
                rowValues[row].removeLast()
                lIndex.append(row)
                lValue.append(multiplier)
                stamp += 1
                // The entries the row shares with the pivot row change; those that cancel are dropped.
                var k = 0
                while k < rowPositions[row].count {
                    let position = rowPositions[row][k]
                    let index = pivotIndex[position]
                    guard index > 0 else {
                        k += 1
                        continue
                    }
                    metBy[position] = stamp
                    let updated = rowValues[row][k] - multiplier * pivotValues[index - 1]
                    if abs(updated) < Self.dropTolerance {
                        rowPositions[row].swapAt(k, rowPositions[row].count - 1)
                        rowValues[row].swapAt(k, rowValues[row].count - 1)
                        rowPositions[row].removeLast()
                        rowValues[row].removeLast()
                        buckets.change(position, by: -1)
                        if buckets.count[position] == 1 && columnActive[position] { columnSingletons.append(position) }
                    } else {
                        rowValues[row][k] = updated
                        k += 1
                    }
                }
                // The pivot row's other entries are fill.
                for (position, value) in zip(pivotPositions, pivotValues)
                where position != q && metBy[position] != stamp {
                    let filled = -multiplier * value
                    guard abs(filled) >= Self.dropTolerance else { continue }
                    rowPositions[row].append(position)
                    rowValues[row].append(filled)
                    columnRows[position].append(row)
                    buckets.change(position, by: 1)
                }
                if rowPositions[row].count == 1 { rowSingletons.append(row) }
            }
            for position in pivotPositions { pivotIndex[position] = 0 }
            lStart.append(lIndex.count)
            rowPositions[p] = []
            rowValues[p] = []
        }
    }

    /// Builds U by columns from U by rows, and the maps from basis positions and rows to steps.
    private mutating func transposeU() {
        slotOfPosition = [Int](repeating: 0, count: m)
        for (k, position) in pivotColumn.enumerated() { slotOfPosition[position] = k }
        stepOfRow = [Int](repeating: 0, count: m)
        for (k, row) in pivotRow.enumerated() { stepOfRow[row] = k }
        var start = [Int](repeating: 0, count: pivotColumn.count + 1)
        for position in uIndex { start[slotOfPosition[position] + 1] += 1 }
        for k in 0..<pivotColumn.count { start[k + 1] += start[k] }
        var fill = start
        uColumnStep = [Int](repeating: 0, count: uIndex.count)
        uColumnValue = [Double](repeating: 0, count: uIndex.count)
        for k in 0..<pivotRow.count {
            for e in uStart[k]..<uStart[k + 1] {
                let target = slotOfPosition[uIndex[e]]
                uColumnStep[fill[target]] = k
                uColumnValue[fill[target]] = uValue[e]
                fill[target] += 1
            }
        }
        uColumnFrom = Array(start.dropLast())
        uColumnTo = Array(start.dropFirst())
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

    /// Solves B y = v (v over rows, y over basis positions).
    func ftran(_ v: [Double]) -> [Double] {
        var (work, bits, lowest, highest) = inSlots(v, at: stepOfRow)
        var y = [Double](repeating: 0, count: m)
        var nonzeros: [Int] = []
        highest = forwardLR(work: &work, bits: &bits, lowest: lowest, highest: highest)
        forwardU(work: &work, bits: &bits, highest: highest, y: &y, nonzeros: &nonzeros)
        return y
    }

    /// Solves B y = a for column j of `matrix`.
    func ftran(column j: Int, of matrix: PackedVectors) -> [Double] {
        var v = [Double](repeating: 0, count: m)
        for e in matrix.start[j]..<matrix.start[j + 1] { v[matrix.index[e]] += matrix.value[e] }
        return ftran(v)
    }

    /// Solves Bᵀ z = v (v over basis positions, z over rows).
    func btran(_ v: [Double]) -> [Double] {
        var (work, bits, lowest, highest) = inSlots(v, at: slotOfPosition)
        var z = [Double](repeating: 0, count: m)
        var nonzeros: [Int] = []
        backward(work: &work, bits: &bits, lowest: lowest, highest: highest, z: &z, nonzeros: &nonzeros)
        return z
    }

    /// A dense vector put into slot space (entry i at slot `slot[i]`), with its bitmap and the lowest and
    /// highest slots it reached, for the dense solves.
    private func inSlots(_ v: [Double], at slot: [Int]) -> (work: [Double], bits: [UInt64], lowest: Int, highest: Int) {
        var work = [Double](repeating: 0, count: slotCount)
        var bits = [UInt64](repeating: 0, count: (slotCount + 63) / 64)
        var lowest = slotCount
        var highest = -1
        for (i, value) in v.enumerated() where value != 0 {
            let k = slot[i]
            work[k] = value
            bits[k >> 6] |= 1 << UInt64(k & 63)
            lowest = min(lowest, k)
            highest = max(highest, k)
        }
        return (work, bits, lowest, highest)
    }

    /// Solves B y = a for column j of `matrix` into `ftranValues` (over basis positions) and `ftranNonzeros`
    /// (the positions that may be nonzero), on the factor's own scratch, which is left all zero. The solves visit
    /// only the slots that hold a nonzero, found through a bitmap a word at a time, so a solve costs the
    /// nonzeros it meets and a pass over the bitmap's words, with no heap and no pass over m.
    mutating func sparseFtran(column j: Int, of matrix: PackedVectors) {
        var work: [Double] = []
        var bits: [UInt64] = []
        var y: [Double] = []
        var nonzeros: [Int] = []
        swap(&work, &slotScratch)
        swap(&bits, &slotBits)
        swap(&y, &ftranValues)
        swap(&nonzeros, &ftranNonzeros)
        for position in nonzeros { y[position] = 0 }
        nonzeros.removeAll(keepingCapacity: true)
        let (lowest, reached) = Self.load(column: j, of: matrix, into: &work, bits: &bits, slotOfRow: stepOfRow)
        let highest = forwardLR(work: &work, bits: &bits, lowest: lowest, highest: reached)
        forwardU(work: &work, bits: &bits, highest: highest, y: &y, nonzeros: &nonzeros)
        swap(&work, &slotScratch)
        swap(&bits, &slotBits)
        swap(&y, &ftranValues)
        swap(&nonzeros, &ftranNonzeros)
    }

    /// Solves Bᵀ z = e_r (a row of B⁻¹) into `btranValues` (over rows) and `btranNonzeros`, on the factor's
    /// own scratch, which is left all zero.
    mutating func sparseBtranUnit(_ r: Int) {
        var work: [Double] = []
        var bits: [UInt64] = []
        var z: [Double] = []
        var nonzeros: [Int] = []
        swap(&work, &slotScratch)
        swap(&bits, &slotBits)
        swap(&z, &btranValues)
        swap(&nonzeros, &btranNonzeros)
        for row in nonzeros { z[row] = 0 }
        nonzeros.removeAll(keepingCapacity: true)
        let k = slotOfPosition[r]
        work[k] = 1
        bits[k >> 6] |= 1 << UInt64(k & 63)
        backward(work: &work, bits: &bits, lowest: k, highest: k, z: &z, nonzeros: &nonzeros)
        swap(&work, &slotScratch)
        swap(&bits, &slotBits)
        swap(&z, &btranValues)
        swap(&nonzeros, &btranNonzeros)
    }

    /// Puts column j of `matrix` into slot space (each row at the slot that pivots on it) and returns the lowest
    /// and highest slots it reached.
    private static func load(
        column j: Int, of matrix: PackedVectors, into work: inout [Double], bits: inout [UInt64], slotOfRow: [Int]
    ) -> (lowest: Int, highest: Int) {
        var lowest = Int.max
        var highest = -1
        for e in matrix.start[j]..<matrix.start[j + 1] {
            let k = slotOfRow[matrix.index[e]]
            work[k] += matrix.value[e]
            bits[k >> 6] |= 1 << UInt64(k & 63)
            lowest = min(lowest, k)
            highest = max(highest, k)
        }
        return (lowest, highest)
    }

    /// FTRAN's first half, in slot space: L (each step with multipliers subtracts them times its value from later
    /// steps), then the row etas of the updates in order (each moves its old slot's value, less its multiples of
    /// other slots, to its new slot). What is left is the spike of the column. Returns the highest slot reached.
    private func forwardLR(work: inout [Double], bits: inout [UInt64], lowest: Int, highest: Int) -> Int {
        var highest = highest
        var k = lowest
        // Unchecked buffers in the inner loops: every index comes from the factorisation's own arrays.
        work.withUnsafeMutableBufferPointer { work in
            bits.withUnsafeMutableBufferPointer { bits in
                while k < m, let step = Self.nextStep(from: k, in: bits), step < m {
                    let pivot = work[step]
                    if pivot != 0 {
                        for e in lStart[step]..<lStart[step + 1] {
                            let target = lStep[e]
                            work[target] -= lValue[e] * pivot
                            bits[target >> 6] |= 1 << UInt64(target & 63)
                            highest = max(highest, target)
                        }
                    }
                    k = step + 1
                }
                for eta in 0..<rFrom.count {
                    let from = rFrom[eta]
                    var value = work[from]
                    for e in rStart[eta]..<rStart[eta + 1] { value -= rValue[e] * work[rSlot[e]] }
                    work[from] = 0
                    if value != 0 {
                        let to = rTo[eta]
                        work[to] = value
                        bits[to >> 6] |= 1 << UInt64(to & 63)
                        highest = max(highest, to)
                    }
                }
            }
        }
        return highest
    }

    /// FTRAN's second half: U by columns, last slot first (a column's entries lie in earlier slots), skipping
    /// the slots updates have retired. Each slot read is cleared, so `work` and `bits` end all zero.
    private func forwardU(
        work: inout [Double], bits: inout [UInt64], highest: Int, y: inout [Double], nonzeros: inout [Int]
    ) {
        var k = highest
        uColumnStep.withUnsafeBufferPointer { index in
            uColumnValue.withUnsafeBufferPointer { entry in
                work.withUnsafeMutableBufferPointer { work in
                    bits.withUnsafeMutableBufferPointer { bits in
                        while let slot = Self.previousStep(from: k, in: bits) {
                            bits[slot >> 6] &= ~(1 << UInt64(slot & 63))
                            let value = work[slot]
                            work[slot] = 0
                            if value != 0 && alive[slot] {
                                let yk = value / diagonal[slot]
                                let position = pivotColumn[slot]
                                y[position] = yk
                                nonzeros.append(position)
                                for e in uColumnFrom[slot]..<uColumnTo[slot] {
                                    let target = index[e]
                                    work[target] -= entry[e] * yk
                                    bits[target >> 6] |= 1 << UInt64(target & 63)
                                }
                            }
                            k = slot - 1
                        }
                    }
                }
            }
        }
    }

    /// BTRAN's core, in slot space from basis positions to rows: Uᵀ first slot first (a slot's value is final
    /// when reached and is solved in place; its row's entries, and the entries updates added to it, lie in
    /// later slots), then the updates' row etas transposed, last first, then Lᵀ last step first (a step's value
    /// goes to the rows' result and to the earlier steps that eliminated its row). `work` and `bits` end all
    /// zero; `z` is assumed all zero over rows.
    private func backward(
        work: inout [Double], bits: inout [UInt64], lowest: Int, highest: Int, z: inout [Double],
        nonzeros: inout [Int]
    ) {
        var highest = highest
        var k = lowest
        uStep.withUnsafeBufferPointer { index in
            uValue.withUnsafeBufferPointer { entry in
                work.withUnsafeMutableBufferPointer { work in
                    bits.withUnsafeMutableBufferPointer { bits in
                        while let slot = Self.nextStep(from: k, in: bits) {
                            k = slot + 1
                            let value = work[slot]
                            guard value != 0 else { continue }
                            guard alive[slot] else {
                                work[slot] = 0
                                bits[slot >> 6] &= ~(1 << UInt64(slot & 63))
                                continue
                            }
                            let solved = value / diagonal[slot]
                            work[slot] = solved
                            if slot < m {
                                for e in uStart[slot]..<uStart[slot + 1] {
                                    let target = index[e]
                                    work[target] -= entry[e] * solved
                                    bits[target >> 6] |= 1 << UInt64(target & 63)
                                    highest = max(highest, target)
                                }
                            }
                            var extra = rowExtraHead[slot]
                            while extra >= 0 {
                                let target = extraTarget[extra]
                                work[target] -= extraValue[extra] * solved
                                bits[target >> 6] |= 1 << UInt64(target & 63)
                                highest = max(highest, target)
                                extra = extraNext[extra]
                            }
                        }
                        for eta in stride(from: rFrom.count - 1, through: 0, by: -1) {
                            let to = rTo[eta]
                            let value = work[to]
                            work[to] = 0
                            bits[to >> 6] &= ~(1 << UInt64(to & 63))
                            guard value != 0 else { continue }
                            let from = rFrom[eta]
                            work[from] = value
                            bits[from >> 6] |= 1 << UInt64(from & 63)
                            for e in rStart[eta]..<rStart[eta + 1] {
                                let target = rSlot[e]
                                work[target] -= rValue[e] * value
                                bits[target >> 6] |= 1 << UInt64(target & 63)
                            }
                        }
                    }
                }
            }
        }
        k = min(highest, m - 1)
        lRowStep.withUnsafeBufferPointer { index in
            lRowValue.withUnsafeBufferPointer { entry in
                work.withUnsafeMutableBufferPointer { work in
                    bits.withUnsafeMutableBufferPointer { bits in
                        z.withUnsafeMutableBufferPointer { z in
                            while let step = Self.previousStep(from: k, in: bits) {
                                bits[step >> 6] &= ~(1 << UInt64(step & 63))
                                let value = work[step]
                                work[step] = 0
                                if value != 0 {
                                    let row = pivotRow[step]
                                    z[row] = value
                                    nonzeros.append(row)
                                    for e in lRowStart[row]..<lRowStart[row + 1] {
                                        let target = index[e]
                                        work[target] -= entry[e] * value
                                        bits[target >> 6] |= 1 << UInt64(target & 63)
                                    }
                                }
                                k = step - 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The first slot at or after `start` (0 if it is negative) whose bit is set, if any.
    @inline(__always)
    private static func nextStep(from start: Int, in bits: UnsafeMutableBufferPointer<UInt64>) -> Int? {
        let k = max(start, 0)
        var word = k >> 6
        guard word < bits.count else { return nil }
        var w = bits[word] & (UInt64.max << UInt64(k & 63))
        while w == 0 {
            word += 1
            guard word < bits.count else { return nil }
            w = bits[word]
        }
        return word << 6 | w.trailingZeroBitCount
    }

    /// The last slot at or before `start` (the last slot if it is past the end) whose bit is set, if any.
    @inline(__always)
    private static func previousStep(from start: Int, in bits: UnsafeMutableBufferPointer<UInt64>) -> Int? {
        let k = min(start, bits.count * 64 - 1)
        guard k >= 0 else { return nil }
        var word = k >> 6
        var w = bits[word] & (UInt64.max >> UInt64(63 - (k & 63)))
        while w == 0 {
            word -= 1
            guard word >= 0 else { return nil }
            w = bits[word]
        }
        return word << 6 | (63 - w.leadingZeroBitCount)
    }

    /// Adds `factor` × row `row` of U (the factorisation's row and the entries updates added to it, at live
    /// slots only) to `work`, setting their bits; returns the lowest slot it reached (Int.max if none).
    @discardableResult
    private func addRow(
        _ row: Int, times factor: Double, to work: UnsafeMutableBufferPointer<Double>,
        bits: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var lowest = Int.max
        if row < m {
            for e in uStart[row]..<uStart[row + 1] where alive[uStep[e]] {
                let target = uStep[e]
                work[target] += factor * uValue[e]
                bits[target >> 6] |= 1 << UInt64(target & 63)
                lowest = min(lowest, target)
            }
        }
        var extra = rowExtraHead[row]
        while extra >= 0 {
            let target = extraTarget[extra]
            if alive[target] {
                work[target] += factor * extraValue[extra]
                bits[target >> 6] |= 1 << UInt64(target & 63)
                lowest = min(lowest, target)
            }
            extra = extraNext[extra]
        }
        return lowest
    }

    /// A Forrest–Tomlin update: column j of `matrix` replaces the basis column at position `r`, whose FTRAN'd
    /// entry there was `pivot`. The column's spike (L and the earlier updates applied) becomes a new last column
    /// of U; the row of the slot it replaces moves to the end and is cleared of its entries by multiples of the
    /// rows after it, which become a row eta; that slot retires. False (and the factor marked stale, so it is
    /// refactorised before the next solve) when the new diagonal is too small or disagrees with pivot × the
    /// old one, a sign of accumulated rounding; false without a change while the factor waits to be refactorised.
    @discardableResult
    mutating func update(position r: Int, column j: Int, of matrix: PackedVectors, pivot: Double) -> Bool {
        guard !needsRefactor else { return false }
        let t = slotOfPosition[r]
        var work: [Double] = []
        var bits: [UInt64] = []
        var spike: [Double] = []
        swap(&work, &slotScratch)
        swap(&bits, &slotBits)
        swap(&spike, &spikeScratch)
        defer {
            swap(&work, &slotScratch)
            swap(&bits, &slotBits)
            swap(&spike, &spikeScratch)
        }
        // The spike, moved out of the bitmap into `spike` (dense over slots) and listed.
        let (lowest, reached) = Self.load(column: j, of: matrix, into: &work, bits: &bits, slotOfRow: stepOfRow)
        let highest = forwardLR(work: &work, bits: &bits, lowest: lowest, highest: reached)
        var spikeSlots: [Int] = []
        var k = 0
        work.withUnsafeMutableBufferPointer { work in
            bits.withUnsafeMutableBufferPointer { bits in
                while k <= highest, let slot = Self.nextStep(from: k, in: bits) {
                    bits[slot >> 6] &= ~(1 << UInt64(slot & 63))
                    let value = work[slot]
                    work[slot] = 0
                    if value != 0 && alive[slot] {
                        spike[slot] = value
                        spikeSlots.append(slot)
                    }
                    k = slot + 1
                }
            }
        }
        // Row t's entries after t, eliminated in slot order by the rows they meet; the new diagonal is the spike's
        // entry at t less the same multiples of the spike's entries in those rows.
        var diagonalNew = spike[t]
        var etaSlots: [Int] = []
        var etaValues: [Double] = []
        work.withUnsafeMutableBufferPointer { work in
            bits.withUnsafeMutableBufferPointer { bits in
                var next = addRow(t, times: 1, to: work, bits: bits)
                while let slot = Self.nextStep(from: next, in: bits) {
                    bits[slot >> 6] &= ~(1 << UInt64(slot & 63))
                    let value = work[slot]
                    work[slot] = 0
                    next = slot + 1
                    let multiplier = value / diagonal[slot]
                    guard abs(multiplier) > Self.dropTolerance else { continue }
                    etaSlots.append(slot)
                    etaValues.append(multiplier)
                    diagonalNew -= multiplier * spike[slot]
                    addRow(slot, times: -multiplier, to: work, bits: bits)
                }
            }
        }
        let expected = pivot * diagonal[t]
        guard abs(diagonalNew) >= Self.smallestPivot,
            abs(diagonalNew - expected) <= 1e-8 * max(abs(expected), 1e-12)
        else {
            for slot in spikeSlots { spike[slot] = 0 }
            needsRefactor = true
            return false
        }
        // Commit: a new slot for position r, its column the spike off the diagonal, mirrored into the rows.
        let slot = slotCount
        alive[t] = false
        alive.append(true)
        diagonal.append(diagonalNew)
        pivotColumn.append(r)
        pivotRow.append(pivotRow[t])
        slotOfPosition[r] = slot
        rowExtraHead.append(-1)
        uColumnFrom.append(uColumnStep.count)
        for row in spikeSlots {
            let value = spike[row]
            spike[row] = 0
            guard row != t else { continue }
            uColumnStep.append(row)
            uColumnValue.append(value)
            extraTarget.append(slot)
            extraValue.append(value)
            extraNext.append(rowExtraHead[row])
            rowExtraHead[row] = extraTarget.count - 1
        }
        uColumnTo.append(uColumnStep.count)
        rFrom.append(t)
        rTo.append(slot)
        rSlot.append(contentsOf: etaSlots)
        rValue.append(contentsOf: etaValues)
        rStart.append(rSlot.count)
        if work.count < slotCount {
            work.append(0)
            spike.append(0)
            if bits.count * 64 < slotCount { bits.append(0) }
        }
        return true
    }
}

/// The bump's active columns in buckets by their count of entries (doubly linked lists), so the Markowitz search
/// finds the sparsest columns without scanning them all.
struct CountBuckets {
    private(set) var count: [Int]
    private var head: [Int]
    private var next: [Int]
    private var previous: [Int]
    private var listed: [Bool]
    /// No bucket below this one holds a column (a lower bound, raised lazily by `sparsest`).
    private var lowest = 1

    init(size: Int) {
        count = [Int](repeating: 0, count: size)
        head = [Int](repeating: -1, count: size + 2)
        next = [Int](repeating: -1, count: size)
        previous = [Int](repeating: -1, count: size)
        listed = [Bool](repeating: false, count: size)
    }

    mutating func insert(_ column: Int, count newCount: Int) {
        count[column] = newCount
        link(column)
    }

    /// Takes the column out of the buckets (it has been pivoted); its count is kept.
    mutating func remove(_ column: Int) {
        guard listed[column] else { return }
        unlink(column)
    }

    /// Changes a column's count, moving it to its new bucket if it is listed.
    mutating func change(_ column: Int, by delta: Int) {
        let wasListed = listed[column]
        if wasListed { unlink(column) }
        count[column] += delta
        if wasListed { link(column) }
    }

    /// Up to `limit` columns from the sparsest non-empty bucket of counts above zero.
    mutating func sparsest(limit: Int) -> [Int] {
        var bucket = max(lowest, 1)
        while bucket < head.count && head[bucket] < 0 { bucket += 1 }
        lowest = bucket
        var found: [Int] = []
        var column = bucket < head.count ? head[bucket] : -1
        while column >= 0 && found.count < limit {
            found.append(column)
            column = next[column]
        }
        return found
    }

    private mutating func link(_ column: Int) {
        let bucket = min(count[column], head.count - 1)
        next[column] = head[bucket]
        previous[column] = -1
        if head[bucket] >= 0 { previous[head[bucket]] = column }
        head[bucket] = column
        listed[column] = true
        if bucket < lowest { lowest = bucket }
    }

    private mutating func unlink(_ column: Int) {
        let bucket = min(count[column], head.count - 1)
        if previous[column] >= 0 { next[previous[column]] = next[column] } else { head[bucket] = next[column] }
        if next[column] >= 0 { previous[next[column]] = previous[column] }
        listed[column] = false
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
