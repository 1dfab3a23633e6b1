/// A planner's own starting workforce, read from CSV: one row per place and role.
///
/// Columns (a header row, in any order): `region` (an id or a name from the scenario's geography), `role` (a
/// role id), `wte`, and optionally `trainees_year1`, `trainees_year2`, `trainees_year3`. The whole file is checked
/// before anything is used: an error names the row, the column and the value, and nothing is half-imported.
public struct BaselineImport: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var place: Int
        public var role: Int
        public var wte: Double
        public var trainees: [Double]
    }

    public var rows: [Row]

    public init(csv: String, places: [(id: String, name: String)], roles: [Role.ID]) throws(WorkforceError) {
        func fail(_ row: Int, _ column: String, _ message: String) -> WorkforceError {
            .invalidProjection(field: "baselineCSV", message: "Row \(row), column \(column): \(message)")
        }
        let lines = csv.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        )
        .map { String($0).trimmingSpaces }
        guard let headerLine = lines.first(where: { !$0.isEmpty }) else {
            throw .invalidProjection(
                field: "baselineCSV", message: "The CSV is empty. Start with the header row: region,role,wte")
        }
        let header = Self.fields(headerLine).map { $0.lowercased() }
        for required in ["region", "role", "wte"] where !header.contains(required) {
            throw .invalidProjection(
                field: "baselineCSV",
                message: "The header has no \"\(required)\" column. It needs region, role and wte (and may have "
                    + "trainees_year1, trainees_year2, trainees_year3); it has: \(header.joined(separator: ", ")).")
        }
        let traineeColumns = (1...3).compactMap { year in header.firstIndex(of: "trainees_year\(year)") }
        var seen = Set<[Int]>()
        var rows: [Row] = []
        for (lineIndex, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let row = lineIndex + 1
            let values = Self.fields(line)
            guard values.count == header.count else {
                throw fail(row, "-", "has \(values.count) values but the header has \(header.count) columns.")
            }
            func text(_ column: String) -> String { header.firstIndex(of: column).map { values[$0] } ?? "" }
            func number(_ column: String, at index: Int? = nil) throws(WorkforceError) -> Double {
                let raw = index.map { values[$0] } ?? text(column)
                if raw.isEmpty { return 0 }
                switch CheckedNumber.read(raw, in: 0...1_000_000) {
                case .success(let value): return value ?? 0
                case .failure(.outOfRange):
                    let shown = String(raw.prefix(24))
                    throw fail(
                        row, column,
                        shown.hasPrefix("-")
                            ? "\(shown) is negative; WTE cannot be."
                            : "\(shown) is more than any workforce (at most 1,000,000).")
                case .failure(.notANumber):
                    throw fail(row, column, "\"\(raw.prefix(24))\" is not a number.")
                case .failure(let problem):
                    throw fail(row, column, problem.sentence(label: "The value", example: "12.5", entered: raw))
                }
            }
            let placeText = text("region")
            guard
                let place = places.firstIndex(where: {
                    $0.id.lowercased() == placeText.lowercased() || $0.name.lowercased() == placeText.lowercased()
                })
            else {
                throw fail(
                    row, "region",
                    "\"\(placeText)\" is not a region of this scenario. Use an id or a name such as "
                        + "\(places.prefix(3).map { "\($0.id) (\($0.name))" }.joined(separator: ", ")).")
            }
            let roleText = text("role")
            guard let role = roles.firstIndex(where: { $0.rawValue == roleText }) else {
                throw fail(row, "role", "\"\(roleText)\" is not a role id, such as clinical-psychologist.")
            }
            guard seen.insert([place, role]).inserted else {
                throw fail(row, "role", "\(roleText) in \(places[place].name) appears twice.")
            }
            var trainees: [Double] = []
            for (year, index) in traineeColumns.enumerated() {
                trainees.append(try number("trainees_year\(year + 1)", at: index))
            }
            rows.append(Row(place: place, role: role, wte: try number("wte"), trainees: trainees))
        }
        guard !rows.isEmpty else {
            throw .invalidProjection(field: "baselineCSV", message: "The CSV has a header but no rows.")
        }
        self.rows = rows
    }

    /// Splits one CSV line, honouring double quotes.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var previous: Character?
        for character in line {
            if character == "\"" {
                if quoted && previous == "\"" { current.append("\"") }
                quoted.toggle()
            } else if character == "," && !quoted {
                fields.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        fields.append(current.trimmingSpaces)
        return fields
    }
}
