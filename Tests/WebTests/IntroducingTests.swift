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
                #expect(page.text.contains("Not yet in the catalogue"))
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
}
