import Plot
import Workforce

/// A fan chart as server-rendered SVG: the P10–P90 band, the median line and the target line over the years,
/// with year labels and a few WTE gridlines. The page shows the same figures in a table beside it.
struct FanChartSVG {
    var years: [Int]
    var p10: [Double]
    var p50: [Double]
    var p90: [Double]
    var target: [Double]

    static let width = 640.0
    static let height = 260.0
    static let left = 64.0
    static let right = 16.0
    static let top = 12.0
    static let bottom = 36.0

    func render(id: String, title: String, description: String) -> Markup {
        let count = years.count
        let high = max((p90 + target).max() ?? 1, 1) * 1.05
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func x(_ index: Int) -> Double {
            Self.left + (count > 1 ? Double(index) / Double(count - 1) * plotWidth : plotWidth / 2)
        }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - max(0, value) / high) }
        func number(_ value: Double) -> String { String((value * 10).rounded() / 10) }
        func points(_ values: [Double]) -> String {
            values.enumerated().map { "\(number(x($0.offset))),\(number(y($0.element)))" }.joined(separator: " ")
        }
        var children: [Markup] = [
            .tag("title", [("id", "\(id)-title")], [.text(title)]),
            .tag("desc", [("id", "\(id)-desc")], [.text(description)]),
        ]
        let step = Self.niceStep(high / 4)
        var tick = 0.0
        while tick <= high {
            children.append(
                .voidTag(
                    "line",
                    [
                        ("x1", number(Self.left)), ("x2", number(Self.width - Self.right)), ("y1", number(y(tick))),
                        ("y2", number(y(tick))), ("class", "chart-grid"),
                    ]))
            children.append(
                .tag(
                    "text", [("x", number(Self.left - 6)), ("y", number(y(tick) + 4)), ("class", "chart-label")],
                    [.text(Formatting.number(tick))]))
            tick += step
        }
        let labelEvery = max(1, count / 8)
        for (index, year) in years.enumerated() where index % labelEvery == 0 || index == count - 1 {
            children.append(
                .tag(
                    "text",
                    [("x", number(x(index))), ("y", number(Self.height - 12)), ("class", "chart-axis-year")],
                    [.text(String(year))]))
        }
        // The band: along the P90 line, then back along the P10 line.
        let band =
            (0..<count).map { "\(number(x($0))),\(number(y(p90[$0])))" }
            + (0..<count).reversed().map { "\(number(x($0))),\(number(y(p10[$0])))" }
        children.append(.voidTag("polygon", [("points", band.joined(separator: " ")), ("class", "chart-band")]))
        children.append(.voidTag("polyline", [("points", points(target)), ("class", "chart-target")]))
        children.append(.voidTag("polyline", [("points", points(p50)), ("class", "chart-median")]))
        return .tag(
            "svg",
            [
                ("class", "chart"), ("viewBox", "0 0 \(number(Self.width)) \(number(Self.height))"), ("role", "img"),
                ("aria-labelledby", "\(id)-title \(id)-desc"), ("xmlns", "http://www.w3.org/2000/svg"),
            ],
            children)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for multiple in [1.0, 2.0, 5.0, 10.0] where power * multiple >= raw { return power * multiple }
        return power * 10
    }
}
