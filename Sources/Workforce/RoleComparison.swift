/// Two or three roles side by side.
public struct RoleComparison: Hashable, Sendable {
    public let roles: [Role]

    /// Checks that there are two or three different roles and that each exists.
    public init(ids: [Role.ID], in catalogue: Catalogue) throws(WorkforceError) {
        guard (2...3).contains(ids.count) else { throw .comparisonNeedsTwoOrThree(count: ids.count) }
        var seen = Set<Role.ID>()
        for id in ids where !seen.insert(id).inserted { throw .duplicateRoleInComparison(id) }
        var roles: [Role] = []
        for id in ids { roles.append(try catalogue.requireRole(id)) }
        self.roles = roles
    }

    /// One row per fact: its label and each role's value as plain text.
    public func rows(groups: [RoleGroup]) -> [(fact: Fact, label: String, values: [String])] {
        func row(_ fact: Fact, _ label: String? = nil, _ value: (Role) -> String) -> (Fact, String, [String]) {
            (fact, label ?? fact.label, roles.map(value))
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "Not recorded" : items.joined(separator: "; ") }
        return [
            row(.group) { role in groups.first { $0.id == role.group }?.name ?? role.group.rawValue },
            row(.ages) { $0.ages?.description ?? "Not established" },
            row(.training, "Training programme") { $0.training.programme },
            row(.training, "Training length") { $0.training.lengthLabel },
            row(.training, "Training funding") { $0.training.fundingLabel },
            row(.training, "Academic level") { $0.training.level ?? "Not recorded" },
            row(.bands, "Band while training") { $0.bands.trainee?.text ?? "No salaried NHS training post" },
            row(.bands, "Band when qualified") { $0.bands.qualified?.text ?? "Not recorded" },
            row(.bands, "Later bands") { list($0.bands.progression.map(\.name)) },
            row(.registration) { list($0.registration) },
            row(.settings) { list($0.settings.map(\.text)) },
            row(.capabilities) { list($0.capabilities) },
            row(.introduced) { $0.introduced.map(String.init) ?? "Established role" },
        ]
    }
}
