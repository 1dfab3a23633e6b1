import Testing

@testable import Workforce

@Suite struct RoleFilterTests {
    let roles = [
        Fixtures.role(
            "a", group: "g1", ages: AgeRange(min: 0, max: 18), months: 12, salaried: true, qualified: "5",
            introduced: 2019,
            settings: [Setting(text: "schools", kinds: [.schools])], capabilities: ["guided self-help"]),
        Fixtures.role("b", group: "g2", ages: AgeRange(min: 18, max: nil), months: 36, salaried: false, qualified: "7"),
        Fixtures.role("c", group: "g2", ages: nil, months: nil, salaried: nil, qualified: "6-7", introduced: 2008),
    ]

    func ids(_ filter: RoleFilter) -> [String] { filter.apply(to: roles).map(\.id.rawValue) }

    @Test func anEmptyFilterKeepsEveryRole() {
        #expect(ids(RoleFilter()) == ["a", "b", "c"])
    }

    @Test func filtersByEachField() throws {
        #expect(ids(RoleFilter(group: "g2")) == ["b", "c"])
        #expect(ids(RoleFilter(age: .children)) == ["a"])
        #expect(ids(RoleFilter(age: .olderAdults)) == ["b"])
        #expect(ids(RoleFilter(setting: .schools)) == ["a"])
        #expect(ids(RoleFilter(qualifiedBand: Band("7"))) == ["b", "c"])
        #expect(ids(RoleFilter(salariedTraining: false)) == ["b"])
        #expect(ids(RoleFilter(maxTrainingMonths: 24)) == ["a"])
        #expect(ids(RoleFilter(newRolesOnly: true)) == ["a"])
    }

    @Test func searchNeedsEveryWordAndIgnoresCase() {
        #expect(ids(RoleFilter(text: "GUIDED self")) == ["a"])
        #expect(ids(RoleFilter(text: "guided nothing")) == [])
        #expect(ids(RoleFilter(text: "programme")) == ["a", "b", "c"])
    }

    @Test func parametersRoundTrip() throws {
        let filter = RoleFilter(
            group: "g1", age: .youngPeople, setting: .inpatient, qualifiedBand: Band("8a"), salariedTraining: true,
            maxTrainingMonths: 24, newRolesOnly: true, text: "cbt therapy"
        )
        let parsed = try RoleFilter(parameters: filter.parameters, groups: ["g1", "g2"])
        #expect(parsed == filter)
    }

    @Test func emptyValuesAreIgnoredLikeAnUnsetFormField() throws {
        let parsed = try RoleFilter(parameters: [("group", ""), ("band", " "), ("q", "")], groups: ["g1"])
        #expect(parsed.isEmpty)
    }

    @Test(arguments: [
        ("group", "nope"), ("age", "toddlers"), ("setting", "moon"), ("band", "10"), ("salaried", "maybe"),
        ("max-months", "-3"), ("max-months", "abc"), ("new", "perhaps"), ("colour", "blue"),
    ])
    func rejectsUnknownValuesWithTheAllowedOnes(name: String, value: String) {
        #expect(throws: WorkforceError.self) {
            try RoleFilter(parameters: [(name, value)], groups: ["g1"])
        }
    }

    @Test func theErrorNamesWhatIsAllowed() {
        do {
            _ = try RoleFilter(parameters: [("age", "toddlers")], groups: [])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("young-people"))
            #expect(error.description.contains("toddlers"))
        }
    }
}

extension RoleFilterTests {
    /// The document says yes or no, so only yes or no is read: "true", "on" and "YES" are refused by name.
    @Test(arguments: ["true", "on", "1", "YES", "No"])
    func onlyYesOrNoIsRead(_ value: String) {
        #expect(throws: WorkforceError.self) {
            _ = try RoleFilter(parameters: [("salaried", value)], groups: [])
        }
    }
}
