import Testing

@testable import Workforce

/// Days, pay years, copy sites and sets of boards: the rules that keep facts tied to a date.
@Suite struct CurrencyRulesTests {
    @Test func daysAreReadStrictly() {
        #expect(CalendarDay("2026-04-01")?.text == "1 April 2026")
        #expect(CalendarDay("2028-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-4-1", "26-04-01", "2026-04-01T00:00", "", "２０２６-04-01"] {
            #expect(CalendarDay(bad) == nil, "\(bad)")
        }
        let day = CalendarDay(year: 2026, month: 3, day: 31)
        #expect(day?.addingMonths(-1).description == "2026-02-28")
        #expect(day?.addingMonths(-12).description == "2025-03-31")
        #expect(day?.addingMonths(10).description == "2027-01-31")
    }

    /// A reform backdated to the year's start arrives as a second table for the same year: it is then the one
    /// in force, and the year is offered once.
    @Test func aSecondTableForAYearReplacesTheFirst() throws {
        var catalogue = Fixtures.catalogue([Fixtures.role("a")])
        func table(_ year: String, _ from: String, edition: String? = nil, pay: Int) throws -> PayScale {
            PayScale(
                year: year, edition: edition, effectiveFrom: try #require(CalendarDay(from)), basis: .official,
                status: "test", sources: ["s1"],
                bands: Dictionary(uniqueKeysWithValues: Band.all.map { ($0, .init(minimum: pay, maximum: pay)) }))
        }
        catalogue.payScales = [
            try table("2025/26", "2025-04-01", pay: 100), try table("2026/27", "2026-04-01", pay: 103),
            try table("2026/27", "2026-04-01", edition: "reformed bands", pay: 105),
        ]
        #expect(catalogue.problems.isEmpty, "\(catalogue.problems)")
        let today = catalogue.on(try #require(CalendarDay("2026-12-04")))
        #expect(today.payScale?.name == "2026/27 (reformed bands)")
        #expect(today.payYears == ["2025/26", "2026/27"])
        #expect(today.payScale(year: "2026/27")?.bands[Band.all[0]]?.minimum == 105)
        do {
            _ = try today.requirePayScale(year: "2030/31") { .invalidDesign(field: $0, message: $1) }
            Issue.record("expected an unknown year to be refused")
        } catch {
            #expect("\(error)".contains("payYear") && "\(error)".contains("2025/26, 2026/27"), "\(error)")
        }
        // The same table twice, or a year taking effect with the one before it, is refused.
        catalogue.payScales.append(try table("2027/28", "2026-04-01", pay: 107))
        #expect(catalogue.problems.contains { $0.message.contains("overlaps") })
    }

    @Test func copySitesAndDeadDomainsAreNamed() {
        #expect(SourceChecks.copySiteReason("https://1library.net/document/x")?.contains("1library.net") == true)
        #expect(SourceChecks.copySiteReason("https://www.parallelparliament.co.uk/question/1") != nil)
        #expect(SourceChecks.copySiteReason("https://gmmh-staging.verseonecloud.com/x")?.contains("staging") == true)
        #expect(SourceChecks.copySiteReason("http://www.hpc-uk.org/x")?.contains("no longer exists") == true)
        #expect(SourceChecks.copySiteReason("not a url") != nil)
        #expect(SourceChecks.copySiteReason("https://www.healthcareers.nhs.uk/explore-roles") == nil)
        // A publisher whose name merely contains a copy site's is not one.
        #expect(SourceChecks.copySiteReason("https://notnhsjobs.com.example.org/") == nil)
    }

    @Test func theLoaderRefusesASourceOnACopySite() {
        var catalogue = Fixtures.catalogue([Fixtures.role("a")])
        #expect(catalogue.problems.isEmpty)
        catalogue.sources[0].url = "https://docplayer.net/123-report.html"
        #expect(catalogue.problems.map(\.place) == [.other("sources.yaml", field: "s1.url")])
    }

    @Test func theReportCountsWhatAReaderCannotCheck() throws {
        var catalogue = Fixtures.catalogue([Fixtures.role("a")])
        catalogue.sources[0].secondary = "no page of the publisher's own was found"
        let day = try #require(CalendarDay("2026-12-04"))
        var report = SourceReport(catalogue: catalogue, day: day, olderThanMonths: 12)
        #expect(report.stale.map(\.source) == ["s1"])
        #expect(report.undated.map(\.source) == ["s1"])
        #expect(report.singleSecondary.count == 3)  // the role's group fact and both groups rest on it alone
        #expect(report.shareLackingDates == 1 && report.shareLackingBoth == 1)
        catalogue.sources[0].checked = CalendarDay("2025-12-05")
        catalogue.sources[0].date = "2025"
        report = SourceReport(catalogue: catalogue, day: day, olderThanMonths: 12)
        #expect(report.stale.isEmpty && report.undated.isEmpty && report.shareLackingDates == 0)
        #expect(report.shareLackingBoth == 0)
        catalogue.sources[0].checked = CalendarDay("2025-12-03")
        #expect(SourceReport(catalogue: catalogue, day: day, olderThanMonths: 12).stale.count == 1)
        catalogue.sources[0].checked = CalendarDay("2026-12-05")
        #expect(
            SourceReport(catalogue: catalogue, day: day, olderThanMonths: 12).stale.first?.problem.contains("after")
                == true)
    }

    static func regions(later: [BoardSet]) -> RegionsData {
        RegionsData(
            populationBasis: "test", sources: [],
            regions: [
                NHSRegion(
                    id: "R1", name: "Region one",
                    boards: [
                        .init(id: "A", name: "A", population: 1000), .init(id: "B", name: "B", population: 3000),
                        .init(id: "C", name: "C", population: 500),
                    ])
            ], laterBoardSets: later)
    }

    static func set(_ boards: [BoardSet.Board]) -> BoardSet {
        BoardSet(
            id: "2026", name: "new", effectiveFrom: CalendarDay(checked: (2026, 4, 1)), sources: [], boards: boards)
    }

    @Test func aLaterBoardTakesItsSharesOfTheOldBoardsAndIsLabelledDerived() throws {
        let regions = Self.regions(later: [
            Self.set([
                .init(
                    key: "ab", code: nil, name: "A and most of B", region: "R1",
                    formedFrom: [.init(board: "A", share: 1), .init(board: "B", share: 0.75, basis: "stated")]),
                .init(
                    key: "bc", code: "X1", name: "rest of B and C", region: "R1",
                    formedFrom: [.init(board: "B", share: 0.25, basis: "stated"), .init(board: "C", share: 1)]),
            ])
        ])
        #expect(regions.boardSetProblems.isEmpty)
        let set = regions.boardSet(on: CalendarDay("2026-12-04"))
        #expect(set.id == "2026" && regions.boardSet(on: CalendarDay("2026-03-31")).id == "2022")
        let first = try #require(regions.population(of: set.boards[0]))
        #expect(first.value == 3250 && first.derived && first.sum == "1,000 + 0.75 × 3,000")
        #expect(set.boards[0].id == "ab" && set.boards[1].id == "X1")
        // Nothing is lost or made up: the new boards hold exactly the old boards' people.
        let total = set.boards.compactMap { regions.population(of: $0)?.value }.reduce(0, +)
        #expect(total == 4500)
        // The first set's boards keep their published figures.
        #expect(regions.population(of: regions.firstSet.boards[1])?.derived == false)
    }

    @Test func sharesThatDoNotAddUpToOneAreRefused() {
        let regions = Self.regions(later: [
            Self.set([
                .init(
                    key: "ab", code: nil, name: "AB", region: "R1",
                    formedFrom: [.init(board: "A", share: 1), .init(board: "B", share: 0.7, basis: "guess")]),
                .init(
                    key: "c", code: nil, name: "C", region: "R9",
                    formedFrom: [.init(board: "C", share: 1), .init(board: "Z", share: 0.5)]),
            ])
        ])
        let messages = regions.boardSetProblems.map(\.message)
        #expect(messages.contains { $0.contains("board B's population") && $0.contains("add up to one") })
        #expect(messages.contains { $0.contains("region R9") })
        #expect(messages.contains { $0.contains("board Z, which is not in the first set") })
        #expect(messages.contains { $0.contains("without the basis") })
    }
}
