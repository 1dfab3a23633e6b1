import Testing

@testable import Workforce

/// Hand-worked cases on a small map, checked step by step.
@Suite struct RouteFinderTests {
    static func route(
        _ from: Place, _ to: Place, months: Int, funding: Funding = .salaried, experience: Int = 0, funded: Bool = true,
        selfFunded: Int? = nil
    ) -> CareerRoute {
        CareerRoute(
            id: .init(rawValue: "\(from.id)--\(to.id)"), from: from, to: to, step: "step", months: months,
            mode: .fullTime,
            funding: funding, level: nil, experienceMonths: experience, prerequisites: [], nhsFundedTraining: funded,
            selfFundedMonths: selfFunded, competition: nil, applicantsPerPlace: nil, sources: ["s1"], uncertain: [],
            assumptions: []
        )
    }

    static let e = Place.entryPoint("e")
    static let a = Place.role("a")
    static let b = Place.role("b")
    static let c = Place.role("c")
    static let t = Place.role("t")

    static func catalogue(_ routes: [CareerRoute], extraRoles: [String] = []) -> Catalogue {
        var catalogue = Fixtures.catalogue(
            (["a", "b", "c", "t", "lonely"] + extraRoles).map {
                Fixtures.role($0, sources: [.group: ["s1"], .progression: ["s1"]])
            }
        )
        catalogue.entryPoints = [
            EntryPoint(
                id: "e", label: "Start", description: "", ppnCharacter: true, directRoles: [], trainingRoutes: [],
                notes: [], sources: ["s1"], uncertain: [])
        ]
        catalogue.routes = routes
        return catalogue
    }

    @Test func theTwoYearRuleMakesTheLongerLookingRouteSlower() throws {
        let map = Self.catalogue([
            Self.route(Self.e, Self.a, months: 12),
            Self.route(Self.a, Self.t, months: 36),
            Self.route(Self.e, Self.t, months: 36, experience: 12),
        ])
        #expect(map.problems.isEmpty)
        let plans = try RouteFinder(catalogue: map).find(from: Self.e, to: "t")
        #expect(plans.totalFound == 2)
        #expect(plans.fastest.places == [Self.e, Self.t])
        #expect(plans.fastest.totalMonths == 48)
        let viaA = try #require(plans.shown.first { $0.places == [Self.e, Self.a, Self.t] })
        // 12 months training as A, then 24 months' wait under the rule, then 36 months.
        #expect(viaA.steps[1].ruleWaitMonths == 24)
        #expect(viaA.steps[1].fundingRuleApplies)
        #expect(viaA.totalMonths == 72)
        #expect(viaA.ruleWaitMonths == 24)
    }

    @Test func experienceAlreadyGainedShortensTheWait() throws {
        let map = Self.catalogue([Self.route(Self.a, Self.t, months: 36)])
        let finder = RouteFinder(catalogue: map)
        // Role a's own training was salaried, so it counts as NHS-funded: the rule applies from qualifying.
        #expect(try finder.find(from: Self.a, to: "t").best.totalMonths == 60)
        #expect(try finder.find(from: Self.a, to: "t", monthsInCurrentRole: 10).best.totalMonths == 50)
        #expect(try finder.find(from: Self.a, to: "t", monthsInCurrentRole: 30).best.totalMonths == 36)
    }

    @Test func theRuleDoesNotApplyToAStepThatIsNotAnNHSFundedTraining() throws {
        let map = Self.catalogue([Self.route(Self.a, Self.t, months: 36, funding: .selfFunded, funded: false)])
        let plan = try RouteFinder(catalogue: map).find(from: Self.a, to: "t").best
        #expect(plan.totalMonths == 36)
        #expect(plan.unpaidMonths == 36)
        #expect(!plan.steps[0].fundingRuleApplies)
    }

    @Test func leastSelfFundedPrefersAPaidRouteEvenIfLonger() throws {
        let map = Self.catalogue([
            Self.route(Self.e, Self.b, months: 12, funding: .selfFunded, funded: false),
            Self.route(Self.b, Self.t, months: 12, funded: false),
            Self.route(Self.e, Self.a, months: 12),
            Self.route(Self.a, Self.t, months: 36),
        ])
        let plans = try RouteFinder(catalogue: map).find(from: Self.e, to: "t", objective: .unpaid)
        #expect(plans.fastest.places == [Self.e, Self.b, Self.t])
        #expect(plans.fastest.totalMonths == 24 && plans.fastest.unpaidMonths == 12)
        #expect(plans.leastUnpaid.places == [Self.e, Self.a, Self.t])
        #expect(plans.leastUnpaid.unpaidMonths == 0)
        #expect(plans.best == plans.leastUnpaid)
    }

    @Test func mixedFundingCountsAsSelfFundedUnlessSplit() {
        #expect(Self.route(Self.e, Self.a, months: 48, funding: .mixed).unpaidMonths == 48)
        #expect(Self.route(Self.e, Self.a, months: 72, funding: .mixed, selfFunded: 24).unpaidMonths == 24)
    }

    @Test func cyclesAreWalkedOnceAndTheSearchEnds() throws {
        let map = Self.catalogue([
            Self.route(Self.a, Self.c, months: 12, funded: false),
            Self.route(Self.c, Self.a, months: 12, funded: false),
            Self.route(Self.c, Self.b, months: 12, funded: false),
            Self.route(Self.b, Self.c, months: 12, funded: false),
            Self.route(Self.b, Self.t, months: 12, funded: false),
        ])
        let plans = try RouteFinder(catalogue: map).find(from: Self.a, to: "t")
        #expect(plans.totalFound == 1)
        #expect(plans.best.places == [Self.a, Self.c, Self.b, Self.t])
        #expect(plans.best.totalMonths == 36)
    }

    @Test func anUnreachableTargetSaysWhy() {
        let map = Self.catalogue([Self.route(Self.e, Self.a, months: 12), Self.route(Self.b, Self.t, months: 12)])
        let finder = RouteFinder(catalogue: map)
        #expect(throws: WorkforceError.self) { try finder.find(from: Self.e, to: "lonely") }
        do {
            _ = try finder.find(from: Self.e, to: "t")
            Issue.record("expected no route")
        } catch {
            guard case .noRoute(_, _, let reason) = error else { Issue.record("wrong error \(error)"); return }
            #expect(reason.contains("Role b"))
        }
        do {
            _ = try finder.find(from: Self.e, to: "lonely")
        } catch {
            #expect(error.description.contains("no route into this role"))
        }
    }

    @Test func theSameStartAndTargetAndUnknownIdsAreRefused() {
        let finder = RouteFinder(catalogue: Self.catalogue([]))
        #expect(throws: WorkforceError.sameStartAndTarget("Role a")) { try finder.find(from: Self.a, to: "a") }
        #expect(throws: WorkforceError.self) { try finder.place("nobody") }
        #expect(throws: WorkforceError.self) { try finder.find(from: Self.a, to: "nobody") }
        #expect(throws: WorkforceError.self) {
            try finder.plans(for: RouteQuery(from: "a", to: nil))
        }
    }
}
