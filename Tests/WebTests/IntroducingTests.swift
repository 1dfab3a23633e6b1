import Foundation
import HTTPTypes
import Testing
import Web
import Workforce

/// "Introducing this role", for employers: every role's page renders with its sources, and its figures are the
/// catalogue's, worked by hand here.
@Suite struct IntroducingTests {
    @Test func everyRoleHasAnIntroducingPageWithSources() async throws {
        try await TestApp.with { app, client in
            for role in app.snapshot.catalogue.roles {
                let page = try await client.get("/roles/\(role.id.rawValue)/introducing")
                #expect(page.status == .ok, "\(role.id)")
                #expect(page.text.contains("Introducing the \(role.name.lowercased().prefix(1))"), "\(role.id)")
                #expect(page.text.contains("Source"), "\(role.id) cites nothing")
                #expect(page.text.contains("Known risks, and what services did"))
                #expect(page.text.contains("In their own words"))
            }
            #expect(try await client.get("/roles/no-such-role/introducing").status == .notFound)
            let profile = try await client.get("/roles/mental-health-and-wellbeing-practitioner")
            #expect(profile.body.contains("href=\"/roles/mental-health-and-wellbeing-practitioner/introducing\""))
        }
    }

    /// A band 5 post, worked by hand from the catalogue's own figures: pay × (1 + pension + levy) plus National
    /// Insurance on pay above the threshold.
    @Test func theCostOfAPostIsWorkedFromThePayYearAndOnCosts() async throws {
        try await TestApp.with { app, client in
            let catalogue = app.snapshot.catalogue
            let parameters = try #require(catalogue.teamParameters)
            let scale = try #require(catalogue.payScale)
            let five = try #require(Band("5"))
            let band5 = try #require(scale.bands[five])
            let pay = Double(band5.minimum)
            let expected =
                pay * (1 + parameters.pensionFull.value / 100 + parameters.apprenticeshipLevy.value / 100)
                + parameters.nationalInsurance.value / 100 * (pay - parameters.nationalInsuranceThreshold.value)
            let introduction = RoleIntroduction(
                role: try catalogue.requireRole("mental-health-and-wellbeing-practitioner"), catalogue: catalogue)
            let qualified = try #require(introduction.qualified)
            #expect(abs(qualified.costEntry - expected) < 0.01)
            #expect(introduction.trainee?.bands.description == "band 4")
            #expect(introduction.trainingMonths == 12)
            let page = try await client.get("/roles/mental-health-and-wellbeing-practitioner/introducing")
            #expect(page.text.contains(Formatting.pounds(expected)))
            #expect(page.text.contains("Months from deciding to a qualified person in post"))
        }
    }

    /// The business case on the page, in the API and as errors: the same figures the designer's engine gives.
    @Test func businessCaseFiguresOnThePageAndInTheAPI() async throws {
        try await TestApp.with { app, client in
            let catalogue = app.snapshot.catalogue
            let figures = try TeamDesigner(catalogue: catalogue).businessCase(
                role: "cbt-therapist", service: "perinatal", posts: 2)
            let page = try await client.get("/roles/cbt-therapist/introducing?posts=2&service=perinatal")
            #expect(page.status == .ok)
            #expect(page.text.contains("2 posts in specialist perinatal mental health service"))
            #expect(page.text.contains(Formatting.pounds(figures.recurring.amount)))
            #expect(page.text.contains("Every figure used"))
            #expect(page.text.contains("to spare"))  // two posts outrun the model's 120 CBT episodes
            #expect(page.body.contains("value=\"perinatal\" checked"))

            // Every role a service model staffs shows a business case by default.
            let default_ = try await client.get("/roles/mental-health-and-wellbeing-practitioner/introducing")
            #expect(default_.text.contains("Episodes a year they can deliver"))
            let forensic = catalogue.roles.first { role in
                !catalogue.serviceModels.contains { $0.staffRole(role.id) != nil }
            }
            if let forensic {
                let none = try await client.get("/roles/\(forensic.id.rawValue)/introducing")
                #expect(none.text.contains("No service model in Skillmix staffs this role yet"))
            }

            for bad in ["posts=0", "posts=-3", "posts=1000", "posts=abc", "service=talking-therapies", "x=1"] {
                let answer = try await client.get("/roles/cbt-therapist/introducing?\(bad)")
                #expect(answer.status == .unprocessableContent, "\(bad)")
                #expect(answer.text.contains("There is a problem"), "\(bad)")
                #expect(answer.body.contains("<title>Error: "), "\(bad)")
            }

            let api = try await client.get("/api/v1/roles/cbt-therapist/introducing?posts=2&service=perinatal").json()
            let business = try #require(api["businessCase"] as? [String: Any])
            #expect(business["posts"] as? Int == 2)
            #expect(
                ((business["recurring"] as? [String: Any])?["amount"] as? Double).map {
                    abs($0 - figures.recurring.amount) < 0.01
                } == true)
            #expect((business["parameters"] as? [Any])?.isEmpty == false)
            #expect((api["fits"] as? [Any])?.isEmpty == false)

            let steps = try await client.get("/api/v1/roles/clinical-psychologist/next-steps").json()
            #expect((steps["answers"] as? [Any])?.count == 3)
            #expect((steps["searches"] as? [[String: Any]])?.first?["url"] as? String != nil)
        }
    }

    @Test func rolePagesShowTheirVoicesOrSayThereAreNone() async throws {
        try await TestApp.with { app, client in
            let mhwp = try await client.get("/roles/mental-health-and-wellbeing-practitioner")
            #expect(mhwp.text.contains("In their own words"))
            #expect(mhwp.text.contains("We are pleased to launch this new role"))
            #expect(mhwp.text.contains("Adrian Whittington"))
            let catalogue = app.snapshot.catalogue
            let silent = try #require(catalogue.roles.first { catalogue.voices(about: $0.id).isEmpty })
            let page = try await client.get("/roles/\(silent.id.rawValue)")
            #expect(page.text.contains("has not yet found a published quote"))
            let introducing = try await client.get("/roles/clinical-associate-in-psychology/introducing")
            #expect(introducing.text.contains("What was done:"))
            #expect(introducing.text.contains("Salary support for trainees"))
        }
    }
}

/// The questions page without JavaScript: a form, a ranked answer with an address, and errors beside the question.
@Suite struct CareerQuestionsWebTests {
    @Test func questionsAnswerAndErrors() async throws {
        try await TestApp.with { _, client in
            let form = try await client.get("/careers/questions")
            #expect(form.status == .ok)
            #expect(form.text.contains("Do you have a degree?"))
            #expect(!form.text.contains("Roles open to you"))
            let answer = try await client.get(
                "/careers/questions?degree=psychology&experience=no&qualification=none&current=&fund=no&ages=children")
            #expect(answer.status == .ok)
            #expect(answer.text.contains("Roles open to you, best first"))
            #expect(answer.text.contains("Psychology graduate"))
            #expect(answer.body.contains("value=\"children\" checked"))
            for bad in ["degree=maths", "degree=other", "fund=perhaps&degree=none&experience=no", "ages=toddlers"] {
                let page = try await client.get("/careers/questions?\(bad)")
                #expect(page.status == .unprocessableContent, "\(bad)")
                #expect(page.text.contains("There is a problem"), "\(bad)")
            }
            let api = try await client.get("/api/v1/start?degree=none&experience=yes&fund=no").json()
            let first = (api["suggestions"] as? [[String: Any]])?.first
            #expect(first?["role"] as? String == "childrens-wellbeing-practitioner")
            #expect(first?["rank"] as? Int == 1)
            #expect(try await client.get("/api/v1/start?degree=none").status == .badRequest)
            #expect(try await client.get("/api/v1/start?degree=none&experience=yes&fund=no&x=1").status == .badRequest)
            let start = try await client.get("/careers")
            #expect(start.body.contains("href=\"/careers/questions\""))
        }
    }
}
