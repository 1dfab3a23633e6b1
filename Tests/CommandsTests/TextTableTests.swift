import Pages
import Testing

@testable import Commands

@Suite struct TextTableTests {
    @Test func wrapsAtSpacesAndSplitsLongWords() {
        #expect(wrap("one two three", width: 7) == ["one two", "three"])
        #expect(wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(wrap("", width: 5) == [""])
    }

    @Test func alignsColumnsUnderTheHeader() {
        let table = TextTable(header: ["A", "Bee"], rows: [["long value", "x"]]).rendered
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines == ["A           Bee", "----------  ---", "long value  x"])
    }
}
