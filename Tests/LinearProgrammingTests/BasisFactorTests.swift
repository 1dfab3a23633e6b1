import Testing

@testable import LinearProgramming

/// The sparse basis factorisation against plain matrix arithmetic: B·ftran(v) = v and Bᵀ·btran(v) = v, before and
/// after Forrest–Tomlin updates, on random sparse bases shaped like a simplex's (logical columns, a few dense
/// rows, staged blocks); and singular bases reported with a dependent column and the rows left uncovered.
@Suite struct BasisFactorTests {
    /// A small deterministic generator (the tests must not depend on the system's randomness).
    struct Lcg {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        mutating func index(_ n: Int) -> Int { min(n - 1, Int(next() * Double(n))) }
    }

    /// A random m×m basis: about half logical columns (−1 on their own row), the rest a few random entries plus a
    /// diagonal entry so the matrix is (almost surely) nonsingular, with every fifth column long.
    static func basis(m: Int, seed: UInt64) -> [[(Int, Double)]] {
        var random = Lcg(state: seed)
        return (0..<m).map { j in
            if random.next() < 0.5 { return [(j, -1.0)] }
            var column: [Int: Double] = [j: 2 + random.next()]
            for _ in 0..<(j % 5 == 0 ? 12 : 3) { column[random.index(m), default: 0] += random.next() - 0.5 }
            return column.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    static func multiply(_ columns: [[(Int, Double)]], _ y: [Double], m: Int) -> [Double] {
        var result = [Double](repeating: 0, count: m)
        for (j, column) in columns.enumerated() { for (i, a) in column { result[i] += a * y[j] } }
        return result
    }

    static func multiplyTransposed(_ columns: [[(Int, Double)]], _ z: [Double]) -> [Double] {
        columns.map { column in column.reduce(0) { $0 + $1.1 * z[$1.0] } }
    }

    static func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    @Test(arguments: [(5, UInt64(1)), (40, 2), (300, 3), (1_500, 4)])
    func solvesAgreeWithTheMatrix(m: Int, seed: UInt64) throws {
        var columns = Self.basis(m: m, seed: seed)
        var factor = try BasisFactor(m: m, columns: columns)
        var random = Lcg(state: seed &+ 99)
        for round in 0..<12 {
            let v = (0..<m).map { _ in random.next() - 0.5 }
            let y = factor.ftran(v)
            #expect(Self.largestDifference(Self.multiply(columns, y, m: m), v) < 1e-9, "ftran, round \(round)")
            let z = factor.btran(v)
            #expect(Self.largestDifference(Self.multiplyTransposed(columns, z), v) < 1e-9, "btran, round \(round)")
            // A simplex pivot: a new column replaces the one at a position where its FTRAN is large enough.
            let entering = Self.basis(m: m, seed: seed &+ UInt64(round) &+ 7)[random.index(m)]
            var dense = [Double](repeating: 0, count: m)
            for (i, a) in entering { dense[i] += a }
            let alpha = factor.ftran(dense)
            // The hyper-sparse solves give the same answers, and list every nonzero.
            var packed = PackedVectors()
            for (i, a) in entering where a != 0 { packed.append(i, a) }
            packed.endVector()
            factor.sparseFtran(column: 0, of: packed)
            let sparse = (values: factor.ftranValues, nonzeros: factor.ftranNonzeros)
            #expect(Self.largestDifference(sparse.values, alpha) < 1e-12, "sparse ftran, round \(round)")
            #expect(alpha.indices.allSatisfy { alpha[$0] == 0 || sparse.nonzeros.contains($0) })
            let r = random.index(m)
            var unit = [Double](repeating: 0, count: m)
            unit[r] = 1
            let row = factor.btran(unit)
            factor.sparseBtranUnit(r)
            let sparseRow = (values: factor.btranValues, nonzeros: factor.btranNonzeros)
            #expect(Self.largestDifference(sparseRow.values, row) < 1e-12, "sparse btran, round \(round)")
            #expect(row.indices.allSatisfy { row[$0] == 0 || sparseRow.nonzeros.contains($0) })
            guard let position = alpha.indices.max(by: { abs(alpha[$0]) < abs(alpha[$1]) }) else { continue }
            // A Forrest–Tomlin update at the largest pivot is safe: its check (new diagonal = pivot × old) holds.
            let updated = factor.update(position: position, column: 0, of: packed, pivot: alpha[position])
            #expect(updated, "round \(round)")
            #expect(factor.updateCount == round + 1)
            columns[position] = entering
        }
    }

    static func packed(_ column: [(Int, Double)]) -> PackedVectors {
        var packed = PackedVectors()
        for (i, a) in column where a != 0 { packed.append(i, a) }
        packed.endVector()
        return packed
    }

    @Test func manyUpdatesAtOnePositionKeepTheSolvesExact() throws {
        // 80 Forrest–Tomlin updates on m = 60 (so the slots cross two words of the solves' bitmap), at position 7
        // whenever its pivot is safe (a position replaced again and again), each followed by checked solves.
        let m = 60
        var columns = Self.basis(m: m, seed: 11)
        var factor = try BasisFactor(m: m, columns: columns)
        var random = Lcg(state: 12)
        var succeeded = 0
        for round in 0..<80 {
            let entering = Self.basis(m: m, seed: 100 &+ UInt64(round))[random.index(m)]
            var dense = [Double](repeating: 0, count: m)
            for (i, a) in entering { dense[i] += a }
            let alpha = factor.ftran(dense)
            guard let largest = alpha.indices.max(by: { abs(alpha[$0]) < abs(alpha[$1]) }) else { continue }
            let position = abs(alpha[7]) > 0.1 * abs(alpha[largest]) ? 7 : largest
            let updated = factor.update(
                position: position, column: 0, of: Self.packed(entering), pivot: alpha[position])
            columns[position] = entering
            if updated { succeeded += 1 } else { factor = try BasisFactor(m: m, columns: columns) }
            let v = (0..<m).map { _ in random.next() - 0.5 }
            #expect(Self.largestDifference(Self.multiply(columns, factor.ftran(v), m: m), v) < 1e-8, "ftran \(round)")
            #expect(
                Self.largestDifference(Self.multiplyTransposed(columns, factor.btran(v)), v) < 1e-8, "btran \(round)")
            let r = random.index(m)
            var unit = [Double](repeating: 0, count: m)
            unit[r] = 1
            let row = factor.btran(unit)
            factor.sparseBtranUnit(r)
            #expect(Self.largestDifference(factor.btranValues, row) < 1e-12, "sparse btran \(round)")
        }
        #expect(succeeded >= 70)
    }

    @Test func anUpdateFailingItsCheckLeavesTheFactorToBeRefactorised() throws {
        // Column 3 replaced by itself has pivot 1; told 2, the new diagonal disagrees with pivot × old diagonal.
        let m = 40
        let columns = Self.basis(m: m, seed: 5)
        var factor = try BasisFactor(m: m, columns: columns)
        let column = Self.packed(columns[3])
        #expect(!factor.isStale(interval: 1_000))
        let wrong = factor.update(position: 3, column: 0, of: column, pivot: 2)
        #expect(!wrong)
        #expect(factor.isStale(interval: 1_000))
        #expect(factor.updateCount == 0)
        let again = factor.update(position: 3, column: 0, of: column, pivot: 1)
        #expect(!again, "no update until it is refactorised")
        factor = try BasisFactor(m: m, columns: columns)
        let right = factor.update(position: 3, column: 0, of: column, pivot: 1)
        #expect(right)
    }

    @Test func aStagedBasisIsFactorisedWithoutFill() throws {
        // A lower-bidiagonal chain (stock-flow equations year after year) is triangular: every pivot is a
        // singleton, and the solves are exact.
        let m = 2_000
        let columns = (0..<m).map { j in j + 1 < m ? [(j, 1.0), (j + 1, -0.9)] : [(j, 1.0)] }
        let factor = try BasisFactor(m: m, columns: columns)
        let v = (0..<m).map { Double($0 % 7) }
        #expect(Self.largestDifference(Self.multiply(columns, factor.ftran(v), m: m), v) < 1e-9)
        #expect(Self.largestDifference(Self.multiplyTransposed(columns, factor.btran(v)), v) < 1e-9)
    }

    @Test func aNumericallyEmptyColumnIsTheOneBlamed() {
        // Column 2 holds only 1e-12, the sparsest and negligible; columns 0 and 1 are sound and come first, so
        // blaming the first column left would swap out a good one.
        let columns: [[(Int, Double)]] = [[(0, 1), (1, 1)], [(0, 1), (1, 2)], [(2, 1e-12)]]
        do {
            _ = try BasisFactor(m: 3, columns: columns)
            Issue.record("a numerically singular basis was factorised")
        } catch {
            #expect(error.column == 2)
            #expect(error.freeRows == [0, 1, 2])
        }
    }

    @Test func aSingularBasisNamesADependentColumnAndTheUncoveredRows() {
        // Columns 1 and 2 are equal; row 3 is empty.
        let columns: [[(Int, Double)]] = [[(0, 1)], [(1, 1), (2, 1)], [(1, 1), (2, 1)], [(2, 5)]]
        do {
            _ = try BasisFactor(m: 4, columns: columns)
            Issue.record("a singular basis was factorised")
        } catch {
            #expect([1, 2, 3].contains(error.column))
            #expect(error.freeRows.contains(3))
        }
    }
}
