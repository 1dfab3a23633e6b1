import Foundation
import Testing

@testable import Catalogue
@testable import Workforce

/// Each service model is held against a published team: its default design must come within 15% of the team,
/// post by post, or the catalogue must say why it cannot. An edit to a default that breaks the calibration fails
/// here, naming the model, the post and the figures.
@Suite struct ReferenceTeamTests {
    static var catalogue: Catalogue { ServiceModelTests.catalogue }

    @Test func everyModelHasAReferenceTeamOrSaysWhyNot() {
        for model in Self.catalogue.serviceModels {
            guard let team = model.reference else {
                Issue.record("\(model.id) has no reference entry")
                continue
            }
            #expect(!team.posts.isEmpty || !(team.exception ?? "").isEmpty, "\(model.id)")
            #expect(!team.sources.isEmpty, "\(model.id) names no source for its reference")
        }
    }

    @Test func everyDefaultDesignIsWithinToleranceOfItsReferenceTeam() throws {
        let designer = TeamDesigner(catalogue: Self.catalogue)
        var compared = 0
        for model in Self.catalogue.serviceModels {
            guard let comparison = try designer.referenceComparison(model.id), !comparison.team.posts.isEmpty else {
                continue
            }
            compared += 1
            // Summed here from the design's posts, apart from ReferenceComparison's own arithmetic.
            let design = try designer.design(DesignInput(service: model.id))
            for post in comparison.team.posts {
                let designed = design.posts.filter { post.roles.contains($0.role) }.map(\.wte).reduce(0, +)
                let share = abs(designed - post.wte.value) / post.wte.value
                #expect(
                    share <= 0.15 || comparison.team.exception != nil,
                    "\(model.id): \(post.title) is \(designed) WTE in the default design against \(post.wte.value) WTE in \(comparison.team.name) (\(Int((share * 100).rounded()))% apart)"
                )
            }
            #expect(comparison.calibrated || comparison.team.exception != nil, "\(model.id)")
        }
        #expect(compared >= 1)
    }

    /// The mental health support team, worked by hand from the YAML: the national average team is 4 WTE EMHPs and
    /// 3 WTE senior clinicians (clinical psychologists and CBT therapists together), and the default design is
    /// sized to it.
    @Test func theMentalHealthSupportTeamMatchesTheNationalModel() throws {
        let comparison = try #require(
            try TeamDesigner(catalogue: Self.catalogue).referenceComparison("mental-health-support-team"))
        #expect(comparison.team.posts.map(\.wte.value) == [4, 3])
        #expect(comparison.team.posts[1].roles == ["clinical-psychologist", "cbt-therapist"])
        #expect(abs(comparison.lines[0].designed - 4) < 0.15 * 4)
        #expect(abs(comparison.lines[1].designed - 3) < 0.15 * 3)
        #expect(comparison.calibrated)
        #expect(comparison.team.sources.contains("mhst_team_pq"))
    }

    /// The comparison can fail: halving the demand takes the design well below the reference team.
    @Test func aDesignFarFromItsReferenceIsNotCalibrated() throws {
        let designer = TeamDesigner(catalogue: Self.catalogue)
        let model = try designer.requireModel("mental-health-support-team")
        let team = try #require(model.reference)
        let half = Dictionary(uniqueKeysWithValues: model.interventions.map { ($0.id.rawValue, $0.episodes.value / 2) })
        let comparison = ReferenceComparison(
            team: team, design: try designer.design(DesignInput(service: model.id, demand: half)))
        #expect(!comparison.calibrated)
        #expect(comparison.lines.allSatisfy { $0.relativeDifference < -0.15 })
    }

    @Test(arguments: [
        (
            "roles: [education-mental-health-practitioner]", "roles: [counsellor]", "reference.posts[0].roles",
            "counsellor"
        ),
        ("    band: '5'\n", "    band: '15'\n", "reference", "not"),
        ("wte: {value: 4, basis: official", "wte: {value: 0, basis: official", "reference.posts[0].wte", "between"),
        (
            "  sources: [mhst_team_pq, mhst_coverage_2024]", "  sources: [no-such-source]", "reference.sources",
            "no-such-source"
        ),
        ("  serves: 'One team", "  servez: 'One team", "reference", "servez"),
    ])
    func aBrokenReferenceTeamIsNamedWithItsField(find: String, replace: String, field: String, words: String) throws {
        let file = "service-models/02-mental-health-support-team.yaml"
        let folder = try copyOfBundledCatalogue()
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(find))
        try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try BundledCatalogue.load(from: folder)
            Issue.record("expected the broken reference team to be rejected")
        } catch {
            #expect(error.description.contains("mental-health-support-team"), "\(error)")
            #expect(error.description.contains(field), "\(error)")
            #expect(error.description.contains(words), "\(error)")
        }
    }

    @Test func aModelWithNeitherPostsNorAnExceptionIsRejected() throws {
        let file = "service-models/05-perinatal.yaml"
        let folder = try copyOfBundledCatalogue()
        let url = folder.appendingPathComponent(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: "  exception: ")?.lowerBound)
        let end = try #require(text.range(of: "  sources: [rcpsych_cr232]")?.lowerBound)
        text.removeSubrange(start..<end)
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect {
            _ = try BundledCatalogue.load(from: folder)
        } throws: { error in
            "\(error)".contains("must list the team's posts")
        }
    }
}

/// The defaults that move a model's default team most, checked against designs made here with the demand raised
/// through the designer's own input (independent of the sensitivity code's way of raising a default).
@Suite struct DefaultSensitivityTests {
    @Test(arguments: ["mental-health-support-team", "talking-therapies", "perinatal"])
    func theDefaultsThatMatterMostAreRankedAndRight(service: String) throws {
        let designer = TeamDesigner(catalogue: ServiceModelTests.catalogue)
        let model = try designer.requireModel(.init(rawValue: service))
        let top = try designer.mostSensitiveDefaults(model.id)
        #expect(top.count == 3)
        #expect(zip(top, top.dropFirst()).allSatisfy { abs($0.change) >= abs($1.change) })
        func teamWTE(_ demand: [String: Double]) throws -> Double {
            try designer.design(DesignInput(service: model.id, demand: demand)).posts.map(\.wte).reduce(0, +)
        }
        let base = try teamWTE([:])
        for intervention in model.interventions {
            let raised = try teamWTE([intervention.id.rawValue: intervention.episodes.value * 1.1])
            let change = raised - base
            // No single default's effect, worked out here, is larger than the top one found.
            #expect(abs(change) <= abs(top[0].change) + 1e-6, "\(intervention.name): \(change) against \(top[0])")
            if let found = top.first(where: { $0.label == "\(intervention.name): episodes a year" }) {
                #expect(abs(found.change - change) < 1e-6, "\(found.label): \(found.change) against \(change)")
            }
        }
    }
}
