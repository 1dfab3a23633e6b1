import Plot
import Workforce

/// The career map as a server-rendered SVG: places in bands by group, routes as lines, and one route
/// highlighted with numbered steps. Narrow enough (360 units) to be read on a phone at full width; the
/// page beside it lists the same routes as text for screen readers.
struct CareerMapSVG {
    let catalogue: Catalogue
    let highlighted: RoutePlan?
    /// The routes drawn faintly under the highlighted one: drawing all of them at once makes a thicket of
    /// crossing lines, so pages pass the ones that matter to the reader.
    var routes: [CareerRoute]
    /// The place the drawn routes start from, outlined.
    var focus: Place? = nil

    static let width = 360.0
    static let nodeWidth = 150.0
    static let nodeHeight = 44.0
    static let columns = [20.0, 190.0]

    struct Box {
        var x: Double
        var y: Double
        var label: [String]
        var center: (Double, Double) { (x + CareerMapSVG.nodeWidth / 2, y + CareerMapSVG.nodeHeight / 2) }
    }

    /// Places and band headings laid out top to bottom.
    func layout() -> (boxes: [Place: Box], headings: [(String, Double)], height: Double) {
        var boxes: [Place: Box] = [:]
        var headings: [(String, Double)] = []
        var y = 10.0
        func band(_ title: String, _ places: [(Place, String)]) {
            guard !places.isEmpty else { return }
            headings.append((title, y + 14))
            y += 24
            for (index, item) in places.enumerated() {
                let column = index % 2
                if index > 0 && column == 0 { y += Self.nodeHeight + 14 }
                boxes[item.0] = Box(x: Self.columns[column], y: y, label: label(item.1, width: 24))
            }
            y += Self.nodeHeight + 22
        }
        band("Where you start", catalogue.entryPoints.map { (.entryPoint($0.id), $0.label) })
        for group in catalogue.groups {
            band(group.name, catalogue.roles(in: group.id).map { (.role($0.id), $0.mapLabel) })
        }
        return (boxes, headings, y)
    }

    func render(titleID: String, descriptionID: String, title: String, description: String) -> Markup {
        let (boxes, headings, height) = layout()
        let highlightedIDs = Set(highlighted?.routeIDs ?? [])
        let highlightedPlaces = Set(highlighted?.places ?? []).union(focus.map { [$0] } ?? [])
        let touched = Set(routes.flatMap { [$0.from, $0.to] }).union(highlightedPlaces)
        var children: [Markup] = [
            .tag("title", [("id", titleID)], [.text(title)]),
            .tag("desc", [("id", descriptionID)], [.text(description)]),
            .tag(
                "defs", [],
                [
                    .tag(
                        "marker",
                        [
                            ("id", "arrow"), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
                            ("markerWidth", "7"), ("markerHeight", "7"), ("orient", "auto-start-reverse"),
                        ],
                        [.voidTag("path", [("d", "M0,0 L10,5 L0,10 z"), ("fill", "#005eb8")])]
                    ),
                    .tag(
                        "marker",
                        [
                            ("id", "arrow-faint"), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
                            ("markerWidth", "5"), ("markerHeight", "5"), ("orient", "auto-start-reverse"),
                        ],
                        [.voidTag("path", [("d", "M0,0 L10,5 L0,10 z"), ("fill", "#768692")])]
                    ),
                ]
            ),
        ]
        for (title, y) in headings {
            children.append(.tag("text", [("x", "20"), ("y", format(y)), ("class", "map-band")], [.text(title)]))
        }
        // Faint routes first, under the boxes.
        for route in routes where !highlightedIDs.contains(route.id) {
            if let line = line(route, boxes) {
                children.append(.voidTag("line", line + [("class", "map-route"), ("marker-end", "url(#arrow-faint)")]))
            }
        }
        for (place, box) in boxes.sorted(by: { $0.key.id < $1.key.id }) {
            let on = highlightedPlaces.contains(place)
            var text: [Markup] = []
            for (index, line) in box.label.prefix(2).enumerated() {
                text.append(
                    .tag(
                        "text",
                        [
                            ("x", format(box.x + 8)), ("y", format(box.y + 18 + Double(index) * 14)),
                            ("class", "map-label"),
                        ],
                        [.text(line)]
                    )
                )
            }
            children.append(
                .tag(
                    "g",
                    [
                        (
                            "class",
                            on ? "map-node map-node-on" : touched.contains(place) ? "map-node" : "map-node map-node-off"
                        )
                    ],
                    [
                        .voidTag(
                            "rect",
                            [
                                ("x", format(box.x)), ("y", format(box.y)), ("width", format(Self.nodeWidth)),
                                ("height", format(Self.nodeHeight)), ("rx", "4"),
                            ]
                        )
                    ] + text
                )
            )
        }
        // The chosen route on top, numbered.
        for (index, step) in (highlighted?.steps ?? []).enumerated() {
            guard let line = line(step.route, boxes) else { continue }
            children.append(.voidTag("line", line + [("class", "map-route-on"), ("marker-end", "url(#arrow)")]))
            if let target = boxes[step.route.to] {
                let x = target.x + Self.nodeWidth - 10
                let y = target.y
                children.append(
                    .voidTag("circle", [("cx", format(x)), ("cy", format(y)), ("r", "9"), ("class", "map-step")]))
                children.append(
                    .tag(
                        "text", [("x", format(x)), ("y", format(y + 4)), ("class", "map-step-number")],
                        [.text("\(index + 1)")]))
            }
        }
        return .tag(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(format(Self.width)) \(format(height))"),
                ("role", "img"), ("aria-labelledby", "\(titleID) \(descriptionID)"), ("class", "career-map"),
            ],
            children
        )
    }

    /// A straight line between two boxes, clipped to their edges so the arrow meets the border.
    private func line(_ route: CareerRoute, _ boxes: [Place: Box]) -> [(String, String?)]? {
        guard let a = boxes[route.from], let b = boxes[route.to] else { return nil }
        let (ax, ay) = a.center
        let (bx, by) = b.center
        let start = clip(from: (ax, ay), toward: (bx, by))
        let end = clip(from: (bx, by), toward: (ax, ay))
        return [("x1", format(start.0)), ("y1", format(start.1)), ("x2", format(end.0)), ("y2", format(end.1))]
    }

    private func clip(from center: (Double, Double), toward other: (Double, Double)) -> (Double, Double) {
        let dx = other.0 - center.0
        let dy = other.1 - center.1
        guard dx != 0 || dy != 0 else { return center }
        let halfWidth = Self.nodeWidth / 2
        let halfHeight = Self.nodeHeight / 2
        let scale = min(dx == 0 ? .infinity : halfWidth / abs(dx), dy == 0 ? .infinity : halfHeight / abs(dy))
        return (center.0 + dx * scale, center.1 + dy * scale)
    }

    private func format(_ value: Double) -> String {
        CheckedNumber.wholeNumber(value).map(String.init) ?? String((value * 10).rounded() / 10)
    }

    /// At most two lines; the second ends in "…" when the label is longer.
    private func label(_ text: String, width: Int) -> [String] {
        let lines = wrap(text, width: width)
        guard lines.count > 2 else { return lines }
        return [lines[0], String(lines[1...].joined(separator: " ").prefix(width - 1)) + "…"]
    }

}

extension Role {
    /// A role's name for the map's boxes: the name, with a short abbreviation where there is one.
    fileprivate var mapLabel: String {
        guard let abbreviation, abbreviation.count <= 5 else { return name }
        return "\(name) (\(abbreviation))"
    }
}
