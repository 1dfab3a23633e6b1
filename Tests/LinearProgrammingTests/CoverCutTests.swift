import Testing

@testable import LinearProgramming

/// Cover cuts and coefficient tightening on knapsack rows, checked by enumerating every binary point: a cut
/// must hold at every point the row allows and cut off the LP point it was made from; tightening must keep
/// exactly the same integer points.
@Suite struct CoverCutTests {
    /// Every 0/1 vector of length n.
    static func points(_ n: Int) -> [[Double]] {
        (0..<(1 << n)).map { mask in (0..<n).map { Double((mask >> $0) & 1) } }
    }

    static func activity(_ terms: [(index: Int, value: Double)], _ x: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.value * x[$1.index] }
    }

    /// Rows with positive and negative weights, each with an LP point that satisfies it but no integer point
    /// near it does.
    static let rows: [(terms: [(index: Int, value: Double)], capacity: Double, point: [Double])] = [
        ([(0, 5), (1, 4), (2, 3), (3, 6)], 9, [1, 0.75, 0, 0.16]),
        ([(0, 3), (1, -4), (2, 5), (3, 2), (4, 7)], 6, [1, 0.5, 0.6, 1, 0]),
        ([(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)], 5, [1, 1, 0.5, 0, 0]),
    ]

    @Test func coverCutsHoldAtEveryIntegerPointAndCutOffTheLPPoint() throws {
        for (number, row) in Self.rows.enumerated() {
            let n = row.point.count
            #expect(Self.activity(row.terms, row.point) <= row.capacity + 1e-9, "row \(number)'s point is feasible")
            let cut = try #require(
                CoverCuts.cover(row.terms, atMost: row.capacity, values: row.point, name: "r\(number)"),
                "row \(number) gives a cut")
            #expect(Self.activity(cut.terms, row.point) > cut.upper + 1e-6, "row \(number)'s cut cuts off the point")
            for x in Self.points(n) where Self.activity(row.terms, x) <= row.capacity + 1e-9 {
                #expect(Self.activity(cut.terms, x) <= cut.upper + 1e-9, "row \(number): the cut removes \(x)")
            }
        }
    }

    @Test func tighteningKeepsTheSameIntegerPoints() throws {
        var tightenedSome = false
        let extra: (terms: [(index: Int, value: Double)], capacity: Double, point: [Double]) = (
            [(0, 9), (1, 2), (2, 3)], 10, [1, 0, 0]
        )
        for (number, row) in (Self.rows + [extra]).enumerated() {
            guard let tight = CoverCuts.tighten(row.terms, atMost: row.capacity) else { continue }
            tightenedSome = true
            for x in Self.points(row.point.count) {
                let before = Self.activity(row.terms, x) <= row.capacity + 1e-9
                let after = Self.activity(tight.terms, x) <= tight.capacity + 1e-9
                #expect(before == after, "row \(number) at \(x): \(before) before, \(after) after")
            }
        }
        // 9a + 2b + 3c ≤ 10: a = 0 leaves the row slack by 5, so a's weight and the capacity both drop by 5.
        let tight = try #require(CoverCuts.tighten([(0, 9), (1, 2), (2, 3)], atMost: 10))
        #expect(tight.terms.map { $0.value } == [4, 2, 3] && tight.capacity == 5)
        #expect(tightenedSome)
    }
}
