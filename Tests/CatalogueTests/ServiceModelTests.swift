import Foundation
import Testing

@testable import Catalogue
@testable import Workforce

/// The team designer on the bundled service models: checked against HiGHS on the same linear programs, and
/// every design checked against its rules by `DesignChecker`.
@Suite struct ServiceModelTests {
    /// Loaded once for the suite; the catalogue tests report a broken catalogue by name.
    static let catalogue: Catalogue = {
        do { return try BundledCatalogue.load() } catch { fatalError("The bundled catalogue does not load: \(error)") }
    }()
    static var designer: TeamDesigner { TeamDesigner(catalogue: catalogue) }

    static var fixtureFolder: URL { Bundle.module.url(forResource: "designs", withExtension: nil)! }
    static var fixtureNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtureFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "expected.json" }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func everyServiceModelTheIssueAsksForIsThere() {
        let ids = Set(Self.catalogue.serviceModels.map(\.id.rawValue))
        #expect(
            ids == [
                "talking-therapies", "mental-health-support-team", "community-mental-health-team", "cyp-intensive",
                "perinatal", "cyp-community",
            ])
        let mhst = Self.catalogue.serviceModel("mental-health-support-team")
        #expect(mhst?.rules.first?.ratio == 0.75)
        #expect(
            Self.catalogue.serviceModel("community-mental-health-team")?.staffRole(
                "mental-health-and-wellbeing-practitioner") != nil)
        #expect(
            Self.catalogue.serviceModel("cyp-intensive")?.staffRole("youth-intensive-psychological-practitioner") != nil
        )
    }

    @Test(arguments: fixtureNames)
    func designsAgreeWithHiGHS(name: String) throws {
        let expected =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.fixtureFolder.appendingPathComponent("expected.json"))) as? [String: Any]
        func objective(_ file: String) -> Double? {
            ((expected?[file] as? [String: Any])?["objective"] as? NSNumber)?.doubleValue
        }
        let input = try JSONDecoder().decode(
            DesignInput.self, from: Data(contentsOf: Self.fixtureFolder.appendingPathComponent("\(name).json")))
        let design = try Self.designer.design(input)
        let fixed = design.fixedPosts.reduce(0) { $0 + $1.cost }
        let need = try #require(objective("\(name).need.mps"), "run scripts/design-fixtures.sh")
        let cost = try #require(objective("\(name).cost.mps"), "run scripts/design-fixtures.sh")
        // Every intervention weighs 1 in the bundled models, so the weighted unmet need is the episodes unmet.
        #expect(abs((design.episodesDemanded - design.episodesMet) - need) <= 1e-6 * max(1, need))
        #expect(abs((design.totalCost - fixed) - cost) <= 1e-6 * max(1, cost), "\(name): HiGHS \(cost)")
        #expect(DesignChecker(catalogue: Self.catalogue).violations(design).isEmpty)
    }

    static var variations: [(String, DesignInput)] {
        var list: [(String, DesignInput)] = []
        for model in catalogue.serviceModels {
            let id = model.id
            list.append(("\(id) default", DesignInput(service: id)))
            list.append(("\(id) whole posts", DesignInput(service: id, posts: .whole)))
            list.append(("\(id) half posts, local", DesignInput(service: id, posts: .half, onCosts: .local)))
            list.append(
                (
                    "\(id) demand ×1.5",
                    DesignInput(
                        service: id,
                        demand: Dictionary(
                            uniqueKeysWithValues: model.interventions.map {
                                ($0.id.rawValue, $0.episodes.value * 1.5)
                            }))
                ))
            for staff in model.staff {
                list.append(("\(id) without \(staff.role)", DesignInput(service: id, unavailable: [staff.role])))
            }
        }
        return list
    }

    @Test func everyDesignSatisfiesEveryRule() throws {
        let checker = DesignChecker(catalogue: Self.catalogue)
        for (label, input) in Self.variations {
            let design = try Self.designer.design(input)
            #expect(checker.violations(design).isEmpty, "\(label): \(checker.violations(design))")
            for alternative in design.alternatives + design.newRoles {
                #expect(alternative.cost > 0, "\(label): \(alternative.title)")
            }
            // Taking a role away can leave too few roles for three real options; the full models always have them.
            if input.unavailable.isEmpty {
                #expect(design.alternatives.count >= 3, "\(label): \(design.alternatives.map(\.title))")
            }
        }
    }

    @Test(arguments: ["talking-therapies", "mental-health-support-team", "cyp-community"])
    func moreBudgetNeverMeetsLessNeed(service: String) throws {
        let full = try Self.designer.design(DesignInput(service: .init(rawValue: service)))
        var lastMet = -1.0
        for share in [0.3, 0.5, 0.7, 0.9, 1.1] {
            let design = try Self.designer.design(
                DesignInput(service: .init(rawValue: service), budget: full.totalCost * share))
            #expect(design.episodesMet >= lastMet - 1e-6, "\(service) at \(share)")
            #expect(design.totalCost <= full.totalCost * share * (1 + 1e-9))
            #expect(DesignChecker(catalogue: Self.catalogue).violations(design).isEmpty)
            lastMet = design.episodesMet
        }
        #expect(abs(lastMet - full.episodesDemanded) < 1e-6)
    }

    @Test func removingARoleNeverLowersCostForTheSameNeed() throws {
        for model in Self.catalogue.serviceModels {
            let best = try Self.designer.design(DesignInput(service: model.id))
            for post in best.posts {
                let without = try Self.designer.design(DesignInput(service: model.id, unavailable: [post.role]))
                #expect(without.episodesMet <= best.episodesMet + 1e-6)
                if abs(without.episodesMet - best.episodesMet) < 1e-6 {
                    #expect(without.totalCost >= best.totalCost - 1e-6 * best.totalCost, "\(model.id) \(post.role)")
                }
            }
        }
    }

    @Test func theMentalHealthSupportTeamKeepsItsSeniorCover() throws {
        let design = try Self.designer.design(
            DesignInput(
                service: "mental-health-support-team",
                limits: ["education-mental-health-practitioner": .init(minimum: 4)]))
        let emhp = design.posts.first { $0.role == "education-mental-health-practitioner" }?.wte ?? 0
        let seniors = design.posts.filter { ["clinical-psychologist", "cbt-therapist"].contains($0.role) }
            .reduce(0) { $0 + $1.wte }
        #expect(emhp >= 4 - 1e-9)
        #expect(seniors >= 0.75 * emhp - 1e-6)
        #expect(design.fixedPosts.map(\.name) == ["Team manager", "Administration support"])
    }

    @Test func aConflictNamesTheSupervisionItNeeds() throws {
        let input = DesignInput(
            service: "mental-health-support-team", unavailable: ["cbt-therapist"],
            limits: [
                "education-mental-health-practitioner": .init(minimum: 6), "clinical-psychologist": .init(maximum: 2),
            ])
        #expect {
            try Self.designer.design(input)
        } throws: { error in
            guard case WorkforceError.infeasibleDesign(let conflicts) = error else { return false }
            return conflicts.contains { $0.contains("at least 6 WTE education mental health practitioners") }
                && conflicts.contains { $0.contains("clinical psychologists capped at 2 WTE") }
                && conflicts.contains { $0.contains("senior clinicians for every 4 WTE") }
        }
    }

    @Test func theCurrentTeamIsComparedAndPriced() throws {
        let design = try Self.designer.design(
            DesignInput(service: "mental-health-support-team", current: ["education-mental-health-practitioner": 1]))
        let comparison = try #require(design.comparison)
        // One EMHP with no senior cover cannot be supervised, so the current team delivers nothing.
        #expect(comparison.currentEpisodesMet < 1e-6)
        #expect(comparison.lines.contains { $0.role == "cbt-therapist" && $0.action.hasPrefix("Recruit or train") })
    }

    @Test func everyParameterShownHasItsProvenance() throws {
        let design = try Self.designer.design(DesignInput(service: "talking-therapies", demand: ["assessment": 100]))
        for use in design.parameters {
            let parameter = use.parameter
            #expect(
                !parameter.sources.isEmpty || parameter.basis == .assumption || parameter.note != nil,
                "\(use.label) has no source and is not labelled")
        }
        #expect(design.parameters.contains { $0.label == "Assessment: demand" && $0.parameter.basis == .assumption })
        #expect(design.parameters.contains { $0.label == "Employer pension contribution" && $0.value == 23.78 })
    }

    @Test func aScopeOfPracticeNotInTheRolesCapabilitiesIsRejected() throws {
        let folder = try copyOfBundledCatalogue()
        let file = folder.appendingPathComponent("service-models/02-mental-health-support-team.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "capability: parent-led work}", with: "capability: prescribing}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try BundledCatalogue.load(from: folder)
        } throws: { error in
            let error = error as? CatalogueError
            return error?.file == "service-models/02-mental-health-support-team.yaml"
                && error?.message.contains("\"prescribing\", which is not one of that role's capabilities") == true
        }
    }

    @Test func anUnquotedCommaInANoteIsCaught() throws {
        let folder = try copyOfBundledCatalogue()
        let file = folder.appendingPathComponent("service-models/05-perinatal.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "note: 'A service for a population of about a million people; enter your own.'}",
            with: "note: A service for about a million people, enter your own.}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try BundledCatalogue.load(from: folder)
        } throws: { error in
            (error as? CatalogueError)?.message.contains("put the note in quotes") == true
        }
    }
}
