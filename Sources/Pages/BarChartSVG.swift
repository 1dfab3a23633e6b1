import Plot

/// A horizontal bar chart as server-rendered SVG, optionally stacked. It carries a title and a description
/// for screen readers, and every page that shows one also shows the same figures in a table.
struct BarChartSVG {
    struct Bar {
        var label: String
        /// Segments left to right: series index and value.
        var segments: [(series: Int, value: Double)]
        var valueText: String
    }

    var bars: [Bar]
    /// Names of the series, for the legend (a single-series chart has one).
    var series: [String]

    static let width = 640.0
    static let labelWidth = 230.0
    static let rowHeight = 38.0

    func render(id: String, title: String, description: String) -> Markup {
        let maximum = max(bars.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 0, 1e-9)
        let plotWidth = Self.width - Self.labelWidth - 90
        let legendRows = series.count > 1 ? series.count : 0
        let height = Double(bars.count) * Self.rowHeight + Double(legendRows) * 20 + 16
        var children: [Markup] = [
            .tag("title", [("id", "\(id)-title")], [.text(title)]),
            .tag("desc", [("id", "\(id)-desc")], [.text(description)]),
        ]
        for (row, bar) in bars.enumerated() {
            let y = Double(row) * Self.rowHeight + 8
            var lines = wrap(bar.label, width: 30)
            if lines.count > 2 { lines = [lines[0], Self.shorten(lines.dropFirst().joined(separator: " "), to: 30)] }
            children.append(
                .tag(
                    "text", [("y", number(y + (lines.count > 1 ? 8 : 15))), ("class", "chart-label")],
                    lines.enumerated().map { index, line in
                        .tag(
                            "tspan", [("x", number(Self.labelWidth - 8)), ("dy", index == 0 ? nil : "15")],
                            [.text(line)])
                    }))
            var x = Self.labelWidth
            for segment in bar.segments where segment.value > 0 {
                let width = segment.value / maximum * plotWidth
                children.append(
                    .voidTag(
                        "rect",
                        [
                            ("x", number(x)), ("y", number(y)), ("width", number(max(width, 0.5))),
                            ("height", number(Self.rowHeight - 16)),
                            ("class", "chart-bar chart-series-\(segment.series % 6)"),
                        ]))
                x += width
            }
            children.append(
                .tag(
                    "text", [("x", number(x + 6)), ("y", number(y + 15)), ("class", "chart-value")],
                    [.text(bar.valueText)]))
        }
        if legendRows > 0 {
            let top = Double(bars.count) * Self.rowHeight + 16
            for (index, name) in series.enumerated() {
                let y = top + Double(index) * 20
                children.append(
                    .voidTag(
                        "rect",
                        [
                            ("x", number(Self.labelWidth)), ("y", number(y)), ("width", "14"), ("height", "14"),
                            ("class", "chart-bar chart-series-\(index % 6)"),
                        ]))
                children.append(
                    .tag(
                        "text",
                        [("x", number(Self.labelWidth + 20)), ("y", number(y + 12)), ("class", "chart-legend")],
                        [.text(name)]))
            }
        }
        return .tag(
            "svg",
            [
                ("class", "chart"), ("viewBox", "0 0 \(number(Self.width)) \(number(height))"), ("role", "img"),
                ("aria-labelledby", "\(id)-title \(id)-desc"), ("xmlns", "http://www.w3.org/2000/svg"),
            ],
            children)
    }

    private func number(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    static func shorten(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
