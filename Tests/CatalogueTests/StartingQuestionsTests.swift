import Testing

@testable import Catalogue
@testable import Workforce

/// "Where can I start?" as questions, checked against rankings worked by hand from routes.yaml and the roles'
/// ages, one case for each starting point.
@Suite struct StartingQuestionsTests {
    let catalogue: Catalogue

    init() throws { catalogue = try BundledCatalogue.load() }

    func advice(_ answers: StartingAnswers) -> StartingAdvice { StartingAdvice(answers: answers, catalogue: catalogue) }

    /// routes.yaml: from a psychology degree, an assistant psychologist post is a job (0 months); CWP, EMHP,
    /// MHWP, PWP and YIPP trainee posts take 12 salaried months; the CAP apprenticeship 18. Ties go by id.
    @Test func aPsychologyGraduateWhoCannotSelfFund() {
        let result = advice(StartingAnswers(degree: .psychology, experience: false, canSelfFund: false))
        #expect(result.starts.map(\.place) == [.entryPoint("psychology-graduate")])
        let top = result.suggestions.prefix(7)
        #expect(
            top.map(\.role) == [
                "assistant-psychologist", "childrens-wellbeing-practitioner", "education-mental-health-practitioner",
                "mental-health-and-wellbeing-practitioner", "psychological-wellbeing-practitioner",
                "youth-intensive-psychological-practitioner", "clinical-associate-in-psychology",
            ])
        #expect(top.map(\.plan.totalMonths) == [0, 12, 12, 12, 12, 12, 18])
        #expect(top.allSatisfy { $0.affordable && $0.plan.unpaidMonths == 0 })
        #expect(result.suggestions[0].reasons[0].hasSuffix("you can apply now."))
        // Self-funded routes come after every affordable one.
        let firstUnaffordable = result.suggestions.firstIndex { !$0.affordable } ?? result.suggestions.count
        #expect(result.suggestions[firstUnaffordable...].allSatisfy { !$0.affordable })
    }

    /// The same graduate wanting to work with children (0 to 12): MHWPs (18 and over), PWPs (16 and over) and
    /// YIPPs (13 to 17) do not, so they fall below the CAP (all ages, 18 months) and every other role that does.
    @Test func theAgesChosenComeBeforeTime() throws {
        let result = advice(
            StartingAnswers(degree: .psychology, experience: false, canSelfFund: false, ages: [.children]))
        let order = result.suggestions.map(\.role)
        #expect(
            Array(order.prefix(4)) == [
                "assistant-psychologist", "childrens-wellbeing-practitioner", "education-mental-health-practitioner",
                "clinical-associate-in-psychology",
            ])
        let cap = try #require(order.firstIndex(of: "clinical-associate-in-psychology"))
        for id: Role.ID in ["mental-health-and-wellbeing-practitioner", "psychological-wellbeing-practitioner"] {
            let index = try #require(order.firstIndex(of: id))
            #expect(index > cap)
            #expect(result.suggestions[index].agesMatch == false)
            #expect(result.suggestions[index].reasons.contains { $0.hasPrefix("Does not work with the ages") })
        }
    }

    /// No degree but experience: the non-graduate CWP, EMHP, MHWP and PWP routes, 12 salaried months each.
    @Test func noDegreeWithExperience() {
        let result = advice(StartingAnswers(degree: .noDegree, experience: true, canSelfFund: false))
        #expect(result.starts.map(\.place) == [.entryPoint("non-graduate-life-experience")])
        #expect(
            result.suggestions.prefix(4).map(\.role) == [
                "childrens-wellbeing-practitioner", "education-mental-health-practitioner",
                "mental-health-and-wellbeing-practitioner", "psychological-wellbeing-practitioner",
            ])
        #expect(result.suggestions.prefix(4).allSatisfy { $0.plan.totalMonths == 12 })
    }

    /// No degree and no experience: a school or college student's start, where every route begins with a
    /// three-year self-funded degree; the assistant psychologist post straight after a psychology degree is
    /// the quickest (36 months).
    @Test func noDegreeAndNoExperienceStartsAsAStudent() {
        let cannot = advice(StartingAnswers(degree: .noDegree, experience: false, canSelfFund: false))
        #expect(cannot.starts.map(\.place) == [.entryPoint("school-or-college-student")])
        #expect(cannot.suggestions.allSatisfy { !$0.affordable })
        #expect(cannot.suggestions.first?.role == "assistant-psychologist")
        #expect(cannot.suggestions.first?.plan.totalMonths == 36)
        #expect(cannot.suggestions.first?.plan.unpaidMonths == 36)
        let can = advice(StartingAnswers(degree: .noDegree, experience: false, canSelfFund: true))
        #expect(can.suggestions.allSatisfy { $0.affordable })
        #expect(can.suggestions.first?.role == "assistant-psychologist")
    }

    /// A graduate in another subject: the CWP, EMHP and MHWP trainee posts take other graduates (12 months).
    @Test func aGraduateInAnotherSubject() {
        let result = advice(StartingAnswers(degree: .other, experience: false, canSelfFund: true))
        #expect(result.starts.map(\.place) == [.entryPoint("other-graduate")])
        #expect(
            result.suggestions.prefix(3).map(\.role) == [
                "childrens-wellbeing-practitioner", "education-mental-health-practitioner",
                "mental-health-and-wellbeing-practitioner",
            ])
    }

    /// Professional qualifications: a nurse or social worker can take the CBT diploma or a trainee high
    /// intensity post (12 months each); a qualified counsellor can apply for counsellor posts now.
    @Test func professionalQualificationsAndACurrentRole() {
        let nurse = advice(
            StartingAnswers(
                degree: .noDegree, experience: false, qualification: .healthOrSocialCare, canSelfFund: false))
        #expect(nurse.starts.map(\.place) == [.entryPoint("core-mental-health-professional")])
        #expect(nurse.suggestions.prefix(2).map(\.role) == ["cbt-therapist", "high-intensity-therapist"])
        // With experience too, the non-graduate trainee posts open as well, and each role takes the better start.
        let experienced = advice(
            StartingAnswers(degree: .noDegree, experience: true, qualification: .healthOrSocialCare, canSelfFund: false)
        )
        #expect(
            experienced.starts.map(\.place) == [
                .entryPoint("core-mental-health-professional"), .entryPoint("non-graduate-life-experience"),
            ])
        #expect(
            experienced.suggestions.prefix(3).map(\.role) == [
                "cbt-therapist", "childrens-wellbeing-practitioner", "education-mental-health-practitioner",
            ])
        let counsellor = advice(
            StartingAnswers(degree: .noDegree, experience: false, qualification: .counselling, canSelfFund: false))
        #expect(counsellor.starts.map(\.place) == [.entryPoint("counsellor-or-therapist")])
        #expect(counsellor.suggestions.first?.role == "counsellor")
        #expect(counsellor.suggestions.first?.plan.totalMonths == 0)
        let pwp = advice(
            StartingAnswers(
                degree: .psychology, experience: true, currentRole: "psychological-wellbeing-practitioner",
                canSelfFund: false))
        #expect(pwp.starts.first?.place == .role("psychological-wellbeing-practitioner"))
        #expect(!pwp.suggestions.contains { $0.role == "psychological-wellbeing-practitioner" })
        #expect(pwp.suggestions.contains { $0.role == "high-intensity-therapist" })
    }

    @Test func answersOutOfRangeAreRefusedNamingTheQuestion() {
        let roles = catalogue.roles.map(\.id)
        for (pairs, field) in [
            ([("degree", "maths")], "degree"), ([("experience", "maybe")], "experience"),
            ([("fund", "2")], "fund"), ([("ages", "toddlers")], "ages"), ([("current", "ghost")], "current"),
            ([("qualification", "pilot")], "qualification"), ([("degree", "other"), ("degree", "none")], "degree"),
            ([("colour", "red")], "the questions"),
        ] as [([(String, String)], String)] {
            #expect {
                _ = try StartingAnswers(pairs: pairs.map { (name: $0.0, value: $0.1) }, roles: roles)
            } throws: { error in
                guard case WorkforceError.unknownFilterValue(let parameter, _, _) = error else { return false }
                return parameter == field
            }
        }
        let partial = try? StartingAnswers(pairs: [("degree", "other")], roles: roles)
        #expect(partial?.firstUnanswered?.field == .experience)
    }
}
