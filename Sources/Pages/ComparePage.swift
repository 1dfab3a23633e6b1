import Plot
import Workforce

/// Two or three roles side by side, with a form to choose them.
public struct ComparePage: Sendable {
    public let catalogue: Catalogue
    public let selected: [Role.ID]
    public let comparison: RoleComparison?

    /// `comparison` is nil while fewer than two roles are chosen.
    public init(catalogue: Catalogue, selected: [Role.ID], comparison: RoleComparison?) {
        self.catalogue = catalogue
        self.selected = selected
        self.comparison = comparison
    }

    public func render() -> String {
        var content: [Markup] = [.heading(1, "Compare roles")]
        if let comparison {
            content.append(table(comparison))
        } else {
            content.append(
                .paragraph("Choose two or three roles to see their training, pay and registration side by side."))
        }
        content.append(chooser)
        return Layout(
            title: comparison.map { "Compare " + $0.roles.map(\.name).joined(separator: ", ") } ?? "Compare roles",
            section: .compare, breadcrumbs: [("Home", .home), ("Roles", .roles(RoleFilter()))],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    private func table(_ comparison: RoleComparison) -> Markup {
        .tag(
            "div",
            [("class", "table-wrap"), ("role", "region"), ("aria-labelledby", "compare-caption"), ("tabindex", "0")],
            [
                .tag(
                    "table", [],
                    [
                        .tag(
                            "caption", [("id", "compare-caption")],
                            [.text(comparison.roles.map(\.name).joined(separator: " compared with "))]),
                        .tag(
                            "thead", [],
                            [
                                .tag(
                                    "tr", [],
                                    [.tag("th", [("scope", "col")], [.text("Fact")])]
                                        + comparison.roles.map { role in
                                            .tag(
                                                "th", [("scope", "col")], [.link(role.displayName, to: .role(role.id))])
                                        }
                                )
                            ]
                        ),
                        .tag(
                            "tbody", [],
                            comparison.rows(groups: catalogue.groups, payScale: catalogue.payScale).map { row in
                                .tag(
                                    "tr", [],
                                    [.tag("th", [("scope", "row")], [.text(row.label)])]
                                        + zip(comparison.roles, row.values).map { role, value in
                                            let uncertain =
                                                !role.uncertainties(of: row.fact).isEmpty
                                                || role.unsourced.contains(row.fact)
                                            return .tag(
                                                "td", [],
                                                [.text(value)]
                                                    + (uncertain
                                                        ? [.tag("span", [("class", "tag")], [.text("uncertain")])] : [])
                                            )
                                        }
                                )
                            }
                        ),
                    ]
                )
            ]
        )
    }

    private var chooser: Markup {
        .tag(
            "form", [("class", "filters"), ("method", "get"), ("action", SiteRoute.compare([]).path)],
            [
                .tag(
                    "fieldset", [],
                    [.tag("legend", [], [.text("Choose roles to compare")])]
                        + (0..<3).map { index in
                            let id = "role-\(index + 1)"
                            let current = index < selected.count ? selected[index].rawValue : nil
                            return .tag(
                                "div", [("class", "field")],
                                [
                                    .tag(
                                        "label", [("for", id)],
                                        [
                                            .text(
                                                index == 2
                                                    ? "Third role (optional)"
                                                    : index == 0 ? "First role" : "Second role")
                                        ]),
                                    .tag(
                                        "select", [("id", id), ("name", "roles")],
                                        [.tag("option", [("value", "")], [.text("Choose a role")])]
                                            + catalogue.roles.map { role in
                                                .tag(
                                                    "option",
                                                    [
                                                        ("value", role.id.rawValue),
                                                        ("selected", role.id.rawValue == current ? "selected" : nil),
                                                    ],
                                                    [.text(role.displayName)]
                                                )
                                            }
                                    ),
                                ]
                            )
                        } + [.tag("button", [("class", "button"), ("type", "submit")], [.text("Compare")])]
                )
            ]
        )
    }
}
