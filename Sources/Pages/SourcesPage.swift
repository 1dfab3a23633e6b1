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
        return Layout(
            title: "Sources", section: .sources, breadcrumbs: [("Home", .home)],
            catalogueVersion: catalogue.stamp.version
        ).render([
            .heading(1, "Sources"),
            .paragraph(
                "Skillmix cites \(catalogue.sources.count) public sources. \(undated) of them carry no date in our records; where a date was taken from the page address or estimated, the table says so. Pages change: check a source before you rely on it.",
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
                                        ["Source", "Date", "Cited for"].map {
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
                                            .tag(
                                                "td", [],
                                                [.externalLink(source.title ?? source.publisher, url: source.url)]),
                                            .tag("td", [], [.text(source.dateLabel)]),
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
        ])
    }
}
