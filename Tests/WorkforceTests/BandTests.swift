import Testing

@testable import Workforce

@Suite struct BandTests {
    @Test(arguments: ["1", "5", "8a", "8D", " 9 "])
    func readsEveryAgendaForChangeBand(text: String) throws {
        let band = try #require(Band(text))
        #expect(Band.all.contains(band))
    }

    @Test(arguments: ["0", "10", "8e", "", "band 5", "5a"])
    func rejectsWhatIsNotABand(text: String) {
        #expect(Band(text) == nil)
    }

    @Test func ordersBandEightBetweenSevenAndNine() throws {
        let names = ["9", "8b", "7", "8a", "8d", "8c"].compactMap(Band.init).sorted().map(\.name)
        #expect(names == ["7", "8a", "8b", "8c", "8d", "9"])
    }

    @Test func readsRangesAndRejectsReversedOnes() throws {
        let range = try #require(BandRange("6-7"))
        #expect(range.contains(Band("6")!) && range.contains(Band("7")!))
        #expect(!range.contains(Band("8a")!))
        #expect(range.text == "6-7")
        #expect(BandRange("7-6") == nil)
        #expect(BandRange("6-") == nil)
        #expect(BandRange("5")?.description == "band 5")
    }
}
