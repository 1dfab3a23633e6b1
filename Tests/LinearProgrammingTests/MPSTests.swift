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
        ("NAME t\nROWS\n N obj\n Q r\nENDATA\n", 4, "expected a row type (N, E, L or G), found \"Q\""),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x nowhere 1\nENDATA\n", 5, "nowhere"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj abc\nENDATA\n", 5, "expected a number"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP BND y 4\nENDATA\n", 7, "\"y\""),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\n", 5, "ENDATA"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n LO BND x 5\n UP BND x 1\nENDATA\n", 8, "above"),
        (
            "NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1e400\nENDATA\n", 5,
            "expected a finite number for the coefficient of column \"x\" in row \"obj\", found \"1e400\""
        ),
        (
            "NAME t\nROWS\n N obj\n L c\nCOLUMNS\n x obj 1\nRHS\n RHS c nan\nENDATA\n", 8,
            "expected a number for the right-hand side of row \"c\", found \"nan\""
        ),
        (
            "NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n XX BND x 4\nENDATA\n", 7,
            "expected a bound type (UP, LO, FX, FR, MI, PL, BV, LI, UI, SC), found \"XX\""
        ),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP BND x\nENDATA\n", 7, "expected a value"),
        ("NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n LO BND x 2\n SC BND x 5\nENDATA\n", 8, "SC"),
        ("NAME t\nQUADOBJ\nENDATA\n", 2, "cannot represent"),
        ("OBJSENSE\nROWS\n N obj\nENDATA\n", 2, "expected the objective sense"),
        ("OBJSENSE UP\nROWS\n N obj\nENDATA\n", 1, "found \"UP\""),
        ("OBJNAME cost\nROWS\n N obj\nENDATA\n", 1, "expected OBJNAME to name an N row"),
        ("ROWS\n N obj\n E r\nCOLUMNS\n x r 1\n y r 1\n x r 2\nENDATA\n", 7, "at most once"),
    ])
    func malformedFilesNameTheLine(text: String, line: Int, words: String) {
        for (ending, form) in [("\n", "LF"), ("\r\n", "CRLF")] {
            do {
                _ = try MPS.read(text.replacingOccurrences(of: "\n", with: ending))
                Issue.record("expected an error (\(form))")
            } catch {
                guard case .mps(let at, _) = error else {
                    Issue.record("\(error) does not name a line (\(form))")
                    continue
                }
                #expect(at == line, "\(error) (\(form))")
                #expect(error.description.contains(words), "\(error) (\(form))")
            }
        }
    }

    /// Reads with the warnings kept.
    static func read(_ text: String) throws -> (model: LinearProgram, warnings: [String]) {
        var warnings: [String] = []
        let model = try MPS.read(text) { warnings.append($0) }
        return (model, warnings)
    }

    @Test func crlfAndCROnlyFilesReadAsTheOriginal() throws {
        for name in ["afiro", "flugpl"] {
            let url = StandardProblemTests.folder.appendingPathComponent("\(name).mps")
            let text = try String(contentsOf: url, encoding: .utf8)
            let original = try MPS.read(text)
            #expect(try MPS.read(text.replacingOccurrences(of: "\n", with: "\r\n")) == original, "\(name)")
            #expect(try MPS.read(text.replacingOccurrences(of: "\n", with: "\r")) == original, "\(name)")
        }
    }

    @Test func tabsAndTrailingBlanksSeparateFields() throws {
        let text =
            "NAME\tdemo  \nROWS \n\tN\tcost\t\n\tL\tcap   \nCOLUMNS\n\tx\tcost\t-1\tcap\t1 \t\n"
            + "\ty \t cost\t-2\tcap\t1\nRHS\n\tRHS\tcap\t4\t\nBOUNDS\n\tUP\tBND\ty\t3  \nENDATA\t\n"
        let lp = try MPS.read(text)
        #expect(lp.name == "demo")
        #expect(lp.variables.map(\.name) == ["x", "y"])
        #expect(lp.variables.map(\.objective) == [-1, -2])
        #expect(lp.variables[1].upper == 3)
        #expect(lp.constraints.map(\.name) == ["cap"])
        #expect(lp.constraints[0].upper == 4)
        // min −x − 2y with x + y ≤ 4, y ≤ 3: y = 3, x = 1.
        #expect(abs(try Solver().solve(lp).objective - -7) <= 1e-9)
    }

    @Test func sectionsAfterENDATAAreIgnoredWithAWarning() throws {
        let text = "NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\nENDATA\nIMPORTANCES\n x 1\n"
        let (lp, warnings) = try Self.read(text)
        #expect(lp.variables.map(\.name) == ["x"])
        #expect(warnings == ["line 7: ignored the 2 lines after ENDATA (section IMPORTANCES)"])
        #expect(try Self.read("NAME t\nROWS\n N obj\nENDATA\n").warnings.isEmpty)
    }

    /// max 3x + 2y with x + y ≤ 4 and x ≤ 3: x = 3, y = 1, objective 11.
    static let smallModel =
        "ROWS\n N obj\n L c\nCOLUMNS\n x obj 3 c 1\n y obj 2 c 1\nRHS\n RHS c 4\nBOUNDS\n UP BND x 3\nENDATA\n"

    @Test(arguments: [
        "OBJSENSE\n    MAX\n", "OBJSENSE\nMAXIMIZE\n", "OBJSENSE MAX\n", "OBJSENSE    MAXIMIZE\n", "objsense\tmax\r\n",
    ])
    func objectiveSenseAsASectionOrOnOneLine(head: String) throws {
        let lp = try MPS.read("NAME small\n" + head + Self.smallModel)
        #expect(lp.sense == .maximise)
        let solution = try Solver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 11) <= 1e-9)
        #expect(
            solution.values.count == 2 && abs(solution.values[0] - 3) <= 1e-9 && abs(solution.values[1] - 1) <= 1e-9)
    }

    @Test func objectiveSenseMinimiseAndObjectiveName() throws {
        let minimum = try MPS.read("OBJSENSE\n    MIN\n" + Self.smallModel)
        #expect(minimum.sense == .minimise)
        #expect(abs(try Solver().solve(minimum).objective) <= 1e-9)
        // OBJNAME picks the second N row; the first is ignored with a warning.
        for head in ["OBJNAME\n    profit\n", "OBJNAME profit\n"] {
            let (lp, warnings) = try Self.read(
                head + "ROWS\n N cost\n N profit\n L c\nCOLUMNS\n x cost 1 profit 5\n x c 1\nENDATA\n")
            #expect(lp.variables[0].objective == 5)
            #expect(
                warnings.count == 1 && warnings.first?.hasPrefix("line \(head.contains("\n    ") ? 4 : 3):") == true)
        }
    }

    @Test func boundTypesRangesAndObjectiveConstant() throws {
        let text = """
            NAME extensions
            ROWS
             N obj
             E e1
             E e2
            COLUMNS
                MARKER MARKER INTORG
                a obj 1 e1 1
                MARKER MARKER INTEND
                b obj 1.5D0 e2 1
                c obj 1
                d obj 1
                f obj 1
                g obj 1
                h obj 1
                k obj 1
            RHS
                RHS obj -2.5 e1 3
                RHS e2 4
            RANGES
                RNG e1 -2 e2 5
            BOUNDS
             MI BND b
             PL BND c
             BV BND d
             LI BND f 2
             UI BND f 5
             FR BND g
             UP BND h -4
             UP BND k Inf
             SC BND a 1
            ENDATA
            """
        let (lp, warnings) = try Self.read(text)
        #expect(lp.objectiveOffset == 2.5)
        #expect(lp.variables[1].objective == 1.5)
        // A negative range widens an E row downwards, a positive one upwards.
        #expect(lp.constraints[0].lower == 1 && lp.constraints[0].upper == 3)
        #expect(lp.constraints[1].lower == 4 && lp.constraints[1].upper == 9)
        let infinity = Double.infinity
        let lowers: [Double] = [0, -infinity, 0, 0, 2, -infinity, -infinity, 0]
        let uppers: [Double] = [1, infinity, infinity, 1, 5, infinity, -4, infinity]
        #expect(lp.variables.map(\.lower) == lowers)
        #expect(lp.variables.map(\.upper) == uppers)
        #expect(lp.variables.map(\.isInteger) == [true, false, false, true, true, false, false, false])
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.hasPrefix("line 29:") && $0.contains("−∞") })
        #expect(warnings.contains { $0.hasPrefix("line 31:") && $0.contains("semi-continuous") })
    }

    /// Classic fixed-column MPS whose row "MY ROW", columns "MY COL" and "Z 1" and set names hold spaces.
    static let fixedFormat = """
        NAME          SPACES
        ROWS
         N  COST
         L  MY ROW
         G  LIM
        COLUMNS
            MY COL    COST               1.0   MY ROW             1.0
            MY COL    LIM                1.0
            Y         COST               2.0   MY ROW             1.0
            MARKER    'MARKER'                 'INTORG'
            Z 1       COST              -1.0   LIM                1.0
            MARKER    'MARKER'                 'INTEND'
        RHS
            RHS 1     MY ROW             4.0   LIM                1.0
        RANGES
            RNG       MY ROW             2.0
        BOUNDS
         UP BND 1     MY COL             3.0
         UP BND 1     Z 1                5.0
        ENDATA
        """

    @Test func fixedFormatNamesMayHoldSpaces() throws {
        let lp = try MPS.read(Self.fixedFormat)
        #expect(lp.constraints.map(\.name) == ["MY ROW", "LIM"])
        #expect(lp.variables.map(\.name) == ["MY COL", "Y", "Z 1"])
        #expect(lp.variables.map(\.upper) == [3, .infinity, 5])
        #expect(lp.variables.map(\.isInteger) == [false, false, true])
        #expect(lp.constraints[0].lower == 2 && lp.constraints[0].upper == 4)
        #expect(lp.constraints[0].terms.map(\.index) == [0, 1])
        // min MY COL + 2Y − Z 1 with 2 ≤ MY COL + Y ≤ 4, MY COL + Z 1 ≥ 1: MY COL = 2, Y = 0, Z 1 = 5.
        let solution = try Solver().solve(lp)
        #expect(abs(solution.objective - -3) <= 1e-9)
        #expect(try MPS.read(Self.fixedFormat.replacingOccurrences(of: "\n", with: "\r\n")) == lp)
        // An undefined row is named whole, with its line.
        let bad = Self.fixedFormat.replacingOccurrences(of: "MY COL    LIM ", with: "MY COL    LIM2")
        #expect(
            throws: LPError.mps(
                line: 8, message: "expected a row defined in ROWS for column \"MY COL\", found \"LIM2\"")
        ) {
            try MPS.read(bad)
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
