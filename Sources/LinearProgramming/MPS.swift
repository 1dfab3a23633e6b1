/// Reading and writing MPS files, fixed or free format, so every model can be checked in another solver
/// and any standard test problem can be read.
///
/// Conventions followed (as HiGHS, CPLEX and GLPK read them): the first N row is the objective; an RHS
/// entry on the objective row is the negated objective constant; RANGES on an E row widen it by the sign
/// of the range; `MARKER` lines with `INTORG`/`INTEND` delimit integer columns, whose upper bound is then 1
/// unless BOUNDS says otherwise; an `UP` bound below zero on a column whose lower bound is 0 makes the
/// lower bound −∞; `OBJSENSE` `MAX` (or `MAXIMIZE`) maximises.
public enum MPS {
    /// Reads an MPS file's text. Fixed-format files are read by whitespace, which works for every file
    /// whose names contain no spaces (all the standard test sets).
    public static func read(_ text: String) throws(LPError) -> LinearProgram {
        enum Section { case none, name, objsense, rows, columns, rhs, ranges, bounds, end }
        enum RowKind { case equal, less, greater }
        var lp = LinearProgram()
        var section = Section.none
        var rowIndex: [Substring: Int] = [:]
        var rowKinds: [RowKind] = []
        var objectiveName: Substring?
        var columnIndex: [Substring: Int] = [:]
        var inInteger = false
        var integerDefaultUpper: Set<Int> = []
        var explicitUpper: Set<Int> = []
        var rhs: [Double] = []
        var ranges: [Double?] = []
        var lineNumber = 0
        var lastContentLine = 0

        func number(_ token: Substring) throws(LPError) -> Double {
            guard let value = Double(token) else {
                throw .mps(line: lineNumber, message: "\"\(token)\" is not a number")
            }
            guard value.isFinite || abs(value) == .infinity else {
                throw .mps(line: lineNumber, message: "\"\(token)\" is not a number")
            }
            return value
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if line.first == "*" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            lastContentLine = lineNumber
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if line.first != " " && line.first != "\t" {
                let keyword = tokens[0].uppercased()
                switch keyword {
                case "NAME":
                    section = .name
                    lp.name = tokens.dropFirst().joined(separator: " ")
                case "OBJSENSE":
                    section = .objsense
                    if tokens.count > 1 { lp.sense = try sense(tokens[1], line: lineNumber) }
                case "ROWS": section = .rows
                case "COLUMNS": section = .columns
                case "RHS": section = .rhs
                case "RANGES": section = .ranges
                case "BOUNDS": section = .bounds
                case "ENDATA": section = .end
                case "OBJSENSE MAX", "MAX", "MAXIMIZE", "MINIMIZE", "MIN":
                    lp.sense = try sense(tokens[0], line: lineNumber)
                default:
                    if section == .objsense {
                        lp.sense = try sense(tokens[0], line: lineNumber)
                        continue
                    }
                    throw .mps(line: lineNumber, message: "unknown section \"\(tokens[0])\"")
                }
                continue
            }
            switch section {
            case .none, .name:
                throw .mps(line: lineNumber, message: "data before the ROWS section")
            case .objsense:
                lp.sense = try sense(tokens[0], line: lineNumber)
            case .rows:
                guard tokens.count >= 2 else { throw .mps(line: lineNumber, message: "a row needs a type and a name") }
                let name = tokens[1]
                guard rowIndex[name] == nil && name != objectiveName else {
                    throw .mps(line: lineNumber, message: "row \"\(name)\" is defined twice")
                }
                switch tokens[0].uppercased() {
                case "N":
                    if objectiveName == nil {
                        objectiveName = name
                    } else {
                        rowIndex[name] = -1  // further free rows are ignored
                    }
                case "E", "L", "G":
                    rowIndex[name] = lp.constraints.count
                    let kind: RowKind =
                        tokens[0].uppercased() == "E" ? .equal : tokens[0].uppercased() == "L" ? .less : .greater
                    rowKinds.append(kind)
                    lp.constraints.append(.init(name: String(name), terms: [], lower: 0, upper: 0))
                    rhs.append(0)
                    ranges.append(nil)
                default:
                    throw .mps(line: lineNumber, message: "row type \"\(tokens[0])\" is not N, E, L or G")
                }
            case .columns:
                if tokens.count >= 3 && tokens[1].uppercased() == "'MARKER'"
                    || (tokens.count >= 3 && tokens[1] == "MARKER")
                {
                    let marker = tokens[2].uppercased()
                    if marker.contains("INTORG") {
                        inInteger = true
                    } else if marker.contains("INTEND") {
                        inInteger = false
                    } else {
                        throw .mps(line: lineNumber, message: "unknown marker \(tokens[2])")
                    }
                    continue
                }
                guard tokens.count == 3 || tokens.count == 5 else {
                    throw .mps(
                        line: lineNumber, message: "a COLUMNS line needs a column, then one or two row and value pairs")
                }
                let column = tokens[0]
                let index: Int
                if let existing = columnIndex[column] {
                    index = existing
                } else {
                    index = lp.variables.count
                    columnIndex[column] = index
                    lp.variables.append(.init(name: String(column), isInteger: inInteger))
                    if inInteger { integerDefaultUpper.insert(index) }
                }
                var position = 1
                while position + 1 < tokens.count {
                    let row = tokens[position]
                    let value = try number(tokens[position + 1])
                    if row == objectiveName {
                        lp.variables[index].objective += value
                    } else if let r = rowIndex[row] {
                        if r >= 0 { lp.constraints[r].terms.append((index, value)) }
                    } else {
                        throw .mps(
                            line: lineNumber,
                            message: "column \"\(column)\" names row \"\(row)\", which ROWS does not define")
                    }
                    position += 2
                }
            case .rhs, .ranges:
                // The set name is optional: with an odd count of tokens after it, the first one is the set.
                let start = tokens.count % 2 == 1 ? 1 : 0
                guard tokens.count - start >= 2 else {
                    throw .mps(line: lineNumber, message: "expected a row and a value")
                }
                var position = start
                while position + 1 < tokens.count {
                    let row = tokens[position]
                    let value = try number(tokens[position + 1])
                    if row == objectiveName {
                        if section == .rhs { lp.objectiveOffset = -value }
                    } else if let r = rowIndex[row] {
                        if r >= 0 {
                            if section == .rhs { rhs[r] = value } else { ranges[r] = value }
                        }
                    } else {
                        throw .mps(line: lineNumber, message: "row \"\(row)\" is not defined in ROWS")
                    }
                    position += 2
                }
            case .bounds:
                guard tokens.count >= 2 else {
                    throw .mps(line: lineNumber, message: "a bound needs a type and a column")
                }
                let kind = tokens[0].uppercased()
                let needsValue = !["FR", "MI", "PL", "BV"].contains(kind)
                // "UP BND X 4" or, without the set name, "UP X 4".
                let hasSet = needsValue ? tokens.count >= 4 : tokens.count >= 3 && columnIndex[tokens[2]] != nil
                let columnToken = hasSet ? tokens[2] : tokens[1]
                guard let index = columnIndex[columnToken] else {
                    throw .mps(
                        line: lineNumber, message: "bound on column \"\(columnToken)\", which COLUMNS does not define")
                }
                let valueToken = needsValue ? (hasSet ? tokens.dropFirst(3).first : tokens.dropFirst(2).first) : nil
                if needsValue && valueToken == nil {
                    throw .mps(line: lineNumber, message: "bound \(kind) needs a value")
                }
                let value = try valueToken.map(number) ?? 0
                switch kind {
                case "UP":
                    lp.variables[index].upper = value
                    explicitUpper.insert(index)
                    if value < 0 && lp.variables[index].lower == 0 { lp.variables[index].lower = -.infinity }
                case "LO": lp.variables[index].lower = value
                case "FX":
                    lp.variables[index].lower = value
                    lp.variables[index].upper = value
                    explicitUpper.insert(index)
                case "FR":
                    lp.variables[index].lower = -.infinity
                    lp.variables[index].upper = .infinity
                    explicitUpper.insert(index)
                case "MI": lp.variables[index].lower = -.infinity
                case "PL":
                    lp.variables[index].upper = .infinity
                    explicitUpper.insert(index)
                case "BV":
                    lp.variables[index].isInteger = true
                    lp.variables[index].lower = 0
                    lp.variables[index].upper = 1
                    explicitUpper.insert(index)
                case "LI":
                    lp.variables[index].isInteger = true
                    lp.variables[index].lower = value
                case "UI":
                    lp.variables[index].isInteger = true
                    lp.variables[index].upper = value
                    explicitUpper.insert(index)
                    if value < 0 && lp.variables[index].lower == 0 { lp.variables[index].lower = -.infinity }
                default:
                    throw .mps(
                        line: lineNumber,
                        message: "bound type \"\(tokens[0])\" is not one of UP, LO, FX, FR, MI, PL, BV, LI, UI")
                }
            case .end:
                throw .mps(line: lineNumber, message: "data after ENDATA")
            }
        }
        guard section == .end else { throw .mps(line: lastContentLine, message: "the file ends without ENDATA") }
        guard objectiveName != nil || lp.variables.isEmpty else {
            throw .mps(line: lineNumber, message: "no N row for the objective")
        }
        for index in integerDefaultUpper where !explicitUpper.contains(index) && lp.variables[index].upper == .infinity
        {
            lp.variables[index].upper = 1
        }
        for (r, kind) in rowKinds.enumerated() {
            let b = rhs[r]
            switch kind {
            case .equal:
                lp.constraints[r].lower = b
                lp.constraints[r].upper = b
                if let range = ranges[r] {
                    if range >= 0 { lp.constraints[r].upper = b + range } else { lp.constraints[r].lower = b + range }
                }
            case .less:
                lp.constraints[r].lower = ranges[r].map { b - abs($0) } ?? -.infinity
                lp.constraints[r].upper = b
            case .greater:
                lp.constraints[r].lower = b
                lp.constraints[r].upper = ranges[r].map { b + abs($0) } ?? .infinity
            }
        }
        try lp.validate()
        return lp
    }

    private static func sense(_ token: Substring, line: Int) throws(LPError) -> LinearProgram.Sense {
        switch token.uppercased() {
        case "MAX", "MAXIMIZE", "MAXIMISE": return .maximise
        case "MIN", "MINIMIZE", "MINIMISE": return .minimise
        default: throw .mps(line: line, message: "OBJSENSE must be MIN or MAX, not \"\(token)\"")
        }
    }

    /// Writes free-format MPS that HiGHS, GLPK (`--freemps`) and CBC read. Names with spaces are replaced
    /// by their index (`C12`, `R3`), since free MPS cannot hold them.
    public static func write(_ lp: LinearProgram) -> String {
        func clean(_ name: String, _ fallback: String) -> String {
            name.isEmpty || name.contains(where: { $0 == " " || $0 == "\t" }) ? fallback : name
        }
        func format(_ value: Double) -> String {
            if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
            return "\(value)"
        }
        let columns = lp.variables.enumerated().map { clean($0.element.name, "C\($0.offset)") }
        let rows = lp.constraints.enumerated().map { clean($0.element.name, "R\($0.offset)") }
        var out = "NAME \(clean(lp.name, "skillmix"))\n"
        if lp.sense == .maximise { out += "OBJSENSE\n    MAX\n" }
        out += "ROWS\n N  OBJ\n"
        // Two-sided rows are written as E or L rows with a RANGES entry.
        for (r, row) in lp.constraints.enumerated() {
            let kind: String
            if row.lower == row.upper {
                kind = "E"
            } else if row.upper.isFinite {
                kind = "L"
            } else if row.lower.isFinite {
                kind = "G"
            } else {
                kind = "N"
            }
            out += " \(kind)  \(rows[r])\n"
        }
        var byColumn = Array(repeating: [(Int, Double)](), count: lp.variables.count)
        for (r, row) in lp.constraints.enumerated() {
            for term in row.terms { byColumn[term.index].append((r, term.value)) }
        }
        out += "COLUMNS\n"
        var inInteger = false
        for (j, variable) in lp.variables.enumerated() {
            if variable.isInteger != inInteger {
                out += "    MARKER  'MARKER'  \(variable.isInteger ? "'INTORG'" : "'INTEND'")\n"
                inInteger = variable.isInteger
            }
            if variable.objective != 0 || byColumn[j].isEmpty {
                out += "    \(columns[j])  OBJ  \(format(variable.objective))\n"
            }
            for (r, value) in byColumn[j] { out += "    \(columns[j])  \(rows[r])  \(format(value))\n" }
        }
        if inInteger { out += "    MARKER  'MARKER'  'INTEND'\n" }
        out += "RHS\n"
        if lp.objectiveOffset != 0 { out += "    RHS  OBJ  \(format(-lp.objectiveOffset))\n" }
        var rangesText = ""
        for (r, row) in lp.constraints.enumerated() {
            let value: Double
            if row.lower == row.upper {
                value = row.lower
            } else if row.upper.isFinite {
                value = row.upper
            } else if row.lower.isFinite {
                value = row.lower
            } else {
                continue
            }
            if value != 0 { out += "    RHS  \(rows[r])  \(format(value))\n" }
            if row.lower != row.upper && row.lower.isFinite && row.upper.isFinite {
                rangesText += "    RNG  \(rows[r])  \(format(row.upper - row.lower))\n"
            }
        }
        if !rangesText.isEmpty { out += "RANGES\n" + rangesText }
        out += "BOUNDS\n"
        for (j, variable) in lp.variables.enumerated() {
            let name = columns[j]
            let (lower, upper) = (variable.lower, variable.upper)
            if lower == upper {
                out += " FX BND  \(name)  \(format(lower))\n"
                continue
            }
            if lower == -.infinity && upper == .infinity {
                out += " FR BND  \(name)\n"
                continue
            }
            if lower == -.infinity {
                out += " MI BND  \(name)\n"
            } else if lower != 0 || (variable.isInteger && upper == .infinity) {
                out += " LO BND  \(name)  \(format(lower))\n"
            }
            if upper.isFinite {
                out += " UP BND  \(name)  \(format(upper))\n"
            } else if variable.isInteger {
                out += " PL BND  \(name)\n"
            }
        }
        out += "ENDATA\n"
        return out
    }
}
