import Foundation
import Testing

@testable import LinearProgramming

@Suite struct MPSTests {
    @Test func writtenModelsReadBackTheSame() throws {
        var lp = LinearProgram(name: "round-trip", sense: .maximise, objectiveOffset: 5)
        let a = lp.addVariable("a", lower: -2, upper: 4, objective: 1.5)
        let b = lp.addVariable("b", lower: -.infinity, objective: -1)
        let c = lp.addVariable("c", upper: 10, objective: 2, isInteger: true)
        let d = lp.addVariable("d", objective: 1, isInteger: true)
        lp.addConstraint("le", [a: 1, b: 2], upper: 3)
        lp.addConstraint("ge", [b: 1, c: -1], lower: -4)
        lp.addConstraint("range", [a: 1, c: 1, d: 1], lower: 1, upper: 6)
        lp.addEquality("eq", [a: 1, d: -1], equals: 0.5)
        let text = MPS.write(lp)
        let back = try MPS.read(text)
        #expect(back.sense == .maximise)
        #expect(back.objectiveOffset == 5)
        #expect(back.variables == lp.variables)
        #expect(back.constraints.map(\.name) == lp.constraints.map(\.name))
        for (x, y) in zip(back.constraints, lp.constraints) {
            #expect(x.lower == y.lower && x.upper == y.upper)
            #expect(x.terms.map(\.index) == y.terms.map(\.index) && x.terms.map(\.value) == y.terms.map(\.value))
        }
    }

    @Test func theStandardFilesRoundTripToTheSameOptimum() throws {
        for name in ["afiro", "adlittle", "flugpl"] {
            let lp = try StandardProblemTests.load(name)
            let again = try MPS.read(MPS.write(lp))
            let first = try Solver().solve(lp)
            let second = try Solver().solve(again)
            #expect(abs(first.objective - second.objective) <= 1e-9 * max(1, abs(first.objective)), "\(name)")
        }
    }

    @Test(arguments: [
        (" x obj 1\nROWS\n N obj\nENDATA\n", 1, "before"),
        ("NAME t\nROWS\n N obj\n Q r\nENDATA\n", 4, "not N, E, L or G"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x nowhere 1\nENDATA\n", 5, "nowhere"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj abc\nENDATA\n", 5, "not a number"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP BND y 4\nENDATA\n", 7, "\"y\""),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\n", 5, "ENDATA"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n LO BND x 5\n UP BND x 1\nENDATA\n", 9, "above"),
    ])
    func malformedFilesNameTheLine(text: String, line: Int, words: String) {
        do {
            _ = try MPS.read(text)
            Issue.record("expected an error")
        } catch {
            if case .mps(let at, _) = error { #expect(at == line, "\(error)") }
            #expect(error.description.contains(words), "\(error)")
        }
    }

    @Test func integerMarkersDefaultToBinaryAndObjectiveRHSIsANegatedConstant() throws {
        let text = """
            NAME demo
            ROWS
             N cost
             L cap
            COLUMNS
                MARKER 'MARKER' 'INTORG'
                y cost -1 cap 1
                z cost -1 cap 1
                MARKER 'MARKER' 'INTEND'
            RHS
                RHS cost -7 cap 5
            BOUNDS
             UP BND z 3
            ENDATA
            """
        let lp = try MPS.read(text)
        #expect(lp.variables.map(\.isInteger) == [true, true])
        #expect(lp.variables[0].upper == 1)
        #expect(lp.variables[1].upper == 3)
        #expect(lp.objectiveOffset == 7)
    }
}
