/// Age groups for filtering roles by the people they serve.
public enum AgeGroup: String, Hashable, Sendable, Codable, CaseIterable {
    case children, youngPeople = "young-people", adults, olderAdults = "older-adults"

    /// The ages each group spans; roles whose ages overlap it serve that group.
    public var range: AgeRange {
        switch self {
        case .children: AgeRange(min: 0, max: 12)
        case .youngPeople: AgeRange(min: 13, max: 17)
        case .adults: AgeRange(min: 18, max: 64)
        case .olderAdults: AgeRange(min: 65, max: nil)
        }
    }

    public var label: String {
        switch self {
        case .children: "Children (0 to 12)"
        case .youngPeople: "Young people (13 to 17)"
        case .adults: "Adults (18 to 64)"
        case .olderAdults: "Older adults (65 and over)"
        }
    }
}

/// The filters of the roles index, shared by the web pages, the API and the CLI.
public struct RoleFilter: Hashable, Sendable {
    public var group: RoleGroup.ID?
    public var age: AgeGroup?
    public var setting: SettingKind?
    /// Roles whose qualified band range includes this band.
    public var qualifiedBand: Band?
    public var salariedTraining: Bool?
    /// Roles whose core training takes at most this many months (roles with variable length are left out).
    public var maxTrainingMonths: Int?
    /// Only roles introduced in 2019 or later.
    public var newRolesOnly: Bool
    /// Words to find in the name, abbreviation, summary, capabilities, settings or training.
    public var text: String?

    public init(
        group: RoleGroup.ID? = nil, age: AgeGroup? = nil, setting: SettingKind? = nil, qualifiedBand: Band? = nil,
        salariedTraining: Bool? = nil, maxTrainingMonths: Int? = nil, newRolesOnly: Bool = false, text: String? = nil
    ) {
        self.group = group
        self.age = age
        self.setting = setting
        self.qualifiedBand = qualifiedBand
        self.salariedTraining = salariedTraining
        self.maxTrainingMonths = maxTrainingMonths
        self.newRolesOnly = newRolesOnly
        self.text = text
    }

    public var isEmpty: Bool { self == RoleFilter() }

    /// Whether `role` passes every filter that is set.
    public func matches(_ role: Role) -> Bool {
        if let group, role.group != group { return false }
        if let age {
            guard let ages = role.ages, ages.overlaps(age.range) else { return false }
        }
        if let setting, !role.settings.contains(where: { $0.kinds.contains(setting) }) { return false }
        if let qualifiedBand {
            guard let qualified = role.bands.qualified, qualified.contains(qualifiedBand) else { return false }
        }
        if let salariedTraining, role.training.salaried != salariedTraining { return false }
        if let maxTrainingMonths {
            guard let months = role.training.months, months <= maxTrainingMonths else { return false }
        }
        if newRolesOnly && !role.isNewRole { return false }
        if let words = searchWords, !words.isEmpty {
            let haystack = role.searchText
            return words.allSatisfy { haystack.contains($0) }
        }
        return true
    }

    public func apply(to roles: [Role]) -> [Role] { roles.filter(matches) }

    private var searchWords: [String]? {
        text.map { $0.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
    }
}

extension Role {
    /// Lower-cased text that search looks through.
    var searchText: String {
        ([name, abbreviation ?? "", summary, training.programme] + capabilities + settings.map(\.text) + registration)
            .joined(separator: " ").lowercased()
    }
}
