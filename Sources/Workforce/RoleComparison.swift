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

    /// One row of the comparison: a fact (or one part of it) and each role's value as plain text.
    public struct Row: Hashable, Sendable {
        public var fact: Fact
        public var label: String
        public var values: [String]
        /// Which uncertainty details concern this row; empty means every uncertainty of the fact does.
        public var aspects: [String]

        /// Whether `role`'s value in this row is uncertain or has no source.
        public func isUncertain(for role: Role) -> Bool {
            if role.unsourced.contains(fact) { return true }
            return role.uncertainties(of: fact).contains { aspects.isEmpty || aspects.contains($0.detail) }
        }
    }

    /// One row per fact or part of a fact, in reading order.
    public func rows(groups: [RoleGroup], payScale: PayScale? = nil) -> [Row] {
        func row(_ fact: Fact, _ label: String? = nil, aspects: [String] = [], _ value: (Role) -> String) -> Row {
            Row(fact: fact, label: label ?? fact.label, values: roles.map(value), aspects: aspects)
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "Not recorded" : items.joined(separator: "; ") }
        let training = "training"
        return [
            row(.group) { role in groups.first { $0.id == role.group }?.name ?? role.group.rawValue },
            row(.ages) { $0.ages?.description ?? "Not established" },
            row(.training, "Training programme", aspects: [training]) { $0.training.programme },
            row(.training, "Training length", aspects: [training, "training length"]) { $0.training.lengthLabel },
            row(.training, "Training funding", aspects: [training, "whether training is salaried"]) {
                $0.training.fundingLabel
            },
            row(.training, "Academic level", aspects: [training]) { $0.training.level ?? "Not recorded" },
            row(.bands, "Band while training", aspects: ["trainee band"]) {
                $0.bands.trainee?.text ?? "No salaried NHS training post"
            },
            row(.bands, "Band when qualified", aspects: ["qualified band"]) {
                $0.bands.qualified?.text ?? "Not recorded"
            },
            row(.bands, "Later bands", aspects: ["progression bands"]) { list($0.bands.progression.map(\.name)) },
        ]
            + (payScale.map { scale in
                [
                    row(.bands, "Pay when qualified (\(scale.year))", aspects: ["qualified band"]) { role in
                        role.bands.qualified.flatMap { scale.label(for: $0) } ?? "Not recorded"
                    }
                ]
            } ?? []) + [
                row(.registration) { list($0.registration) },
                row(.settings) { list($0.settings.map(\.text)) },
                row(.capabilities) { list($0.capabilities) },
                row(.introduced) { $0.introduced.map(String.init) ?? "Established role" },
            ]
    }
}
