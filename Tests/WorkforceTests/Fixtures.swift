@testable import Workforce

/// Small hand-made roles for domain tests, independent of the bundled catalogue.
enum Fixtures {
    static func role(
        _ id: String, group: String = "g1", ages: AgeRange? = AgeRange(min: 18, max: nil), months: Int? = 12,
        salaried: Bool? = true, qualified: String? = "5", introduced: Int? = nil, settings: [Setting] = [],
        capabilities: [String] = [], progression: [Progression] = [], sources: [Fact: [Source.ID]] = [.group: ["s1"]]
    ) -> Role {
        Role(
            id: .init(rawValue: id), name: "Role \(id)", abbreviation: id.uppercased(), group: .init(rawValue: group),
            position: 0, leadership: .psychologicalProfessions, summary: "Summary of \(id)", ages: ages,
            settings: settings, entryRequirements: [],
            training: Training(
                programme: "Programme \(id)", level: nil, months: months, salaried: salaried, providers: []),
            registration: [], bands: Bands(trainee: nil, qualified: qualified.flatMap(BandRange.init), progression: []),
            capabilities: capabilities, supervisedBy: [], progression: progression, introduced: introduced, intake: [],
            notes: [], uncertain: [], factSources: sources, unsourced: [.ages, .training, .bands, .settings],
            furtherSources: []
        )
    }

    static func catalogue(_ roles: [Role]) -> Catalogue {
        Catalogue(
            stamp: CatalogueStamp(version: "test", checksum: "0"),
            groups: [
                RoleGroup(id: "g1", name: "Group one", description: "", sources: ["s1"]),
                RoleGroup(id: "g2", name: "Group two", description: "", sources: ["s1"]),
            ],
            roles: roles, entryPoints: [], rules: [], figures: [],
            sources: [
                Source(
                    id: "s1", url: "https://example.org", publisher: "Example", title: nil, date: nil, dateBasis: nil)
            ]
        )
    }
}
