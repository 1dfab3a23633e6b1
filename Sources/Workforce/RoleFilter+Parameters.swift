extension RoleFilter {
    /// The query parameters the filter understands, shared by the web pages, the API and the CLI.
    public enum Parameter: String, CaseIterable, Sendable {
        case group, age, setting, band, salaried
        case maxMonths = "max-months"
        case new, q
    }

    /// Reads filter parameters such as `group=psychologists&band=7`. Empty values are ignored (forms send them);
    /// an unknown parameter or value is an error that lists what is allowed.
    public init(parameters: [(name: String, value: String)], groups: [RoleGroup.ID]) throws(WorkforceError) {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingSpaces
            guard let parameter = Parameter(rawValue: name) else {
                throw .unknownFilterValue(
                    parameter: "the query", value: name, allowed: Parameter.allCases.map(\.rawValue)
                )
            }
            if value.isEmpty { continue }
            switch parameter {
            case .group:
                guard groups.contains(RoleGroup.ID(rawValue: value)) else {
                    throw .unknownFilterValue(parameter: name, value: value, allowed: groups.map(\.rawValue))
                }
                group = RoleGroup.ID(rawValue: value)
            case .age:
                guard let age = AgeGroup(rawValue: value) else {
                    throw .unknownFilterValue(parameter: name, value: value, allowed: AgeGroup.allCases.map(\.rawValue))
                }
                self.age = age
            case .setting:
                guard let setting = SettingKind(rawValue: value) else {
                    throw .unknownFilterValue(
                        parameter: name, value: value, allowed: SettingKind.allCases.map(\.rawValue)
                    )
                }
                self.setting = setting
            case .band:
                guard let band = Band(value) else {
                    throw .unknownFilterValue(parameter: name, value: value, allowed: Band.all.map(\.name))
                }
                qualifiedBand = band
            case .salaried:
                salariedTraining = try yesOrNo(value, parameter: name)
            case .maxMonths:
                guard let months = Int(value), (1...240).contains(months) else {
                    throw .invalidNumber(
                        parameter: name, value: value, expected: "a whole number of months from 1 to 240")
                }
                maxTrainingMonths = months
            case .new:
                newRolesOnly = try yesOrNo(value, parameter: name)
            case .q:
                guard value.count <= 200 else {
                    throw .invalidNumber(
                        parameter: name, value: String(value.prefix(20)) + "…", expected: "at most 200 characters")
                }
                text = value
            }
        }
    }

    /// The filter as query parameters, in a fixed order (the inverse of `init(parameters:groups:)`).
    public var parameters: [(name: String, value: String)] {
        var out: [(String, String)] = []
        if let group { out.append((Parameter.group.rawValue, group.rawValue)) }
        if let age { out.append((Parameter.age.rawValue, age.rawValue)) }
        if let setting { out.append((Parameter.setting.rawValue, setting.rawValue)) }
        if let qualifiedBand { out.append((Parameter.band.rawValue, qualifiedBand.name)) }
        if let salariedTraining { out.append((Parameter.salaried.rawValue, salariedTraining ? "yes" : "no")) }
        if let maxTrainingMonths { out.append((Parameter.maxMonths.rawValue, String(maxTrainingMonths))) }
        if newRolesOnly { out.append((Parameter.new.rawValue, "yes")) }
        if let text, !text.isEmpty { out.append((Parameter.q.rawValue, text)) }
        return out
    }
}

/// A yes/no answer in a query: exactly "yes" or "no", as the API's document says; anything else names the
/// parameter and the two answers it takes.
func yesOrNo(_ value: String, parameter: String) throws(WorkforceError) -> Bool {
    switch value {
    case "yes": return true
    case "no": return false
    default: throw .unknownFilterValue(parameter: parameter, value: value, allowed: ["yes", "no"])
    }
}
