import Testing

@testable import Workforce

@Suite struct CatalogueRulesTests {
    @Test func aConsistentCatalogueHasNoProblems() {
        let catalogue = Fixtures.catalogue([
            Fixtures.role("a"),
            Fixtures.role(
                "b", progression: [.init(to: "a", via: "x", months: 12)],
                sources: [.group: ["s1"], .progression: ["s1"]]),
        ])
        #expect(catalogue.problems.isEmpty)
    }

    @Test func findsARouteToAnUnknownRole() {
        let catalogue = Fixtures.catalogue([Fixtures.role("a", progression: [.init(to: "ghost", via: "x", months: 12)])]
        )
        let problem = try? #require(catalogue.problems.first)
        #expect(problem?.place == .role("a", field: "progression"))
        #expect(problem?.message.contains("ghost") == true)
    }

    @Test func findsAFactWithoutASource() {
        let catalogue = Fixtures.catalogue([Fixtures.role("a", capabilities: ["therapy"])])
        #expect(catalogue.problems.map(\.place) == [.role("a", field: "sources.capabilities")])
    }

    @Test func findsAnUnknownSourceAndAnUnknownGroup() {
        let catalogue = Fixtures.catalogue([Fixtures.role("a", group: "nowhere", sources: [.group: ["missing"]])])
        let fields = Set(catalogue.problems.map(\.place))
        #expect(fields == [.role("a", field: "group"), .role("a", field: "sources.group")])
    }

    @Test func comparisonNeedsTwoOrThreeDistinctKnownRoles() throws {
        let catalogue = Fixtures.catalogue([
            Fixtures.role("a"), Fixtures.role("b"), Fixtures.role("c"), Fixtures.role("d"),
        ])
        #expect(throws: WorkforceError.comparisonNeedsTwoOrThree(count: 1)) {
            try RoleComparison(ids: ["a"], in: catalogue)
        }
        #expect(throws: WorkforceError.comparisonNeedsTwoOrThree(count: 4)) {
            try RoleComparison(ids: ["a", "b", "c", "d"], in: catalogue)
        }
        #expect(throws: WorkforceError.duplicateRoleInComparison("a")) {
            try RoleComparison(ids: ["a", "a"], in: catalogue)
        }
        #expect(throws: WorkforceError.self) { try RoleComparison(ids: ["a", "zzz"], in: catalogue) }
        let comparison = try RoleComparison(ids: ["b", "a"], in: catalogue)
        #expect(comparison.roles.map(\.id) == ["b", "a"])
        let rows = comparison.rows(groups: catalogue.groups)
        #expect(rows.allSatisfy { $0.values.count == 2 })
        #expect(rows.first { $0.label == "Band when qualified" }?.values == ["5", "5"])
    }
}

@Suite struct ComparisonUncertaintyTests {
    @Test func onlyTheRowsAnUncertaintyConcernsAreFlagged() throws {
        var a = Fixtures.role("a")
        a.uncertain = [Uncertainty(fact: .bands, detail: "progression bands")]
        a.unsourced = []
        let catalogue = Fixtures.catalogue([a, Fixtures.role("b")])
        let rows = try RoleComparison(ids: ["a", "b"], in: catalogue).rows(groups: catalogue.groups)
        let flagged = rows.filter { $0.isUncertain(for: a) }.map(\.label)
        #expect(flagged == ["Later bands"])
    }
}
