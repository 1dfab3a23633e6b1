import Testing

@testable import Catalogue
@testable import Workforce

/// Business-case figures on the bundled catalogue: a case worked by hand from the service model's figures, the
/// designer's own result for the same role, and every kind of bad request.
@Suite struct BusinessCaseTests {
    let catalogue: Catalogue
    let designer: TeamDesigner

    init() throws {
        catalogue = try BundledCatalogue.load()
        designer = TeamDesigner(catalogue: catalogue)
    }

    /// One CBT therapist in the perinatal model, by hand from 05-perinatal.yaml and team-parameters.yaml:
    /// 1,575 working hours × 0.7 clinical = 1,102.5 hours; an episode of CBT is 12 sessions × 75 minutes ÷ 60,
    /// booked allowing for 10% non-attendance = 16.67 hours; 1,102.5 ÷ 16.67 = 66.15 episodes, under the
    /// model's 120. Two posts would do 132.3, so the 120 demanded limits them and 205.5 hours are spare.
    @Test func aCaseWorkedByHand() throws {
        let one = try designer.businessCase(role: "cbt-therapist", service: "perinatal", posts: 1)
        let hoursPerEpisode = 12.0 * 75 / 60 / 0.9
        #expect(abs(one.clinicalHours - 1102.5) < 1e-9)
        #expect(one.episodes.count == 1)
        // The simplex solves to a tolerance of about 1e-6 of the hours.
        #expect(abs(one.episodesDelivered - 1102.5 / hoursPerEpisode) < 1e-4)
        #expect(abs(one.episodesDelivered - 66.15) < 1e-4)
        #expect(!one.limitedByDemand)
        // Supervision: 45 hours a year per WTE, from the model's psychologists.
        #expect(one.supervisionNeeded == 45)
        #expect(one.supervisors == ["cbt-therapist"])

        let two = try designer.businessCase(role: "cbt-therapist", service: "perinatal", posts: 2)
        #expect(abs(two.episodesDelivered - 120) < 1e-4)
        #expect(two.limitedByDemand)
        #expect(abs(two.clinicalHours - two.hoursUsed - (2205 - 120 * hoursPerEpisode)) < 1e-3)
        #expect(two.supervisionNeeded == 90)

        // Band 7 at its top point with the full on-costs, by hand: pay × (1 + pension + levy) + NI above the
        // threshold. CBT therapists train for a year in a salaried band 6 post, so the first year is two trainees.
        let parameters = try #require(catalogue.teamParameters)
        let seven = try #require(Band("7"))
        let pay = Double(try #require(catalogue.payScale?.bands[seven]).maximum)
        let perPost =
            pay * (1 + parameters.pensionFull.value / 100 + parameters.apprenticeshipLevy.value / 100)
            + parameters.nationalInsurance.value / 100 * (pay - parameters.nationalInsuranceThreshold.value)
        #expect(abs(two.recurring.amount - 2 * perPost) < 0.01)
        #expect(two.traineeBand == Band("6"))
        #expect(abs(two.firstYear.amount - 2 * (try #require(two.costPerTraineePost))) < 0.01)
        // A role whose training is not salaried is costed as a qualified post from the first year.
        let counsellor = try designer.businessCase(role: "counsellor", service: "talking-therapies", posts: 1)
        #expect(counsellor.firstYear == counsellor.recurring)
        #expect(counsellor.limits.contains { $0.contains("not recorded as salaried") })
    }

    /// The business case costs a post as the designer does, and a post in the designer's own team delivers
    /// no more episodes per WTE than the business case's posts, which give all their clinical time to episodes.
    @Test func agreesWithTheDesignersOwnResult() throws {
        let design = try designer.design(DesignInput(service: "perinatal"))
        let post = try #require(design.posts.first { $0.role == "cbt-therapist" })
        let figures = try designer.businessCase(role: "cbt-therapist", service: "perinatal", posts: 1)
        #expect(abs(post.costPerWTE - figures.costPerQualifiedPost) < 1e-6)
        let cbt = try #require(design.interventions.first { $0.id == "cbt" })
        let hours = cbt.hoursByRole.first { $0.role == "cbt-therapist" }?.hours ?? 0
        #expect(hours / cbt.hoursPerEpisode / post.wte <= figures.episodesDelivered + 1e-6)
        #expect(abs(cbt.hoursPerEpisode - figures.episodes[0].hoursPerEpisode) < 1e-9)
        #expect(figures.payYear == design.payYear)
    }

    /// A salaried one-year trainee costs the trainee band in the first year, and the qualified band after.
    @Test func aSalariedTraineeYearIsCostedAtTheTraineeBand() throws {
        let figures = try designer.businessCase(
            role: "mental-health-and-wellbeing-practitioner", service: "community-mental-health-team", posts: 3)
        let trainee = try #require(figures.costPerTraineePost)
        #expect(figures.traineeBand == Band("4"))
        #expect(figures.trainingMonths == 12)
        #expect(abs(figures.firstYear.amount - 3 * trainee) < 0.01)
        #expect(abs(figures.recurring.amount - 3 * figures.costPerQualifiedPost) < 0.01)
        #expect(figures.recurring.amount > figures.firstYear.amount)
        // Every figure listed has a basis; the role's own supervision and clinical share are among them.
        #expect(figures.parameters.contains { $0.label.hasPrefix("Mental health and wellbeing practitioner: share") })
        #expect(figures.parameters.contains { $0.label == "Working hours a year per WTE" })
    }

    @Test func theDefaultServiceIsTheFirstThatStaffsTheRole() throws {
        let figures = try #require(try designer.businessCase(role: "cbt-therapist", query: BusinessCaseQuery()))
        let first = catalogue.serviceModels.sorted { $0.position < $1.position }.first {
            $0.staffRole("cbt-therapist") != nil
        }
        #expect(figures.service == first?.id)
        #expect(figures.posts == 1)
        let unstaffed = catalogue.roles.filter { role in
            !catalogue.serviceModels.contains { $0.staffRole(role.id) != nil }
        }
        for role in unstaffed { #expect(try designer.businessCase(role: role.id, query: BusinessCaseQuery()) == nil) }
    }

    @Test(arguments: ["0", "-1", "101", "1.5", "abc", "1e400", "nan"])
    func badNumbersOfPostsAreRefused(_ posts: String) {
        #expect {
            _ = try BusinessCaseQuery(pairs: [("posts", posts)])
        } throws: { error in
            guard case WorkforceError.invalidDesign(let field, _) = error else { return false }
            return field == "posts"
        }
    }

    @Test func badServicesAndStrayFieldsAreRefused() throws {
        func field(_ body: () throws -> Void) -> String? {
            do { try body() } catch let WorkforceError.invalidDesign(field, _) { return field } catch { return "other" }
            return nil
        }
        #expect(field { _ = try BusinessCaseQuery(pairs: [("post", "2")]) } == "post")
        #expect(field { _ = try BusinessCaseQuery(pairs: [("posts", "2"), ("posts", "3")]) } == "posts")
        #expect(
            field {
                _ = try designer.businessCase(
                    role: "cbt-therapist", query: BusinessCaseQuery(posts: 1, service: "no-such-model"))
            } == "service")
        // The talking therapies model does not staff CBT therapists (its high intensity therapists do that work).
        #expect(
            field {
                _ = try designer.businessCase(
                    role: "cbt-therapist", query: BusinessCaseQuery(posts: 1, service: "talking-therapies"))
            } == "service")
        #expect(throws: WorkforceError.self) {
            _ = try designer.businessCase(role: "no-such-role", service: "perinatal", posts: 1)
        }
        #expect(try BusinessCaseQuery(pairs: [("posts", "100"), ("service", "perinatal")]).posts == 100)
    }
}
