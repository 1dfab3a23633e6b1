import Foundation
import Testing

@testable import Catalogue
@testable import Workforce

@Suite struct BundledCatalogueTests {
    @Test func theBundledCatalogueLoadsWithAllNineteenRolesInFourGroups() throws {
        let catalogue = try BundledCatalogue.load()
        #expect(catalogue.roles.count == 19)
        #expect(catalogue.groups.count == 4)
        #expect(Set(catalogue.roles.map(\.group)) == Set(catalogue.groups.map(\.id)))
        #expect(catalogue.problems.isEmpty)
        #expect(catalogue.entryPoints.count == 6)
    }

    /// BPS, "Join the new register for Mental Health and Wellbeing Practitioners" (24 June 2025): registration
    /// is required in NHS-commissioned healthcare from 30 June 2025, and of staff in post by 30 June 2026.
    @Test func theRegistrationRuleCoversMHWPsWithTheBPSSource() throws {
        let catalogue = try BundledCatalogue.load()
        let rule = try #require(catalogue.rules.first { $0.id.rawValue == "wellbeing-practitioner-registration" })
        #expect(rule.text.contains("MHWPs in NHS-commissioned healthcare"))
        #expect(rule.text.contains("30 June 2025") && rule.text.contains("30 June 2026"))
        #expect(rule.sources.map(\.rawValue).contains("bps_mhwp_register"))
        let source = try #require(catalogue.sources.first { $0.id.rawValue == "bps_mhwp_register" })
        #expect(source.url.hasPrefix("https://www.bps.org.uk/"))
        #expect(source.date == "2025-06-24")
        let mhwp = try catalogue.requireRole(.init(rawValue: "mental-health-and-wellbeing-practitioner"))
        #expect(mhwp.registration.contains { $0.contains("30 June 2025") })
    }

    @Test func everyFactWithAValueHasASourceOrIsMarkedUnsourced() throws {
        let catalogue = try BundledCatalogue.load()
        for role in catalogue.roles {
            for fact in role.factsWithValues {
                #expect(!role.sources(of: fact).isEmpty || role.unsourced.contains(fact), "\(role.id) \(fact)")
            }
        }
    }

    @Test func keyFactsMatchTheResearchData() throws {
        let catalogue = try BundledCatalogue.load()
        let cp = try catalogue.requireRole("clinical-psychologist")
        #expect(cp.training.months == 36 && cp.training.salaried == true)
        #expect(cp.bands.trainee == BandRange("6") && cp.bands.qualified == BandRange("7"))
        let arts = try catalogue.requireRole("arts-therapist")
        #expect(arts.leadership == .alliedHealthProfessions)
        let pwp = try catalogue.requireRole("psychological-wellbeing-practitioner")
        #expect(pwp.progression.contains { $0.to == "high-intensity-therapist" })
        #expect(
            catalogue.roles.filter(\.isNewRole).compactMap(\.abbreviation).sorted() == ["CAP", "EMHP", "MHWP", "YIPP"])
    }

    @Test func theChecksumChangesWhenAFileChanges() throws {
        let folder = try copyOfBundledCatalogue()
        let before = try BundledCatalogue.load(from: folder).stamp
        let file = folder.appendingPathComponent("groups.yaml")
        try (String(contentsOf: file, encoding: .utf8) + "\n# edited\n").write(
            to: file, atomically: true, encoding: .utf8)
        let after = try BundledCatalogue.load(from: folder).stamp
        #expect(before.version == after.version)
        #expect(before.checksum != after.checksum)
    }

    @Test(arguments: [
        (
            "roles/01-clinical-psychologist.yaml", "- to: family-and-systemic-psychotherapist", "- to: no-such-role",
            "field progression", "no-such-role"
        ),
        ("roles/01-clinical-psychologist.yaml", "qualified: '7'", "qualified: '12'", "bands.qualified", "not a band"),
        ("roles/01-clinical-psychologist.yaml", "name: Clinical psychologist\n", "", "field name", "required"),
        ("groups.yaml", "- seed", "- not-a-source", "sources", "not-a-source"),
        ("pay-scales.yaml", "  effectiveFrom: '2026-04-01'\n", "", "effectiveFrom", "required"),
        (
            "pay-scales.yaml", "effectiveFrom: '2026-04-01'", "effectiveFrom: '2025-04-01'", "2026/27.effectiveFrom",
            "overlaps"
        ),
        ("pay-scales.yaml", "year: 2026/27", "year: 2025/26", "2025/26", "listed twice"),
        ("pay-scales.yaml", "× 1.033", "times 1.033", "2026/27.status", "must show the sum"),
        (
            "pay-scales.yaml", "    8d:\n      minimum: 94356\n      maximum: 108813\n", "", "2026/27.bands",
            "no figures for band 8d"
        ),
        ("sources.yaml", "checked: '2026-12-04'", "checked: last week", "checked", "not checked"),
        ("sources.yaml", "    checked: '2026-12-04'\n", "", "checked", "required"),
        ("changelog.yaml", "date: '2026-11-25'", "date: '2027-01-01'", "changes[7].date", "newest first"),
    ])
    func aBrokenFileIsNamedWithItsField(file: String, find: String, replace: String, field: String, words: String)
        throws
    {
        let folder = try copyOfBundledCatalogue()
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(find))
        try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try BundledCatalogue.load(from: folder)
            Issue.record("expected the broken catalogue to be rejected")
        } catch {
            #expect(error.description.contains(file.hasPrefix("roles/") ? "roles/01-clinical-psychologist.yaml" : file))
            #expect(error.description.contains(field), "\(error)")
            #expect(error.description.contains(words), "\(error)")
        }
    }

    @Test func aFactWithoutASourceIsRejected() throws {
        let folder = try copyOfBundledCatalogue()
        let url = folder.appendingPathComponent("roles/01-clinical-psychologist.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let block = "  capabilities:\n  - ppn_cp\n  - hc_cp\n  - seed\n"
        #expect(text.contains(block))
        try text.replacingOccurrences(of: block, with: "").write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try BundledCatalogue.load(from: folder)
            Issue.record("expected the unsourced fact to be rejected")
        } catch {
            #expect(error.description.contains("sources.capabilities"))
            #expect(error.description.contains("has no source"))
        }
    }

    /// No quote without its published source, a known role and a speaker; no employers' item without a source.
    @Test(arguments: [
        ("voices.yaml", "  source: seed\n", "  source: nowhere\n", "voices[0].source"),
        (
            "voices.yaml", "  roles: [mental-health-and-wellbeing-practitioner]\n", "  roles: [ghost]\n",
            "voices[0].roles"
        ),
        ("voices.yaml", "  speaker: Adrian Whittington\n", "  speaker: ' '\n", "voices[0].speaker"),
        (
            "introducing.yaml", "      sources: [ppnnw_mhwp]\n", "      sources: []\n",
            "mental-health-and-wellbeing-practitioner"
        ),
    ])
    func aQuoteOrResourceWithoutItsSourceIsRejected(file: String, from: String, to: String, field: String) throws {
        let folder = try copyOfBundledCatalogue()
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(text.range(of: from))
        try text.replacingCharacters(in: range, with: to).write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: CatalogueError.self) { _ = try BundledCatalogue.load(from: folder) }
        do {
            _ = try BundledCatalogue.load(from: folder)
        } catch {
            #expect(error.description.contains(file), "\(error)")
            #expect(error.description.contains(field), "\(error)")
        }
    }

    @Test func everyNewRoleHasAVoiceAndEveryVoiceItsSource() throws {
        let catalogue = try BundledCatalogue.load()
        for id: Role.ID in [
            "mental-health-and-wellbeing-practitioner", "clinical-associate-in-psychology",
            "education-mental-health-practitioner", "childrens-wellbeing-practitioner",
            "youth-intensive-psychological-practitioner", "psychological-wellbeing-practitioner",
        ] {
            #expect(!catalogue.voices(about: id).isEmpty, "\(id)")
            #expect(catalogue.introductions[id]?.isEmpty == false, "\(id)")
        }
        for voice in catalogue.voices { #expect(catalogue.source(voice.source)?.checked != nil, "\(voice.id)") }
    }
}

/// A copy of the bundled catalogue folder that a test may break.
func copyOfBundledCatalogue() throws -> URL {
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: try BundledCatalogue.folder, to: target)
    return target
}

@Suite struct PayScaleTests {
    @Test func theLatestScaleCoversEveryBandWithItsSource() throws {
        let catalogue = try BundledCatalogue.load()
        let scale = try #require(catalogue.payScale)
        #expect(scale.year == "2026/27")
        #expect(scale.effectiveFrom == CalendarDay("2026-04-01"))
        #expect(scale.bands[Band("5")!] == PayScale.Range(minimum: 32_074, maximum: 39_043))
        #expect(!scale.sources.isEmpty && scale.sources.allSatisfy { catalogue.source($0) != nil })
        // A range of bands spans the lower band's first point to the upper band's top.
        #expect(scale.range(of: BandRange("6-7")!) == PayScale.Range(minimum: 39_959, maximum: 56_515))
        #expect(scale.label(for: BandRange("4")!) == "£28,392 to £31,157 a year (2026/27, derived)")
    }

    /// The table in force is picked by the day the catalogue answers for, which the edge passes in.
    @Test func thePayYearInForceFollowsTheDay() throws {
        let catalogue = try BundledCatalogue.load()
        #expect(catalogue.on(try #require(CalendarDay("2026-03-31"))).payScale?.year == "2025/26")
        #expect(catalogue.on(try #require(CalendarDay("2026-04-01"))).payScale?.year == "2026/27")
        #expect(catalogue.on(try #require(CalendarDay("2031-01-01"))).payScale?.year == "2026/27")
        // Before every known table, the earliest is the best there is.
        #expect(catalogue.on(try #require(CalendarDay("2020-01-01"))).payScale?.year == "2025/26")
        #expect(catalogue.payYears == ["2025/26", "2026/27"])
        #expect(catalogue.payScale(year: "2025/26")?.basis == .secondary)
    }

    /// The 2026/27 figures are derived, not published: each must be its 2025/26 figure × 1.033 rounded to the
    /// pound (the 3.3% award), and the scale must say so.
    @Test func the2026ScaleIsThe2025ScaleTimesTheAward() throws {
        let catalogue = try BundledCatalogue.load()
        let years = catalogue.payScales.map(\.year)
        #expect(years == ["2025/26", "2026/27"])
        let (before, after) = (catalogue.payScales[0], catalogue.payScales[1])
        #expect(Set(before.bands.keys) == Set(after.bands.keys))
        for (band, range) in before.bands {
            let derived = after.bands[band]
            #expect(derived?.minimum == Int((Double(range.minimum) * 1.033).rounded()), "band \(band)")
            #expect(derived?.maximum == Int((Double(range.maximum) * 1.033).rounded()), "band \(band)")
        }
        #expect(after.status.hasPrefix("derived: each 2025/26 figure × 1.033"))
    }
}
