/// The design form's fields, named after the input's fields so that an error's field names the form's input.
extension DesignInput {
    /// Form field names.
    public enum FormField {
        public static let demandBasis = "demand-basis"
        public static let budget = "budget"
        public static let posts = "posts"
        public static let onCosts = "on-costs"
        public static let payPoint = "pay-point"
        public static let payYear = "pay-year"
        public static let unavailable = "unavailable"
        public static let population = "population.population"
        public static let prevalence = "population.prevalence"
        public static let accessRate = "population.accessRate"
        public static func demand(_ id: Intervention.ID) -> String { "demand.\(id)" }
        public static func minimum(_ id: Role.ID) -> String { "limits.\(id).minimum" }
        public static func maximum(_ id: Role.ID) -> String { "limits.\(id).maximum" }
        public static func current(_ id: Role.ID) -> String { "current.\(id)" }
        /// One checkbox a role (`unavailable.ROLE=yes`), so that each sits in its role's own fieldset; the older
        /// `unavailable=ROLE` is still read.
        public static func unavailable(_ id: Role.ID) -> String { "unavailable.\(id)" }

        /// The role a form pair marks as unavailable, or nil when the pair is another field.
        public static func unavailableRole(_ pair: (name: String, value: String)) -> Role.ID? {
            if pair.name == unavailable { return .init(rawValue: pair.value) }
            guard pair.name.hasPrefix(unavailable + "."), !pair.value.isEmpty else { return nil }
            return .init(rawValue: String(pair.name.dropFirst(unavailable.count + 1)))
        }
    }

    /// Reads a submitted design form. Blank fields take the service model's defaults; a field that is not a
    /// number gets an error naming it. Percentages on the form are shares in the input.
    public init(form pairs: [(name: String, value: String)], model: ServiceModel) throws(WorkforceError) {
        var values: [String: String] = [:]
        var unavailable: [Role.ID] = []
        for pair in pairs {
            if let role = FormField.unavailableRole(pair) {
                unavailable.append(role)
            } else {
                values[pair.name] = pair.value
            }
        }
        func number(_ name: String, label: String, example: String) throws(WorkforceError) -> Double? {
            guard let raw = values[name] else { return nil }
            switch CheckedNumber.read(raw, in: CheckedNumber.formRange) {
            case .success(let value): return value
            case .failure(let problem):
                throw .invalidDesign(
                    field: name, message: problem.sentence(label: label, example: example, entered: raw))
            }
        }
        func choice<T: RawRepresentable>(_ name: String, _ fallback: T) throws(WorkforceError) -> T
        where T.RawValue == String {
            guard let raw = values[name], !raw.isEmpty else { return fallback }
            guard let value = T(rawValue: raw) else {
                throw .invalidDesign(field: name, message: "\"\(raw)\" is not one of the choices for \(name).")
            }
            return value
        }
        var demand: [String: Double] = [:]
        var population: Population?
        if values[FormField.demandBasis] == "population" {
            guard let defaults = model.population else {
                throw .invalidDesign(
                    field: FormField.demandBasis,
                    message: "\(model.name) has no population figures; enter episodes instead.")
            }
            population = Population(
                population: try number(FormField.population, label: "The population", example: "250000")
                    ?? defaults.population.value,
                prevalence: (try number(FormField.prevalence, label: "Prevalence", example: "22.6")).map { $0 / 100 }
                    ?? defaults.prevalence.value,
                accessRate: (try number(FormField.accessRate, label: "The access rate", example: "25")).map { $0 / 100 }
                    ?? defaults.accessRate.value)
        } else {
            for intervention in model.interventions {
                let name = FormField.demand(intervention.id)
                if let value = try number(name, label: "Demand for \(intervention.name.inSentence)", example: "250"),
                    value != intervention.episodes.value
                {
                    demand[intervention.id.rawValue] = value
                }
            }
        }
        var limits: [String: Limit] = [:]
        var current: [String: Double] = [:]
        for staff in model.staff {
            let minimum = try number(FormField.minimum(staff.role), label: "The least WTE", example: "1")
            let maximum = try number(FormField.maximum(staff.role), label: "The most WTE", example: "4")
            if minimum != nil || maximum != nil {
                limits[staff.role.rawValue] = Limit(minimum: minimum, maximum: maximum)
            }
            if let wte = try number(FormField.current(staff.role), label: "Your current WTE", example: "2.5") {
                current[staff.role.rawValue] = wte
            }
        }
        self.init(
            service: model.id, demand: demand, population: population,
            budget: try number(FormField.budget, label: "The budget", example: "450000"),
            posts: try choice(FormField.posts, PostSize.continuous),
            onCosts: try choice(FormField.onCosts, OnCostBasis.full),
            payPoint: try choice(FormField.payPoint, PayPoint.top),
            unavailable: unavailable, limits: limits, current: current,
            payYear: PayYearChoice.year(values[FormField.payYear]))
    }

    /// The form's field values for this input, to fill the form in again (after an error, or to change a
    /// saved design).
    public func formValues(model: ServiceModel) -> [String: String] {
        func text(_ value: Double?) -> String {
            guard let value else { return "" }
            return CheckedNumber.wholeNumber(value).map(String.init) ?? String(value)
        }
        var values: [String: String] = [
            FormField.budget: text(budget), FormField.posts: posts.rawValue, FormField.onCosts: onCosts.rawValue,
            FormField.payPoint: payPoint.rawValue, FormField.payYear: payYear ?? PayYearChoice.inForce,
            FormField.demandBasis: population == nil ? "episodes" : "population",
        ]
        for intervention in model.interventions {
            values[FormField.demand(intervention.id)] = text(
                demand[intervention.id.rawValue] ?? intervention.episodes.value)
        }
        let people =
            population
            ?? model.population.map {
                Population(
                    population: $0.population.value, prevalence: $0.prevalence.value, accessRate: $0.accessRate.value)
            }
        if let people {
            values[FormField.population] = text(people.population)
            values[FormField.prevalence] = text((people.prevalence * 10000).rounded() / 100)
            values[FormField.accessRate] = text((people.accessRate * 10000).rounded() / 100)
        }
        for (id, limit) in limits {
            values[FormField.minimum(.init(rawValue: id))] = text(limit.minimum)
            values[FormField.maximum(.init(rawValue: id))] = text(limit.maximum)
        }
        for (id, wte) in current { values[FormField.current(.init(rawValue: id))] = text(wte) }
        return values
    }
}
