import ArgumentParser
import Catalogue
import Foundation
import Persistence
import Web
import Workforce

/// `skillmix catalogue check`: what an editor must look at to keep the facts true; `skillmix catalogue export`:
/// the published catalogue (bundle and editors' published changes) as files in the bundled layout.
struct CatalogueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue", abstract: "Check the catalogue's sources, or export the published catalogue.",
        subcommands: [Check.self, Export.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the published catalogue (the bundled one with editors' published changes) to a folder, "
                + "as YAML in the bundled layout, so that an instance's corrections can be contributed back. The "
                + "folder loads to exactly the catalogue the instance serves.")

        @Argument(help: "The folder to write into (made if missing; its catalogue files are replaced).")
        var folder: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let url = URL(fileURLWithPath: folder)
            let (store, _, publisher) = try await prepareStore(
                database.configuration().database, logger: commandLogger())
            do {
                let (document, revision) = try await publisher.published()
                try await store.close()
                try document.write(to: url)
                print(
                    "Wrote catalogue \(try document.version) (\(revision) published changes on the bundle) to "
                        + "\(url.path).")
            } catch {
                try? await store.close()
                throw error
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List sources not checked lately, sources with no date, facts resting on one secondary "
                + "source, and addresses that expire or are insecure. A source on a copy site, or without a "
                + "checked entry, stops the catalogue loading and fails this command.")

        @Option(
            name: .customLong("older-than"),
            help: "Count a source as stale when it was last checked more than this many months ago.")
        var olderThan: Int = 12
        @Option(help: "Check the catalogue in this folder instead of the bundled one.") var folder: String?
        @Flag(help: "Fail when anything is listed, not only when the catalogue does not load.") var strict = false
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var day: DayOption

        func validate() throws {
            guard (1...240).contains(olderThan) else {
                throw ValidationError("--older-than must be a whole number of months from 1 to 240; got \(olderThan).")
            }
        }

        func run() async throws {
            let catalogue =
                try folder.map { try BundledCatalogue.load(from: URL(fileURLWithPath: $0)) } ?? BundledCatalogue.load()
            let report = SourceReport(catalogue: catalogue, day: day.day, olderThanMonths: olderThan)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(text(report))
            }
            let listed = report.stale.count + report.undated.count + report.copies.count + report.singleSecondary.count
            if !report.copies.isEmpty || (strict && listed > 0) { throw ExitCode(1) }
        }

        func text(_ report: SourceReport) -> String {
            var lines = [
                "Catalogue \(day.day): \(report.total) sources; "
                    + "\(Formatting.percent(report.shareLackingDates)) lack a publication date or a checked date, "
                    + "\(Formatting.percent(report.shareLackingBoth)) lack both; \(report.stale.count) not checked "
                    + "in the last \(report.olderThanMonths) months, \(report.undated.count) with no date of their own."
            ]
            let sections: [(String, [SourceReport.Finding])] = [
                ("Not checked, or last checked more than \(report.olderThanMonths) months ago", report.stale),
                ("No publication or update date", report.undated),
                ("On a copy site or a dead domain", report.copies),
                ("Facts resting on one secondary source", report.singleSecondary),
                ("Job adverts (they expire)", report.jobAdverts),
                ("Insecure addresses", report.insecure),
            ]
            for (title, findings) in sections {
                lines.append("")
                lines.append("\(title): \(findings.count)")
                for finding in findings { lines.append("  \(finding.source): \(finding.problem)") }
            }
            return lines.joined(separator: "\n")
        }
    }
}
