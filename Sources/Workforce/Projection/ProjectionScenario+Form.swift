/// The projection form's fields, named after the scenario's fields so an error's field names the form input.
/// Rates and the intake multiplier are percentages on the form and shares in the scenario.
extension ProjectionScenario {
    public enum FormField {
        public static let name = "name"
        public static let geography = "geography"
        public static let years = "years"
        public static let runs = "runs"
        public static let seed = "seed"
        public static let targetAdditional = "targetAdditional"
        public static let targetYear = "targetYear"
        public static let intakeScale = "intakeScale"
        public static let baselineCSV = "baselineCSV"
        /// "project" (today's commissions) or "commission" (find the least-cost commissions).
        public static let mode = "mode"
        public static let supervisionRatio = "supervisionRatio"
        public static let payYear = "payYear"
        public static let trainingBudget = "trainingBudget"
        public static let planningMargin = "planningMargin"
        public static let rampLimit = "rampLimit"
        public static func baseline(_ role: String) -> String { "roles.\(role).baseline" }
        public static func leaverRate(_ role: String) -> String { "roles.\(role).leaverRate" }
        public static func intake(_ role: String) -> String { "roles.\(role).intake" }
        public static func target(_ role: String) -> String { "roles.\(role).target" }
        public static func capacity(_ role: String) -> String { "roles.\(role).capacity" }
    }

    public init(form pairs: [(name: String, value: String)], roles: [Role.ID]) throws(WorkforceError) {
        var values: [String: String] = [:]
        for pair in pairs { values[pair.name] = pair.value }
        func number(_ name: String, label: String, example: String) throws(WorkforceError) -> Double? {
            guard let raw = values[name] else { return nil }
            switch CheckedNumber.read(raw, in: CheckedNumber.formRange) {
            case .success(let value): return value
            case .failure(let problem):
                throw .invalidProjection(
                    field: name, message: problem.sentence(label: label, example: example, entered: raw))
            }
        }
        func whole(_ name: String, label: String, example: String) throws(WorkforceError) -> Int? {
            guard let value = try number(name, label: label, example: example) else { return nil }
            guard let whole = CheckedNumber.wholeNumber(value) else {
                throw .invalidProjection(field: name, message: "\(label) must be a whole number, like \(example).")
            }
            return whole
        }
        self.init()
        let text = values[FormField.name]?.trimmingSpaces ?? ""
        name = text.isEmpty ? nil : String(text.prefix(120))
        if let raw = values[FormField.geography], !raw.isEmpty {
            // "boards-2022" picks a set of boards; "boards" alone, the set in force.
            let parts = raw.split(separator: "-", maxSplits: 1).map(String.init)
            guard let value = Geography(rawValue: parts[0]), parts.count == 1 || value == .boards,
                parts.count == 1 || parts[1].count <= 20
            else {
                throw .invalidProjection(field: FormField.geography, message: "Choose the regions or a set of boards.")
            }
            geography = value
            boardSet = parts.count == 2 ? parts[1] : nil
        }
        years = try whole(FormField.years, label: "Years ahead", example: "10") ?? years
        runs = try whole(FormField.runs, label: "The number of runs", example: "1000") ?? runs
        if let value = try whole(FormField.seed, label: "The seed", example: "1") {
            guard value >= 0 else {
                throw .invalidProjection(
                    field: FormField.seed, message: "The seed must be 0 or a positive whole number.")
            }
            seed = UInt64(value)
        }
        targetAdditional = try number(FormField.targetAdditional, label: "Posts to add", example: "25000")
        targetYear = try whole(FormField.targetYear, label: "The target year", example: "2037")
        intakeScale = (try number(FormField.intakeScale, label: "Intake", example: "100")).map { $0 / 100 } ?? 1
        for role in roles.map(\.rawValue) {
            let baseline = try number(FormField.baseline(role), label: "Starting WTE", example: "1200")
            let leaver = (try number(FormField.leaverRate(role), label: "The leaver rate", example: "11")).map {
                $0 / 100
            }
            let intake = try number(FormField.intake(role), label: "Intake a year", example: "300")
            let target = try number(FormField.target(role), label: "The target", example: "1500")
            let capacity = try number(FormField.capacity(role), label: "The training capacity", example: "2000")
            if baseline != nil || leaver != nil || intake != nil || target != nil || capacity != nil {
                self.roles[role] = RoleOverride(
                    baseline: baseline, leaverRate: leaver, intake: intake, target: target, capacity: capacity)
            }
        }
        let csv = values[FormField.baselineCSV] ?? ""
        baselineCSV = csv.trimmingSpaces.isEmpty ? nil : csv
        supervisionRatio = try number(FormField.supervisionRatio, label: "Places per supervisor", example: "0.25")
        trainingBudget = try number(FormField.trainingBudget, label: "The training budget", example: "900000000")
        planningMargin = (try number(FormField.planningMargin, label: "The planning margin", example: "5")).map {
            $0 / 100
        }
        rampLimit = (try number(FormField.rampLimit, label: "The ramp limit", example: "19")).map { $0 / 100 }
        payYear = PayYearChoice.year(values[FormField.payYear])
    }

    /// Whether the form asked for the commissioning optimiser rather than a projection of today's commissions.
    public static func wantsCommissioning(_ pairs: [(name: String, value: String)]) -> Bool {
        pairs.contains { $0.name == FormField.mode && $0.value == "commission" }
    }

    /// The form's values for this scenario, to fill the form in again.
    public func formValues() -> [String: String] {
        func text(_ value: Double?) -> String {
            guard let value else { return "" }
            return CheckedNumber.wholeNumber(value).map(String.init) ?? String(value)
        }
        var values: [String: String] = [
            FormField.name: name ?? "",
            FormField.geography: geography == .boards
                ? boardSet.map { "boards-\($0)" } ?? "boards" : geography.rawValue, FormField.years: String(years),
            FormField.runs: String(runs), FormField.seed: String(seed),
            FormField.targetAdditional: text(targetAdditional), FormField.targetYear: targetYear.map(String.init) ?? "",
            FormField.intakeScale: text((intakeScale * 10000).rounded() / 100),
            FormField.baselineCSV: baselineCSV ?? "", FormField.payYear: payYear ?? PayYearChoice.inForce,
        ]
        for (role, override) in roles {
            values[FormField.baseline(role)] = text(override.baseline)
            values[FormField.leaverRate(role)] = text(override.leaverRate.map { ($0 * 10000).rounded() / 100 })
            values[FormField.intake(role)] = text(override.intake)
            values[FormField.target(role)] = text(override.target)
            values[FormField.capacity(role)] = text(override.capacity)
        }
        values[FormField.rampLimit] = text(rampLimit.map { ($0 * 10000).rounded() / 100 })
        return values
    }
}
