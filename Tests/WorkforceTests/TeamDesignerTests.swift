import Testing

@testable import Workforce

/// A design small enough to solve by hand: practitioners (band 5, £30,000) deliver one intervention and need
/// 60 hours of supervision a year each; supervisors (band 7, £50,000) give up to 300 hours each and may use
/// their spare clinical time on the same work. No on-costs, so the arithmetic stays visible.
@Suite struct TeamDesignerTests {
    static func catalogue() -> Catalogue {
        var practitioner = Fixtures.role("a", qualified: "5")
        practitioner.supervisedBy = ["s"]
        let supervisor = Fixtures.role("s", qualified: "7")
        var bands: [Band: PayScale.Range] = [:]
        for band in Band.all { bands[band] = .init(minimum: 20_000, maximum: 20_000) }
        bands[Band("5")!] = .init(minimum: 25_000, maximum: 30_000)
        bands[Band("7")!] = .init(minimum: 45_000, maximum: 50_000)
        let zero = Parameter(0, basis: .assumption)
        let model = ServiceModel(
            id: "test", position: 1, name: "Test service", summary: "", demandUnit: "episodes a year",
            population: nil,
            interventions: [
                Intervention(
                    id: "work", name: "Work", summary: "", sessions: .init(10, basis: .assumption),
                    minutesPerSession: .init(60, basis: .assumption), didNotAttend: zero,
                    groupSize: .init(1, basis: .assumption), episodes: .init(100, basis: .assumption), share: nil,
                    weight: 1,
                    deliveredBy: [
                        Delivery(role: "a", efficiency: 1, capability: "x"),
                        Delivery(role: "s", efficiency: 1, capability: "x"),
                    ])
            ],
            staff: [
                StaffRole(
                    role: "a", band: Band("5")!, clinicalShare: .init(0.8, basis: .assumption),
                    supervisionReceived: .init(60, basis: .assumption), supervisionGiven: nil, span: nil),
                StaffRole(
                    role: "s", band: Band("7")!, clinicalShare: .init(0.5, basis: .assumption),
                    supervisionReceived: zero, supervisionGiven: .init(300, basis: .assumption),
                    span: .init(5, basis: .assumption)),
            ],
            fixedPosts: [], rules: [], sources: [], notes: [])
        var catalogue = Fixtures.catalogue([practitioner, supervisor])
        catalogue.payScales = [
            PayScale(
                year: "test", effectiveFrom: CalendarDay(year: 2025, month: 4, day: 1)!, basis: .official,
                status: "test", sources: [], bands: bands)
        ]
        catalogue.serviceModels = [model]
        catalogue.teamParameters = TeamParameters(
            hoursPerWTE: .init(1500, basis: .assumption), pensionFull: zero, pensionLocal: zero,
            nationalInsurance: zero, nationalInsuranceThreshold: zero, apprenticeshipLevy: zero)
        return catalogue
    }

    @Test func theLeastCostTeamMatchesTheHandSolution() throws {
        // 1,000 hours of work. Each practitioner WTE brings 1,200 clinical hours and needs 0.2 WTE of supervisor
        // (60 ÷ 300), whose 750 clinical hours less 60 of supervision leave 90 for the work: 1,290 hours for
        // £40,000. Buying supervisor time alone costs £66.67 an hour, more than £31.01, so the optimum is
        // 1,000 ÷ 1,290 practitioner WTE and a fifth of that in supervisors.
        let design = try TeamDesigner(catalogue: Self.catalogue()).design(DesignInput(service: "test"))
        let practitioners = design.posts.first { $0.role == "a" }?.wte ?? 0
        let supervisors = design.posts.first { $0.role == "s" }?.wte ?? 0
        #expect(abs(practitioners - 1000 / 1290) < 1e-6)
        #expect(abs(supervisors - 200 / 1290) < 1e-6)
        #expect(abs(design.totalCost - 40_000 * 1000 / 1290) < 1e-3)
        #expect(abs(design.episodesMet - 100) < 1e-6)
        let supervision = design.supervision.reduce(0) { $0 + $1.hours }
        #expect(abs(supervision - 60 * 1000 / 1290) < 1e-6)
        // The marginal episode costs 10 hours at £40,000 per 1,290 hours.
        let price = design.explanation.prices.first { $0.text.contains("episode of work") }
        #expect(abs((price?.value ?? 0) - 400_000 / 1290) < 1e-3)
    }

    @Test func aBudgetBuysTheMostNeedItCan() throws {
        // £20,000 buys half of the £40,000 bundle: 645 hours, 64.5 episodes; each extra £10,000 buys 32.25.
        let design = try TeamDesigner(catalogue: Self.catalogue()).design(DesignInput(service: "test", budget: 20_000))
        #expect(abs(design.episodesMet - 64.5) < 1e-6)
        #expect(abs(design.totalCost - 20_000) < 1e-3)
        let price = design.explanation.prices.first { $0.text.contains("£10,000") }
        #expect(abs((price?.value ?? 0) - 32.25) < 1e-6)
        #expect(design.explanation.binding.contains { $0.contains("budget is spent in full") })
    }

    @Test func wholePostsRoundUpAndStillMeetDemand() throws {
        let design = try TeamDesigner(catalogue: Self.catalogue()).design(
            DesignInput(service: "test", posts: .whole))
        #expect(design.posts.allSatisfy { $0.wte == $0.wte.rounded() })
        // One practitioner and one supervisor: 1,200 + 690 hours cover the 1,000 needed, at £80,000.
        #expect(abs(design.totalCost - 80_000) < 1e-3)
        #expect(abs(design.episodesMet - 100) < 1e-6)
    }

    @Test func noSupervisorMeansNoPractitioners() throws {
        let design = try TeamDesigner(catalogue: Self.catalogue()).design(
            DesignInput(service: "test", unavailable: ["s"]))
        // Without supervisors nobody may do the work: all 100 episodes go unmet, and the page says why.
        #expect(design.episodesMet < 1e-6)
        #expect(design.explanation.unused.contains { $0.contains("none of the roles that may supervise it") })
    }

    @Test func conflictingLimitsAreNamed() throws {
        let input = DesignInput(service: "test", limits: ["a": .init(minimum: 2), "s": .init(maximum: 0.1)])
        #expect {
            try TeamDesigner(catalogue: Self.catalogue()).design(input)
        } throws: { error in
            guard case WorkforceError.infeasibleDesign(let conflicts) = error else { return false }
            // 2 WTE practitioners need 120 hours of supervision; 0.1 WTE of supervisor gives at most 30.
            return conflicts.contains { $0.contains("at least 2 WTE") }
                && conflicts.contains { $0.contains("capped at 0.1 WTE") }
                && conflicts.contains { $0.contains("needs 60 hours of supervision") }
        }
    }

    @Test(arguments: [
        (DesignInput(service: "nope"), "no service model with the id"),
        (DesignInput(service: "test", demand: ["work": -5]), "demand.work"),
        (DesignInput(service: "test", demand: ["play": 5]), "demand.play"),
        (DesignInput(service: "test", demand: ["work": 5_000_000]), "more than any one service"),
        (DesignInput(service: "test", budget: 0), "budget"),
        (DesignInput(service: "test", budget: 500), "full amount"),
        (DesignInput(service: "test", unavailable: ["clinical-psychologist"]), "not part of"),
        (DesignInput(service: "test", limits: ["a": .init(minimum: 3, maximum: 1)]), "above its maximum"),
        (DesignInput(service: "test", current: ["a": -1]), "current.a"),
    ])
    func badInputIsRefusedWithWordsThatSayWhy(input: DesignInput, words: String) {
        #expect {
            try TeamDesigner(catalogue: Self.catalogue()).design(input)
        } throws: { error in
            let text = (error as? WorkforceError)?.description ?? ""
            return text.lowercased().contains(words.lowercased())
        }
    }

    @Test func theFormReadsBackWhatItWrites() throws {
        let model = try #require(Self.catalogue().serviceModel("test"))
        let input = DesignInput(
            service: "test", demand: ["work": 150], budget: 90_000, posts: .half, onCosts: .local, payPoint: .entry,
            unavailable: ["s"], limits: ["a": .init(minimum: 1, maximum: 4)], current: ["a": 2.5])
        var pairs = input.formValues(model: model).map { (name: $0.key, value: $0.value) }
        pairs.append((name: DesignInput.FormField.unavailable, value: "s"))
        #expect(try DesignInput(form: pairs, model: model) == input)
        #expect {
            try DesignInput(form: [(name: "demand.work", value: "lots")], model: model)
        } throws: { error in
            (error as? WorkforceError)?.description.contains("must be a number, like 250") == true
        }
    }

    @Test func roleNamesReadWellInSentences() {
        #expect("Clinical associate in psychology".plural.inSentence == "clinical associates in psychology")
        #expect("Psychological therapist (other)".plural == "Psychological therapists (other)")
        #expect("Art, drama and music therapist".plural == "Art, drama and music therapists")
        #expect("CBT for psychosis".inSentence == "CBT for psychosis")
    }
}
