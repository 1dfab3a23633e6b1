/// Reading and writing MPS files, fixed or free format, so every model can be checked in another solver
/// and any standard test problem can be read.
///
/// Conventions followed (as HiGHS, CPLEX and GLPK read them): the first N row is the objective (or the one
/// `OBJNAME` names); an RHS entry on the objective row is the negated objective constant; RANGES on an E row
/// widen it by the sign of the range; `MARKER` lines with `INTORG`/`INTEND` delimit integer columns, whose
/// upper bound is then 1 unless BOUNDS says otherwise; an `UP` bound below zero on a column whose lower bound
/// is 0 makes the lower bound −∞; `OBJSENSE` `MAX` (or `MAXIMIZE`) maximises.
///
/// The reader takes MPS as people write it: LF, CRLF or CR line ends; blanks or tabs between fields;
/// lower-case keywords; `OBJSENSE` and `OBJNAME` as a section or on one line (`OBJSENSE MAX`); bound types
/// UP, LO, FX, FR, MI, PL, BV, LI, UI and SC (semi-continuous, read only where it changes nothing: when 0 is
/// already within the column's bounds); and whatever follows ENDATA (such as the IMPORTANCES section some
/// MIPLIB files carry), which is ignored with a warning. A data line is split at blanks (free format); only
/// if that does not read, and the line fits the fixed-format columns (2–3, 5–12, 15–22, 25–36, 40–47, 50–61),
/// is it read by those columns, so a fixed-format name may hold a space. Numbers must be finite, except that
/// a bound may be written `Inf` or `-Infinity`.
public enum MPS {
    /// Reads an MPS file's text, dropping any warnings.
    public static func read(_ text: String) throws(LPError) -> LinearProgram {
        try read(text, warning: { _ in })
    }

    /// Reads an MPS file's text and hands `warning` a sentence, starting with the line number, for each thing
    /// the reader passed over or read by a convention the author may not have meant (a section after ENDATA, a
    /// second N row, a negative UP bound that frees the lower one). Warnings come only for a file that reads.
    public static func read(_ text: String, warning: (String) -> Void) throws(LPError) -> LinearProgram {
        var reader = Reader()
        var body = Substring(text)
        // Windows editors may start the file with a byte-order mark.
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        // CRLF is one Character in Swift, so it has to be named, with a bare CR (old Mac files) and LF.
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines {
            try reader.read(line)
        }
        let lp = try reader.finish()
        for text in reader.warnings { warning(text) }
        return lp
    }

    private static func sense(_ token: Substring, line: Int) throws(LPError) -> LinearProgram.Sense {
        switch token.uppercased() {
        case "MAX", "MAXIMIZE", "MAXIMISE": return .maximise
        case "MIN", "MINIMIZE", "MINIMISE": return .minimise
        default:
            throw .mps(
                line: line, message: "expected the objective sense (MAX, MAXIMIZE, MIN or MINIMIZE), found \"\(token)\""
            )
        }
    }

    /// The reader's state, fed one line at a time.
    private struct Reader {
        enum Section { case none, name, objsense, objname, rows, columns, rhs, ranges, bounds, end }
        enum RowKind { case equal, less, greater }
        /// Whether a bound type takes a value: always (UP, LO, FX, LI, UI), never (FR, MI, PL, BV: a value
        /// written anyway is ignored) or optionally (SC, whose value is the upper bound).
        enum BoundValue { case required, never, optional }
        /// Where a row name in COLUMNS, RHS or RANGES points: the objective, a constraint, or a free row that
        /// is ignored.
        enum Target { case objective, row(Int), ignored }
        /// A data line's fields, however the line was split.
        enum Fields {
            case row(kind: Substring, name: Substring)
            case marker(Substring)
            case column(name: Substring, pairs: [(row: Substring, value: Substring)])
            case values(pairs: [(row: Substring, value: Substring)])
            case bound(kind: Substring, column: Substring, value: Substring?)
        }
        /// A data line checked against what has been read so far but not yet applied, so that a line that
        /// fails as free format can be read again by the fixed-format columns without undoing anything.
        enum Record {
            case row(name: Substring, kind: String)
            case marker(integer: Bool)
            case column(name: Substring, entries: [(target: Target, value: Double)])
            case values(entries: [(target: Target, value: Double)])
            case bound(kind: String, column: Int, value: Double?)
        }

        static let sectionNames = "NAME, OBJSENSE, OBJNAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS or ENDATA"
        static let boundTypes = "UP, LO, FX, FR, MI, PL, BV, LI, UI, SC"
        static let boundValues: [String: BoundValue] = [
            "UP": .required, "LO": .required, "FX": .required, "LI": .required, "UI": .required,
            "FR": .never, "MI": .never, "PL": .never, "BV": .never, "SC": .optional,
        ]
        /// Sections that hold what a `LinearProgram` cannot (quadratic terms, SOS, indicators, cuts to add
        /// lazily): refused rather than ignored, since ignoring them would solve a different model.
        static let unsupportedSections: Set<String> = [
            "QUADOBJ", "QSECTION", "QMATRIX", "QCMATRIX", "CSECTION", "SOS", "INDICATORS", "GENCONS", "PWLOBJ",
            "LAZYCONS", "USERCUTS", "BRANCH", "DELAYEDROWS", "MODELCUTS",
        ]
        /// The section keywords, which the line after OBJNAME cannot be the objective's name.
        static let knownSections: Set<String> = [
            "NAME", "OBJSENSE", "OBJSENS", "OBJNAME", "ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "ENDATA",
        ]
        /// Sections that may start an indented line, which is then read as the section (hand-written files
        /// indent them); a one-field line is never data in these sections.
        static let indentableSections: Set<String> = ["ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "ENDATA"]

        var lp = LinearProgram()
        var warnings: [String] = []
        var section = Section.none
        var lineNumber = 0
        var lastContentLine = 0
        var rowsLine: Int?
        var senseGiven = false
        var objectiveWanted: (name: Substring, line: Int)?
        var objectiveName: Substring?
        /// Each constraint row's index, or −1 for a free row that is not the objective.
        var rowIndex: [Substring: Int] = [:]
        var rowKinds: [RowKind] = []
        var rhs: [Double] = []
        var ranges: [Double?] = []
        var columnIndex: [Substring: Int] = [:]
        /// The column of the previous COLUMNS line, and the columns whose entries are not all in one run of
        /// lines (for which a repeated row has to be looked for in the whole row, not just its last entry).
        var lastColumn: Int?
        var reopened: Set<Int> = []
        var objectiveSeen: Set<Int> = []
        var inInteger = false
        var integerDefaultUpper: Set<Int> = []
        var explicitUpper: Set<Int> = []
        /// The line of each column's last bound, and of its SC bound, to name in errors found at the end.
        var boundLine: [Int: Int] = [:]
        var semiContinuous: [(column: Int, line: Int)] = []
        var afterEnd: (line: Int, count: Int, sections: [String])?

        func fail(_ message: String) -> LPError { .mps(line: lineNumber, message: message) }

        mutating func read(_ line: Substring) throws(LPError) {
            lineNumber += 1
            let tokens = line.split(whereSeparator: Self.isBlank)
            guard let first = tokens.first, line.first != "*" else { return }
            lastContentLine = lineNumber
            let indented = line.first.map(Self.isBlank) ?? false
            if section == .end {
                var ignored = afterEnd ?? (line: lineNumber, count: 0, sections: [])
                ignored.count += 1
                if !indented { ignored.sections.append(String(first)) }
                afterEnd = ignored
                return
            }
            let keyword = first.uppercased()
            let awaitingObjectiveName = section == .objname && objectiveWanted == nil
            if !indented || (tokens.count == 1 && Self.indentableSections.contains(keyword) && !awaitingObjectiveName) {
                try header(keyword, tokens)
            } else {
                try data(line, tokens)
            }
        }

        mutating func header(_ keyword: String, _ tokens: [Substring]) throws(LPError) {
            let rest = tokens.dropFirst()
            // "OBJSENSE" on one line and "MAX" unindented on the next.
            if ["MAX", "MAXIMIZE", "MAXIMISE", "MIN", "MINIMIZE", "MINIMISE"].contains(keyword) {
                guard rest.isEmpty else {
                    throw fail("expected only the objective sense, found \"\(tokens.joined(separator: " "))\"")
                }
                lp.sense = try MPS.sense(tokens[0], line: lineNumber)
                senseGiven = true
                return
            }
            if section == .objname && objectiveWanted == nil {
                guard !Self.knownSections.contains(keyword) else {
                    throw fail("expected the objective row's name after OBJNAME, found \"\(tokens[0])\"")
                }
                objectiveWanted = (Substring(tokens.joined(separator: " ")), lineNumber)
                return
            }
            if section == .objsense && !senseGiven {
                throw fail(
                    "expected the objective sense (MAX, MAXIMIZE, MIN or MINIMIZE) after OBJSENSE, "
                        + "found \"\(tokens[0])\""
                )
            }
            if section == .rows { try checkObjectiveFound() }
            switch keyword {
            case "NAME":
                section = .name
                lp.name = rest.joined(separator: " ")
                return
            case "OBJSENSE", "OBJSENS":
                section = .objsense
                senseGiven = false
                if let word = rest.first {
                    guard rest.count == 1 else {
                        throw fail(
                            "expected only the objective sense after OBJSENSE, found \"\(rest.joined(separator: " "))\""
                        )
                    }
                    lp.sense = try MPS.sense(word, line: lineNumber)
                    senseGiven = true
                }
                return
            case "OBJNAME":
                if let rowsLine {
                    throw fail("expected OBJNAME before ROWS (line \(rowsLine)), since it chooses the objective row")
                }
                section = .objname
                if !rest.isEmpty { objectiveWanted = (Substring(rest.joined(separator: " ")), lineNumber) }
                return
            case "ROWS":
                section = .rows
                rowsLine = rowsLine ?? lineNumber
            case "COLUMNS": section = .columns
            case "RHS": section = .rhs
            case "RANGES": section = .ranges
            case "BOUNDS": section = .bounds
            case "ENDATA": section = .end
            default:
                if Self.unsupportedSections.contains(keyword) {
                    throw fail(
                        "expected a section of a linear model (\(Self.sectionNames)), found \"\(tokens[0])\", "
                            + "which a LinearProgram cannot represent")
                }
                throw fail("expected a section (\(Self.sectionNames)), found \"\(tokens[0])\"")
            }
            if !rest.isEmpty {
                warnings.append("line \(lineNumber): ignored \"\(rest.joined(separator: " "))\" after \(keyword)")
            }
        }

        mutating func data(_ line: Substring, _ tokens: [Substring]) throws(LPError) {
            var text: String { tokens.joined(separator: " ") }
            switch section {
            case .none, .name:
                throw fail("expected a section such as ROWS before data lines, found \"\(text)\"")
            case .objsense:
                guard !senseGiven else { throw fail("expected a section after the objective sense, found \"\(text)\"") }
                guard tokens.count == 1 else {
                    throw fail("expected only the objective sense (MAX, MAXIMIZE, MIN or MINIMIZE), found \"\(text)\"")
                }
                lp.sense = try MPS.sense(tokens[0], line: lineNumber)
                senseGiven = true
            case .objname:
                guard objectiveWanted == nil else {
                    throw fail("expected a section after the objective's name, found \"\(text)\"")
                }
                objectiveWanted = (Substring(text), lineNumber)
            case .end:
                break  // read() passes over what follows ENDATA
            case .rows, .columns, .rhs, .ranges, .bounds:
                let record: Record
                do {
                    record = try check(freeFields(tokens))
                } catch {
                    // Free format failed: the fixed columns are tried, and their error is the better one only if
                    // the line fits them.
                    guard !line.contains("\t"), let fields = fixedFields(line) else { throw error }
                    record = try check(fields)
                }
                apply(record)
            }
        }

        /// Splits a line at blanks, as free format has it.
        func freeFields(_ tokens: [Substring]) throws(LPError) -> Fields {
            switch section {
            case .rows:
                guard tokens.count == 2 else {
                    throw fail("expected a row type (N, E, L or G) and a row name, found \(tokens.count) fields")
                }
                return .row(kind: tokens[0], name: tokens[1])
            case .columns:
                if tokens.count == 3 && Self.unquoted(tokens[1]).uppercased() == "MARKER" { return .marker(tokens[2]) }
                guard tokens.count == 3 || tokens.count == 5 else {
                    throw fail(
                        "expected a column name, then one or two pairs of row name and value, "
                            + "found \(tokens.count) fields"
                    )
                }
                return .column(name: tokens[0], pairs: Self.pairs(tokens.dropFirst()))
            case .rhs, .ranges:
                // The set name is optional: with an odd count of fields, the first one is the set.
                let start = tokens.count % 2
                guard tokens.count - start >= 2 else {
                    throw fail(
                        "expected a set name (optional), then pairs of row name and value, found \(tokens.count) fields"
                    )
                }
                return .values(pairs: Self.pairs(tokens.dropFirst(start)))
            case .bounds:
                guard let shape = Self.boundValues[tokens[0].uppercased()] else {
                    throw fail("expected a bound type (\(Self.boundTypes)), found \"\(tokens[0])\"")
                }
                let rest = Array(tokens.dropFirst())
                switch (rest.count, shape) {
                case (1, _): return .bound(kind: tokens[0], column: rest[0], value: nil)
                case (2, .required):
                    // "UP BND x" has lost its value rather than named a column "BND".
                    if columnIndex[rest[0]] == nil && columnIndex[rest[1]] != nil {
                        return .bound(kind: tokens[0], column: rest[1], value: nil)
                    }
                    return .bound(kind: tokens[0], column: rest[0], value: rest[1])
                // "FR BND x" or "FR x 0"; for SC, "SC BND x" or "SC x 4".
                case (2, .never):
                    let column = columnIndex[rest[1]] != nil ? rest[1] : rest[0]
                    return .bound(kind: tokens[0], column: column, value: nil)
                case (2, .optional):
                    if columnIndex[rest[1]] != nil && columnIndex[rest[0]] == nil {
                        return .bound(kind: tokens[0], column: rest[1], value: nil)
                    }
                    return .bound(kind: tokens[0], column: rest[0], value: rest[1])
                case (3, _): return .bound(kind: tokens[0], column: rest[1], value: shape == .never ? nil : rest[2])
                default:
                    throw fail(
                        "expected a bound type, a set name (optional), a column name and a value, "
                            + "found \(tokens.count) fields"
                    )
                }
            case .none, .name, .objsense, .objname, .end:
                throw fail("expected a section such as ROWS before data lines")
            }
        }

        /// Reads a line by the fixed-format columns (2–3, 5–12, 15–22, 25–36, 40–47, 50–61), or returns nil if
        /// the line does not fit them: something in the blank columns between fields, or the section's fields
        /// missing.
        func fixedFields(_ line: Substring) -> Fields? {
            let characters = Array(line)
            let gaps = [0, 3, 12, 13, 22, 23, 36, 37, 38, 47, 48]
            for gap in gaps where gap < characters.count && characters[gap] != " " { return nil }
            if characters.count > 61 && characters[61...].contains(where: { $0 != " " }) { return nil }
            func field(_ start: Int, _ end: Int) -> Substring {
                guard start < characters.count else { return "" }
                return Self.trimmed(String(characters[start..<min(end, characters.count)]))
            }
            let f = [field(1, 3), field(4, 12), field(14, 22), field(24, 36), field(39, 47), field(49, 61)]
            let secondPair = f[4].isEmpty ? [] : [(row: f[4], value: f[5])]
            switch section {
            case .rows:
                guard !f[0].isEmpty, !f[1].isEmpty, f[2...].allSatisfy(\.isEmpty) else { return nil }
                return .row(kind: f[0], name: f[1])
            case .columns:
                guard f[0].isEmpty else { return nil }
                if Self.unquoted(f[2]).uppercased() == "MARKER" {
                    guard f[3].isEmpty, !f[4].isEmpty, f[5].isEmpty else { return nil }
                    return .marker(f[4])
                }
                guard !f[1].isEmpty, !f[2].isEmpty, !f[3].isEmpty, f[4].isEmpty == f[5].isEmpty else { return nil }
                return .column(name: f[1], pairs: [(row: f[2], value: f[3])] + secondPair)
            case .rhs, .ranges:
                guard f[0].isEmpty, !f[2].isEmpty, !f[3].isEmpty, f[4].isEmpty == f[5].isEmpty else { return nil }
                return .values(pairs: [(row: f[2], value: f[3])] + secondPair)
            case .bounds:
                guard !f[0].isEmpty, !f[2].isEmpty, f[4].isEmpty, f[5].isEmpty else { return nil }
                return .bound(kind: f[0], column: f[2], value: f[3].isEmpty ? nil : f[3])
            case .none, .name, .objsense, .objname, .end:
                return nil
            }
        }

        /// Checks a line's fields against what has been read so far, changing nothing.
        func check(_ fields: Fields) throws(LPError) -> Record {
            switch fields {
            case .row(let kind, let name):
                let type = kind.uppercased()
                guard ["N", "E", "L", "G"].contains(type) else {
                    throw fail("expected a row type (N, E, L or G), found \"\(kind)\"")
                }
                guard rowIndex[name] == nil && name != objectiveName else {
                    throw fail("expected a new row name, found \"\(name)\", which an earlier line of ROWS defines")
                }
                if let wanted = objectiveWanted, wanted.name == name, type != "N" {
                    throw fail(
                        "expected row \"\(name)\" to be of type N, since OBJNAME (line \(wanted.line)) makes it the "
                            + "objective, found type \(kind)")
                }
                return .row(name: name, kind: type)
            case .marker(let word):
                let marker = Self.unquoted(word).uppercased()
                if marker.contains("INTORG") { return .marker(integer: true) }
                if marker.contains("INTEND") { return .marker(integer: false) }
                throw fail("expected the marker 'INTORG' or 'INTEND' after 'MARKER', found \(word)")
            case .column(let name, let pairs):
                let existing = columnIndex[name]
                var entries: [(target: Target, value: Double)] = []
                for (position, pair) in pairs.enumerated() {
                    let target = try target(pair.row, of: "for column \"\(name)\"")
                    let value = try number(pair.value, "the coefficient of column \"\(name)\" in row \"\(pair.row)\"")
                    let again =
                        pairs[..<position].contains { $0.row == pair.row }
                        || existing.map { hasEntry(column: $0, in: target) } ?? false
                    guard !again else {
                        throw fail(
                            "expected each row at most once for column \"\(name)\", found row \"\(pair.row)\" again")
                    }
                    entries.append((target, value))
                }
                return .column(name: name, entries: entries)
            case .values(let pairs):
                var entries: [(target: Target, value: Double)] = []
                for pair in pairs {
                    let target = try target(pair.row, of: "")
                    let what = section == .rhs ? "the right-hand side" : "the range"
                    entries.append((target, try number(pair.value, "\(what) of row \"\(pair.row)\"")))
                }
                return .values(entries: entries)
            case .bound(let kind, let name, let token):
                let type = kind.uppercased()
                guard let shape = Self.boundValues[type] else {
                    throw fail("expected a bound type (\(Self.boundTypes)), found \"\(kind)\"")
                }
                guard let column = columnIndex[name] else {
                    throw fail("expected a column defined in COLUMNS, found \"\(name)\"")
                }
                var value: Double?
                if shape != .never, let token {
                    let number = try number(token, "the \(type) bound of column \"\(name)\"", infinity: true)
                    // An infinite bound is a bound left out, except where it would leave the column no value.
                    let impossible: Bool
                    switch type {
                    case "FX": impossible = number.isInfinite
                    case "LO", "LI": impossible = number == .infinity
                    default: impossible = number == -.infinity
                    }
                    if impossible {
                        throw fail("expected a finite \(type) bound for column \"\(name)\", found \"\(token)\"")
                    }
                    value = number
                }
                if shape == .required && value == nil {
                    throw fail("expected a value after column \"\(name)\" for the \(type) bound")
                }
                return .bound(kind: type, column: column, value: value)
            }
        }

        func target(_ row: Substring, of context: @autoclosure () -> String) throws(LPError) -> Target {
            if row == objectiveName { return .objective }
            if let index = rowIndex[row] { return index >= 0 ? .row(index) : .ignored }
            let context = context()
            throw fail("expected a row defined in ROWS\(context.isEmpty ? "" : " ")\(context), found \"\(row)\"")
        }

        /// Whether an existing column already has an entry in a row; in a run of lines for one column, that
        /// entry can only be the row's last.
        func hasEntry(column: Int, in target: Target) -> Bool {
            switch target {
            case .objective: return objectiveSeen.contains(column)
            case .ignored: return false
            case .row(let r):
                let terms = lp.constraints[r].terms
                if column == lastColumn && !reopened.contains(column) { return terms.last?.index == column }
                return terms.contains { $0.index == column }
            }
        }

        /// A field's number: finite (so `1e400` and `nan` are refused), or for a bound also `Inf`/`-Infinity`
        /// spelled out. Fortran's `1.5D3` is read as `1.5E3`.
        func number(_ token: Substring, _ what: @autoclosure () -> String, infinity: Bool = false) throws(LPError)
            -> Double
        {
            var parsed = Double(token)
            if parsed == nil && token.contains(where: { $0 == "D" || $0 == "d" }) {
                parsed = Double(String(token.map { $0 == "D" || $0 == "d" ? "E" : $0 }))
            }
            guard let value = parsed, !value.isNaN else {
                throw fail("expected a number for \(what()), found \"\(token)\"")
            }
            if value.isInfinite {
                let word = token.lowercased().trimmingPrefix(while: { $0 == "+" || $0 == "-" })
                let spelled = word == "inf" || word == "infinity"
                guard infinity && spelled else {
                    let reason = spelled ? "" : ", which is out of range"
                    throw fail("expected a finite number for \(what()), found \"\(token)\"\(reason)")
                }
            }
            return value
        }

        mutating func apply(_ record: Record) {
            switch record {
            case .row(let name, let kind):
                if kind == "N" {
                    if objectiveName == nil && (objectiveWanted.map { $0.name == name } ?? true) {
                        objectiveName = name
                    } else {
                        rowIndex[name] = -1
                        warnings.append("line \(lineNumber): ignored free row \"\(name)\", which is not the objective")
                    }
                    return
                }
                rowIndex[name] = lp.constraints.count
                rowKinds.append(kind == "E" ? .equal : kind == "L" ? .less : .greater)
                lp.constraints.append(.init(name: String(name), terms: [], lower: 0, upper: 0))
                rhs.append(0)
                ranges.append(nil)
            case .marker(let integer):
                inInteger = integer
            case .column(let name, let entries):
                let column: Int
                if let existing = columnIndex[name] {
                    column = existing
                    if existing != lastColumn { reopened.insert(existing) }
                } else {
                    column = lp.variables.count
                    columnIndex[name] = column
                    lp.variables.append(.init(name: String(name), isInteger: inInteger))
                    if inInteger { integerDefaultUpper.insert(column) }
                }
                lastColumn = column
                for (target, value) in entries {
                    switch target {
                    case .objective:
                        lp.variables[column].objective += value
                        objectiveSeen.insert(column)
                    case .row(let r): lp.constraints[r].terms.append((column, value))
                    case .ignored: break
                    }
                }
            case .values(let entries):
                for (target, value) in entries {
                    switch target {
                    case .objective:
                        if section == .rhs {
                            lp.objectiveOffset = -value
                        } else {
                            warnings.append("line \(lineNumber): ignored a range on the objective row")
                        }
                    case .row(let r):
                        if section == .rhs { rhs[r] = value } else { ranges[r] = value }
                    case .ignored: break
                    }
                }
            case .bound(let kind, let index, let given):
                boundLine[index] = lineNumber
                let value = given ?? 0
                let name = lp.variables[index].name
                switch kind {
                case "UP", "UI":
                    lp.variables[index].upper = value
                    explicitUpper.insert(index)
                    if kind == "UI" { lp.variables[index].isInteger = true }
                    if value < 0 && lp.variables[index].lower == 0 {
                        lp.variables[index].lower = -.infinity
                        warnings.append(
                            "line \(lineNumber): the \(kind) bound \(value) on column \"\(name)\", whose lower bound "
                                + "is 0, makes its lower bound −∞ (the MPS convention); add an LO bound to keep one")
                    }
                case "LO", "LI":
                    lp.variables[index].lower = value
                    if kind == "LI" { lp.variables[index].isInteger = true }
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
                default:  // SC: its value is the upper bound; whether 0 is within the bounds is checked at the end.
                    lp.variables[index].upper = given ?? .infinity
                    explicitUpper.insert(index)
                    semiContinuous.append((index, lineNumber))
                }
            }
        }

        /// OBJNAME's row must be among the N rows once ROWS is over.
        func checkObjectiveFound() throws(LPError) {
            if let wanted = objectiveWanted, objectiveName == nil {
                throw .mps(
                    line: wanted.line, message: "expected OBJNAME to name an N row of ROWS, found \"\(wanted.name)\"")
            }
        }

        /// Checks what only the whole file shows and builds the rows' sides.
        mutating func finish() throws(LPError) -> LinearProgram {
            guard section == .end else {
                throw .mps(line: lastContentLine, message: "expected ENDATA, found the end of the file")
            }
            if let ignored = afterEnd {
                let lines = ignored.count == 1 ? "line" : "\(ignored.count) lines"
                let sections =
                    ignored.sections.isEmpty
                    ? ""
                    : " (\(ignored.sections.count == 1 ? "section" : "sections") "
                        + ignored.sections.joined(separator: ", ") + ")"
                warnings.append("line \(ignored.line): ignored the \(lines) after ENDATA\(sections)")
            }
            guard objectiveName != nil || lp.variables.isEmpty else {
                throw .mps(line: rowsLine ?? lastContentLine, message: "expected an N row for the objective in ROWS")
            }
            for index in integerDefaultUpper.sorted()
            where !explicitUpper.contains(index) && lp.variables[index].upper == .infinity {
                let variable = lp.variables[index]
                // An upper bound of 1 below the column's own lower bound cannot be what the file meant.
                if variable.lower > 1 {
                    warnings.append(
                        "line \(boundLine[index] ?? lastContentLine): integer column \"\(variable.name)\" has lower "
                            + "bound \(variable.lower) and no upper bound, so its upper bound is +∞, not the usual 1")
                } else {
                    lp.variables[index].upper = 1
                }
            }
            for (index, line) in semiContinuous {
                let variable = lp.variables[index]
                guard variable.lower <= 0 && variable.upper >= 0 else {
                    throw .mps(
                        line: line,
                        message: "expected a bound type other than SC: column \"\(variable.name)\" is semi-continuous "
                            + "(0, or between \(variable.lower) and \(variable.upper)), which a LinearProgram cannot "
                            + "represent")
                }
                warnings.append(
                    "line \(line): semi-continuous column \"\(variable.name)\" is read as continuous between "
                        + "\(variable.lower) and \(variable.upper), which already holds 0")
            }
            for (index, variable) in lp.variables.enumerated() where variable.lower > variable.upper {
                throw .mps(
                    line: boundLine[index] ?? lastContentLine,
                    message: "expected bounds with lower ≤ upper, found column \"\(variable.name)\" with lower bound "
                        + "\(variable.lower) above its upper bound \(variable.upper)")
            }
            for (r, kind) in rowKinds.enumerated() {
                let b = rhs[r]
                switch kind {
                case .equal:
                    lp.constraints[r].lower = b
                    lp.constraints[r].upper = b
                    if let range = ranges[r] {
                        if range >= 0 {
                            lp.constraints[r].upper = b + range
                        } else {
                            lp.constraints[r].lower = b + range
                        }
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

        static func pairs(_ fields: ArraySlice<Substring>) -> [(row: Substring, value: Substring)] {
            stride(from: fields.startIndex, to: fields.endIndex - 1, by: 2).map { (fields[$0], fields[$0 + 1]) }
        }

        /// Fields are separated by spaces or tabs.
        static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }

        static func unquoted(_ text: Substring) -> Substring {
            var text = text
            while let first = text.first, first == "'" || first == "\"" { text = text.dropFirst() }
            while let last = text.last, last == "'" || last == "\"" { text = text.dropLast() }
            return text
        }

        static func trimmed(_ text: String) -> Substring {
            let start = text.firstIndex { $0 != " " } ?? text.endIndex
            let end = text.lastIndex { $0 != " " }.map { text.index(after: $0) } ?? start
            return text[start..<max(start, end)]
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
