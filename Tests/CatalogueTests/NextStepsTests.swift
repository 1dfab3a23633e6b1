import Testing

@testable import Catalogue
@testable import Workforce

/// Next steps for career seekers, on the bundled catalogue: each checked against the facts it is worked out from.
@Suite struct NextStepsTests {
    /// Roles reachable from `start` by a breadth-first walk written here, apart from the code under test.
    static func reach(_ start: Role.ID, excluding: Role.ID, in catalogue: Catalogue) -> Int {
        var frontier = [start]
        var seen: Set<Role.ID> = [start]
        while !frontier.isEmpty {
            frontier = frontier.flatMap { role in
                catalogue.routes.filter { $0.from == .role(role) }.compactMap(\.to.roleID)
            }.filter { seen.insert($0).inserted }
        }
        seen.remove(excluding)
        return seen.count
    }

    @Test func theBestNextStepOpensAtLeastAsManyRolesAsAnyOther() throws {
        let catalogue = try BundledCatalogue.load()
        var withBest = 0
        for role in catalogue.roles {
            let steps = NextSteps(role: role, catalogue: catalogue)
            let out = catalogue.routes.filter { $0.from == .role(role.id) }.compactMap { route in
                route.to.roleID.map { (route, Self.reach($0, excluding: role.id, in: catalogue)) }
            }
            guard let best = steps.bestStep else {
                #expect(out.isEmpty, "\(role.id) has routes out but no best step")
                continue
            }
            withBest += 1
            let target = try #require(best.route.to.roleID)
            #expect(best.reach == Self.reach(target, excluding: role.id, in: catalogue))
            for (route, reach) in out {
                #expect(best.reach >= reach, "\(route.id) opens \(reach), more than \(best.reach)")
            }
        }
        #expect(withBest >= 10)
    }

    @Test func thePayQuestionAndTheSearchesFollowTheTrainingFacts() throws {
        let catalogue = try BundledCatalogue.load()
        for role in catalogue.roles {
            let steps = NextSteps(role: role, catalogue: catalogue)
            let paid = try #require(steps.answers.first { $0.question.contains("paid") })
            let expected =
                switch role.training.salaried {
                case true?: "Yes: training is in a salaried post"
                case false?: "Usually not"
                case nil: "Skillmix's sources do not settle it"
                }
            #expect(paid.answer.hasPrefix(expected), "\(role.id): \(paid.answer)")
            #expect(steps.searches.count == (role.training.salaried == true ? 2 : 1))
        }
    }

    @Test func aClinicalPsychologistAppliesThroughTheClearingHouseAndCanSearchNHSJobs() throws {
        let catalogue = try BundledCatalogue.load()
        let steps = NextSteps(role: try catalogue.requireRole("clinical-psychologist"), catalogue: catalogue)
        let doctorate = try #require(steps.waysIn.first { $0.step.contains("Clearing House") })
        #expect(doctorate.from.contains(.entryPoint("psychology-graduate")))
        #expect(doctorate.from.contains(.role("assistant-psychologist")))
        #expect(!doctorate.sources.isEmpty && doctorate.competition != nil)
        #expect(
            steps.searches.map(\.url) == [
                "https://www.jobs.nhs.uk/candidate/search/results?keyword=Clinical%20psychologist",
                "https://www.jobs.nhs.uk/candidate/search/results?keyword=Trainee%20clinical%20psychologist",
            ])
    }

    /// The degree answer says "not necessarily" exactly when a route in starts from an entry point other than a
    /// psychology degree.
    @Test func theDegreeAnswerFollowsTheRoutesIn() throws {
        let catalogue = try BundledCatalogue.load()
        for role in catalogue.roles {
            let answer = try #require(NextSteps(role: role, catalogue: catalogue).answers.first)
            let otherStart = catalogue.routes.contains { route in
                guard route.to == .role(role.id), case .entryPoint(let start) = route.from else { return false }
                return start != "psychology-graduate"
            }
            #expect(answer.answer.hasPrefix("Not necessarily") == otherStart, "\(role.id): \(answer.answer)")
        }
    }
}
