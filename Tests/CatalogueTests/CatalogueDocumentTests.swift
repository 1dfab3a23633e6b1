import Foundation
import Testing

@testable import Catalogue
@testable import Workforce

/// The catalogue as files that editors change fact by fact: reading and setting facts, the loader's checks on
/// every change, and export.
@Suite struct CatalogueDocumentTests {
    static let mhwp = FactAddress(file: "roles/18-mental-health-and-wellbeing-practitioner.yaml", path: [.key("bands")])

    /// The same catalogue with its stamp cleared: edits that change nothing still rewrite a file's text.
    func unstamped(_ catalogue: Catalogue) -> Catalogue {
        var catalogue = catalogue
        catalogue.stamp = CatalogueStamp(version: "", checksum: "")
        return catalogue
    }

    @Test func anUneditedDocumentIsTheBundledCatalogue() throws {
        #expect(try CatalogueDocument.bundled().catalogue() == BundledCatalogue.load())
    }

    @Test(arguments: [
        "roles/01-clinical-psychologist.yaml#bands", "figures.yaml#figures[workforce-2023]",
        "pay-scales.yaml#payScales[#1]", "sources.yaml#sources.seed", "projection.yaml#projection.total",
        "service-models/01-talking-therapies.yaml#interventions[assessment].minutes",
    ])
    func addressesReadBackAsWritten(_ text: String) throws {
        let address = try #require(FactAddress(text))
        #expect(address.description == text)
    }

    @Test(arguments: [
        "", "bands", "#bands", "../etc/passwd.yaml#x", "roles/x.yaml#", "roles/x.yaml#.bands", "roles/x.yaml#[a]",
        "roles/x.yaml#a[", "roles/x.yaml#a[#-1]", "roles/x.yaml#a b", "x.json#a",
    ])
    func malformedAddressesAreRefused(_ text: String) {
        #expect(FactAddress(text) == nil)
    }

    /// Facts of every file read back and, set to their own value, leaves the catalogue as it was: what an
    /// editor sees in the form is exactly what the file holds.
    @Test func factsSetToTheirOwnValueChangeNothing() throws {
        let bundled = try CatalogueDocument.bundled()
        let expected = unstamped(try bundled.catalogue())
        var total = 0
        for file in bundled.editableFiles {
            var document = bundled
            let facts = try document.facts(in: file)
            // About five facts of each file, spread through it: parsing YAML is slow in a debug build.
            let stride = max(1, facts.count / 5)
            for fact in facts.enumerated().filter({ $0.offset % stride == 0 }).map(\.element) {
                let value = try #require(try document.value(of: fact.address), "\(fact.address)")
                try document.apply(value, at: fact.address)
            }
            total += facts.count
            #expect(unstamped(try document.catalogue()) == expected, "\(file)")
        }
        #expect(total > 500)
    }

    @Test func aRoleFieldChangesWithItsSourcesAndUncertainty() throws {
        var document = try CatalogueDocument.bundled()
        var value = try #require(try document.value(of: Self.mhwp))
        #expect(value.carriesSources && !value.isText)
        #expect(value.sources.map(\.rawValue) == ["hc_mhwp", "ppnnw_mhwp"])
        #expect(value.uncertainty == "progression bands")
        value.value = value.value.replacingOccurrences(of: "progression: []", with: "progression: ['6']")
        value.sources = ["hc_mhwp"]
        value.uncertainty = nil
        try document.apply(value, at: Self.mhwp)
        let role = try document.catalogue().requireRole("mental-health-and-wellbeing-practitioner")
        #expect(role.bands.progression.map(\.name) == ["6"])
        #expect(role.factSources[.bands] == ["hc_mhwp"])
        #expect(!role.uncertain.contains { $0.fact == .bands })
        #expect(try document.value(of: Self.mhwp)?.sources == ["hc_mhwp"])
    }

    @Test func aBandThatIsNotABandIsRefusedNamingTheFileAndField() throws {
        var document = try CatalogueDocument.bundled()
        var value = try #require(try document.value(of: Self.mhwp))
        value.value = value.value.replacingOccurrences(of: "qualified: '5'", with: "qualified: '12'")
        try document.apply(value, at: Self.mhwp)
        let error = try #require(throws: CatalogueError.self) { try document.catalogue() }
        #expect(error.file == Self.mhwp.file)
        #expect(error.field?.contains("bands") == true)
    }

    @Test func anUnknownSourceOrBrokenYAMLIsRefusedBeforeLoading() throws {
        var document = try CatalogueDocument.bundled()
        var value = try #require(try document.value(of: Self.mhwp))
        value.sources = ["no_such_source"]
        let unknown = try #require(throws: CatalogueError.self) { try document.apply(value, at: Self.mhwp) }
        #expect(unknown.message.contains("no_such_source") && unknown.field == "bands")
        value.sources = ["hc_mhwp"]
        value.value = "trainee: [unclosed"
        let broken = try #require(throws: CatalogueError.self) { try document.apply(value, at: Self.mhwp) }
        #expect(broken.message.contains("not valid YAML"))
    }

    @Test func aTextFactKeepsItsTypeAndANewSourceCanBeAdded() throws {
        var document = try CatalogueDocument.bundled()
        let summary = FactAddress(file: Self.mhwp.file, path: [.key("summary")])
        var value = try #require(try document.value(of: summary))
        #expect(value.isText)
        value.value = "A new summary: with a colon, and 'quotes'."
        try document.apply(value, at: summary)
        let source = FactAddress(file: "sources.yaml", path: [.key("sources"), .key("new_source")])
        #expect(try document.value(of: source) == nil)
        try document.apply(
            FactValue(
                value: "url: https://www.england.nhs.uk/\npublisher: NHS England\nchecked: not checked\n"
                    + "checkedNote: added in a test", isText: false, sources: [], carriesSources: false,
                uncertainty: nil), at: source)
        let catalogue = try document.catalogue()
        #expect(try catalogue.requireRole("mental-health-and-wellbeing-practitioner").summary == value.value)
        #expect(catalogue.sources.contains { $0.id == "new_source" && $0.publisher == "NHS England" })
    }

    /// What `skillmix catalogue export` writes loads back to exactly the published catalogue, stamp and all.
    @Test func anEditedDocumentExportsAndLoadsBackExactly() throws {
        var document = try CatalogueDocument.bundled()
        let figure = try #require(FactAddress("figures.yaml#figures[workforce-2023]"))
        var value = try #require(try document.value(of: figure))
        value.value = value.value.replacingOccurrences(of: "about 27,800 FTE", with: "about 27,900 FTE")
        try document.apply(value, at: figure)
        try document.markRevision(3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try document.write(to: folder)
        let loaded = try BundledCatalogue.load(from: folder)
        #expect(loaded == (try document.catalogue()))
        #expect(loaded.stamp.version.hasSuffix("+r3"))
        #expect(loaded.figures.contains { $0.value == "about 27,900 FTE" })
        #expect(try CatalogueDocument(folder: folder) == document)
    }
}
