import Testing

@testable import Catalogue
@testable import Workforce

/// The route finder on the bundled catalogue: the journeys people ask about, and properties that must
/// hold for every start and target.
@Suite struct CareerMapTests {
    let catalogue: Catalogue
    let finder: RouteFinder

    init() throws {
        catalogue = try BundledCatalogue.load()
        finder = RouteFinder(catalogue: catalogue)
    }

    @Test func psychologyGraduateToClinicalPsychologist() throws {
        let plans = try finder.find(from: .entryPoint("psychology-graduate"), to: "clinical-psychologist")
        // A year of relevant experience, then the three-year salaried doctorate.
        #expect(plans.fastest.totalMonths == 48)
        #expect(plans.fastest.unpaidMonths == 0)
        // Training as a PWP first brings the two-year rule in: 12 + 24 + 36 months.
        let viaPWP = try #require(
            try finder.allPlans(
                from: .entryPoint("psychology-graduate"), to: .role("clinical-psychologist"), monthsInCurrentRole: 0
            )
            .first {
                $0.places == [
                    .entryPoint("psychology-graduate"), .role("psychological-wellbeing-practitioner"),
                    .role("clinical-psychologist"),
                ]
            }
        )
        #expect(viaPWP.totalMonths == 72)
        #expect(viaPWP.ruleWaitMonths == 24)
        #expect(plans.alternatives.count == 3)
    }

    @Test func pwpToHighIntensityTherapist() throws {
        let plan = try finder.find(from: .role("psychological-wellbeing-practitioner"), to: "high-intensity-therapist")
            .fastest
        #expect(plan.steps.count == 1)
        #expect(plan.steps[0].experienceWaitMonths == 24)
        #expect(plan.steps[0].fundingRuleApplies)
        #expect(plan.totalMonths == 36)
        #expect(plan.steps[0].bandWhileWaiting == BandRange("5"))
        #expect(plan.steps[0].bandWhileTraining == BandRange("6"))
        let experienced = try finder.find(
            from: .role("psychological-wellbeing-practitioner"), to: "high-intensity-therapist", monthsInCurrentRole: 30
        )
        #expect(experienced.fastest.totalMonths == 12)
    }

    @Test func otherGraduateToClinicalPsychologist() throws {
        let plans = try finder.find(from: .entryPoint("other-graduate"), to: "clinical-psychologist")
        // Conversion course (12, self-funded), a year's experience, then the doctorate.
        #expect(plans.fastest.totalMonths == 60)
        #expect(plans.fastest.unpaidMonths == 12)
        #expect(plans.fastest.steps.first?.route.assumptions.isEmpty == false)
        // Without self-funding: a practitioner post, the two-year rule, then the doctorate.
        #expect(plans.leastUnpaid.unpaidMonths == 0)
        #expect(plans.leastUnpaid.totalMonths == 72)
    }

    @Test func everyPlanIsMadeOfRealRoutesAndItsTotalsAddUp() throws {
        let routeIDs = Set(catalogue.routes.map(\.id))
        let starts = catalogue.entryPoints.map { Place.entryPoint($0.id) } + catalogue.roles.map { Place.role($0.id) }
        var checked = 0
        for start in starts {
            for target in catalogue.roles where start != .role(target.id) {
                for objective in RouteFinder.Objective.allCases {
                    let plans: RoutePlans
                    do {
                        plans = try finder.find(from: start, to: target.id, objective: objective)
                    } catch {
                        guard case .noRoute = error else { Issue.record("\(error)"); continue }
                        continue
                    }
                    checked += 1
                    let shown = plans.shown
                    #expect(Set(shown.map(\.routeIDs)).count == shown.count, "plans shown are distinct")
                    #expect(shown.count <= 5)
                    for plan in shown {
                        #expect(plan.places.first == start && plan.places.last == .role(target.id))
                        var previousEnd = 0
                        for step in plan.steps {
                            #expect(routeIDs.contains(step.route.id))
                            #expect(step.startMonth >= previousEnd)
                            #expect(step.startMonth == previousEnd + step.experienceWaitMonths + step.ruleWaitMonths)
                            #expect(step.endMonth == step.startMonth + step.route.months)
                            previousEnd = step.endMonth
                        }
                        #expect(zip(plan.steps, plan.steps.dropFirst()).allSatisfy { $0.route.to == $1.route.from })
                        #expect(plan.totalMonths == previousEnd)
                        #expect(plan.unpaidMonths == plan.steps.map(\.route.unpaidMonths).reduce(0, +))
                        #expect(plans.fastest.totalMonths <= plan.totalMonths, "the fastest is never slower")
                        #expect(plans.leastUnpaid.unpaidMonths <= plan.unpaidMonths)
                    }
                }
            }
        }
        #expect(checked > 100)
    }

    @Test func insightsNameDeadEndsAndTheDoctorateBottleneck() {
        let insights = CareerInsights(catalogue: catalogue)
        #expect(insights.deadEnds.map(\.id).contains("youth-intensive-psychological-practitioner"))
        let doctorate = insights.bottlenecks.first { $0.to == .role("clinical-psychologist") }
        #expect(doctorate?.from.contains(.role("psychological-wellbeing-practitioner")) == true)
        #expect((doctorate?.applicantsPerPlace ?? 0) >= CareerInsights.bottleneckApplicantsPerPlace)
        for item in insights.selfFundedOnly {
            #expect(item.routes.allSatisfy { $0.unpaidMonths > 0 })
        }
    }
}
