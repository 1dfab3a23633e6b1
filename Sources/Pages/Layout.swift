import Plot
import Workforce

/// The frame every HTML page shares: skip link, header and navigation, breadcrumbs, main content, footer.
public struct Layout: Sendable {
    public enum Section: Sendable { case home, roles, career, compare, design, planning, sources, none }

    public var title: String
    public var section: Section
    public var breadcrumbs: [(label: String, route: SiteRoute)]
    public var catalogueVersion: String?

    public init(
        title: String, section: Section, breadcrumbs: [(label: String, route: SiteRoute)] = [],
        catalogueVersion: String? = nil
    ) {
        self.title = title
        self.section = section
        self.breadcrumbs = breadcrumbs
        self.catalogueVersion = catalogueVersion
    }

    /// The whole document as HTML text.
    public func render(_ content: [Markup]) -> String {
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) - Skillmix"),
                .link(.rel(.stylesheet), .href(SiteRoute.stylesheet.path)),
                .link(.rel(.icon), .href(SiteRoute.favicon.path), .type("image/svg+xml"))
            ),
            .body(
                .tag("a", [("class", "skip-link"), ("href", "#main")], [.text("Skip to main content")]),
                header,
                .tag(
                    "div", [("class", "width-container")],
                    [breadcrumbTrail, .tag("main", [("id", "main"), ("class", "main"), ("tabindex", "-1")], content)]
                ),
                footer
            )
        )
        return html.render()
    }

    private var header: Markup {
        let items: [(String, SiteRoute, Section)] = [
            ("Home", .home, .home), ("Roles", .roles(RoleFilter()), .roles), ("Careers", .careerStart, .career),
            ("Compare roles", .compare([]), .compare), ("Design a team", .designStart, .design),
            ("Plan the workforce", .projectionStart, .planning),
            ("Sources", .sources, .sources),
        ]
        return .tag(
            "header", [("class", "header")],
            [
                .tag(
                    "div", [("class", "width-container header-inner")],
                    [
                        .tag("a", [("class", "header-logo"), ("href", "/")], [.text("Skillmix")]),
                        .tag(
                            "span", [("class", "header-service")],
                            [.text("Roles, careers, teams and workforce planning in the NHS psychological professions")]
                        ),
                    ]
                ),
                .tag(
                    "nav", [("class", "header-nav"), ("aria-label", "Main")],
                    [
                        .tag(
                            "ul", [("class", "width-container nav-list")],
                            items.map { label, route, section in
                                .tag(
                                    "li", [],
                                    [
                                        .tag(
                                            "a",
                                            [
                                                ("href", route.path),
                                                ("aria-current", section == self.section ? "page" : nil),
                                            ],
                                            [.text(label)]
                                        )
                                    ]
                                )
                            }
                        )
                    ]
                ),
            ]
        )
    }

    private var breadcrumbTrail: Markup {
        guard !breadcrumbs.isEmpty else { return .empty }
        return .tag(
            "nav", [("class", "breadcrumb"), ("aria-label", "Breadcrumb")],
            [
                .tag(
                    "ol", [],
                    breadcrumbs.map { crumb in .tag("li", [], [.link(crumb.label, to: crumb.route)]) }
                )
            ]
        )
    }

    private var footer: Markup {
        .tag(
            "footer", [("class", "footer")],
            [
                .tag(
                    "div", [("class", "width-container")],
                    [
                        .paragraph(
                            "Skillmix is open-source software. Every fact shows where it comes from; check the source before you rely on it."
                        ),
                        .paragraph(catalogueVersion.map { "Catalogue version \($0)." } ?? ""),
                        .tag(
                            "p", [],
                            [
                                .link("All sources and their dates", to: .sources), .text(" · "),
                                .link("JSON API", to: .api(.openAPI)),
                            ]
                        ),
                    ]
                )
            ]
        )
    }
}
