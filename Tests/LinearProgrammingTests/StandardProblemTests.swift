import Foundation
import Testing

@testable import LinearProgramming

/// The Netlib and MIPLIB problems in problems/, against HiGHS's answers in expected.json.
///
/// bell5 is checked only for the truth of what it reports: the solver cannot close its last 0.02–0.07% of gap
/// in 100,000 nodes (see the LinearProgramming README).
@Suite struct StandardProblemTests {
    struct Expected: Decodable {
        var status: String
        var objective: Double?
        var rows: Int
        var cols: Int
        var integer_cols: Int
    }

    static let folder = Bundle.module.url(forResource: "problems", withExtension: nil)!
    static func expected(_ name: String) throws -> Expected? {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try JSONDecoder().decode([String: Expected].self, from: data)[name]
    }

    static func load(_ name: String) throws -> LinearProgram {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).mps"), encoding: .utf8)
        return try MPS.read(text)
    }

    @Test(arguments: [
        "afiro", "adlittle", "sctest", "avgas", "israel", "e226", "scrs8", "stair", "shell", "25fv47", "bgetam",
        "woodinfe",
    ])
    func linearProgramsMatchHiGHS(name: String) throws {
        let lp = try Self.load(name)
        let expected = try #require(try Self.expected(name))
        #expect(lp.constraints.count == expected.rows && lp.variables.count == expected.cols)
        for presolve in [true, false] {
            var options = SolverOptions()
            options.presolve = presolve
            let solution = try Solver(options: options).solve(lp)
            try check(solution, of: lp, name: "\(name) (presolve \(presolve))", against: expected)
        }
    }

    func check(_ solution: Solution, of lp: LinearProgram, name: String, against expected: Expected) throws {
        #expect(
            solution.status.rawValue == expected.status,
            "\(name): \(solution.status) after \(solution.iterations) iterations")
        if let objective = expected.objective, solution.status == .optimal {
            #expect(
                abs(solution.objective - objective) <= 1e-6 * max(1, abs(objective)),
                "\(name): \(solution.objective) vs \(objective)")
            #expect(
                lp.maximumViolation(solution.values) <= 1e-7,
                "\(name) violation \(lp.maximumViolation(solution.values))")
            let failures = optimalityCertificateFailures(lp, solution)
            #expect(failures.isEmpty, "\(name): \(failures.prefix(5))")
        }
    }

    /// bell5 does not close its gap within the limits, but what it reports must still be true: its point is
    /// feasible and no better than HiGHS's optimum, and its bound no worse.
    @Test func aMILPStoppedAtItsNodeLimitReportsAValidPointAndBound() throws {
        let lp = try Self.load("bell5")
        let optimum = try #require(try Self.expected("bell5")?.objective)
        var options = SolverOptions()
        options.nodeLimit = 20_000
        let solution = try Solver(options: options).solve(lp)
        #expect(solution.status == .limit || solution.status == .optimal)
        let bound = try #require(solution.bestBound)
        let tolerance = 1e-6 * abs(optimum)
        #expect(bound <= optimum + tolerance, "bound \(bound) above the optimum \(optimum)")
        if !solution.values.isEmpty {
            #expect(lp.maximumViolation(solution.values) <= 1e-6)
            #expect(solution.objective >= optimum - tolerance, "\(solution.objective) below the optimum \(optimum)")
            #expect(bound <= solution.objective + tolerance)
        }
    }

    @Test(arguments: ["flugpl", "lseu", "egout", "p0548"])
    func mixedIntegerProgramsMatchHiGHS(name: String) throws {
        let lp = try Self.load(name)
        let expected = try #require(try Self.expected(name))
        #expect(lp.variables.filter(\.isInteger).count == expected.integer_cols)
        var options = SolverOptions()
        options.timeLimit = 60
        let solution = try Solver(options: options).solve(lp)
        #expect(solution.status == .optimal, "\(name): \(solution.status), \(solution.nodes) nodes")
        if let objective = expected.objective, solution.status == .optimal {
            #expect(
                abs(solution.objective - objective) <= 1e-6 * max(1, abs(objective)),
                "\(name): \(solution.objective) vs \(objective)")
            #expect(lp.maximumViolation(solution.values) <= 1e-6)
        }
    }
}
