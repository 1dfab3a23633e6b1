import Plot
import Workforce

/// Every source the catalogue cites, with its date and the roles that cite it.
public struct SourcesPage: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    public func render() -> String {
        var citedBy: [Source.ID: [Role]] = [:]
        for role in catalogue.roles {
            for id in role.allSources { citedBy[id, default: []].append(role) }
        }
        let undated = catalogue.sources.filter { $0.date == nil }.count
        let unchecked = catalogue.sources.filter { $0.checked == nil }.count
        let secondary = catalogue.sources.filter { $0.secondary != nil }.count
        return Layout(
            title: "Sources", section: .sources, breadcrumbs: [("Home", .home)],
            catalogueVersion: catalogue.stamp.version
        ).render(
            [
                .heading(1, "Sources"),
                .paragraph(
                    "Skillmix cites \(catalogue.sources.count) public sources. Each row gives the date the page itself "
                        + "gives for its publication or last update (\(undated) give none), and the day someone last read it "
                        + "and found it still says what we cite it for (\(unchecked) have not been checked that way, and say "
                        + "so). \(secondary) are not the publisher's own page, because none could be found; each says why. "
                        + "Pages change: check a source before you rely on it.",
                    class: "lede"
                ),
                .tag(
                    "div",
                    [
                        ("class", "table-wrap"), ("role", "region"), ("aria-labelledby", "sources-caption"),
                        ("tabindex", "0"),
                    ],
                    [
                        .tag(
                            "table", [],
                            [
                                .tag("caption", [("id", "sources-caption")], [.text("Sources, by publisher")]),
                                .tag(
                                    "thead", [],
                                    [
                                        .tag(
                                            "tr", [],
                                            ["Source", "Published or updated", "Checked", "Cited for"].map {
                                                .tag("th", [("scope", "col")], [.text($0)])
                                            }
                                        )
                                    ]
                                ),
                                .tag(
                                    "tbody", [],
                                    catalogue.sources.sorted { ($0.publisher, $0.url) < ($1.publisher, $1.url) }.map {
                                        source in
                                        let roles = citedBy[source.id] ?? []
                                        return .tag(
                                            "tr", [("id", "source-\(source.id)")],
                                            [
                                                .tag("td", [], sourceCell(source)),
                                                .tag("td", [], [.text(source.dateLabel)]),
                                                .tag(
                                                    "td", [],
                                                    [.text(source.checkedLabel)]
                                                        + (source.checkedNote.map {
                                                            [.tag("span", [("class", "hint")], [.text($0)])]
                                                        } ?? [])),
                                                .tag(
                                                    "td", [],
                                                    roles.isEmpty
                                                        ? [.text("Figures, groups or rules")]
                                                        : roles.enumerated().flatMap { index, role -> [Markup] in
                                                            (index > 0 ? [.text(", ")] : []) + [
                                                                .link(role.name, to: .role(role.id))
                                                            ]
                                                        }
                                                ),
                                            ]
                                        )
                                    }
                                ),
                            ]
                        )
                    ]
                ),
            ] + changelog)
    }

    private func sourceCell(_ source: Source) -> [Markup] {
        var cell: [Markup] = [
            .externalLink(source.title ?? source.publisher, url: source.url),
            .tag("span", [("class", "hint")], [.text(source.title == nil ? "" : source.publisher)]),
        ]
        if let reason = source.secondary {
            cell.append(.tag("span", [("class", "hint")], [.text("Secondary source: \(reason)")]))
        }
        return cell
    }

    /// What changed in each version, newest first.
    private var changelog: [Markup] {
        guard !catalogue.changes.isEmpty else { return [] }
        return [
            .heading(2, "What changed", id: "changes"),
            .paragraph(
                "Each version of the catalogue, what changed in it, why, and the sources behind the change. "
                    + "This is version \(catalogue.stamp.version)."),
            .dataTable(
                caption: "Changes to the catalogue", header: ["Version", "Date", "What changed", "Why", "Sources"],
                rows: catalogue.changes.map { change in
                    [
                        .text(change.version), .text(change.date.text), .text(change.summary), .text(change.reason),
                        .tag(
                            "span", [],
                            change.sources.enumerated().flatMap { index, id -> [Markup] in
                                (index > 0 ? [.text(", ")] : []) + [
                                    .tag(
                                        "a", [("href", "#source-\(id)")],
                                        [.text(catalogue.source(id)?.publisher ?? id.rawValue)])
                                ]
                            }),
                    ]
                }, numericFrom: 5),
        ]
    }
}
