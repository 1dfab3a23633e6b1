/// A plain-text table with wrapped cells, for terminals. Written here (about 40 lines) because the listed
/// table package does not wrap long cells, which role names and training programmes need.
import Pages

struct TextTable {
    var header: [String]
    var rows: [[String]]
    var maxColumnWidth = 48

    var rendered: String {
        let columns = header.count
        let all = [header] + rows
        let widths = (0..<columns).map { column in
            min(maxColumnWidth, all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0)
        }
        var lines: [String] = []
        func emit(_ cells: [String]) {
            let wrapped = (0..<columns).map { column in
                wrap(cells.indices.contains(column) ? cells[column] : "", width: max(widths[column], 1))
            }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                lines.append(
                    (0..<columns).map { column in
                        let text = wrapped[column].indices.contains(line) ? wrapped[column][line] : ""
                        return text + String(repeating: " ", count: max(0, widths[column] - text.count))
                    }.joined(separator: "  ").trailingSpacesRemoved
                )
            }
        }
        emit(header)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        rows.forEach(emit)
        return lines.joined(separator: "\n")
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
