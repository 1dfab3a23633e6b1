import Plot
import Workforce

/// The roles someone keeps (up to five, in a cookie on their device): each with its training and pay, a button to
/// remove it, and a form to compare two or three of them.
public struct ShortlistPage: Sendable {
    public let catalogue: Catalogue
    public let shortlist: Shortlist
    public let problem: String?

    /// The form fields of the add and remove buttons.
    public enum Field {
        public static let role = "role"
        public static let change = "change"
    }

    public init(catalogue: Catalogue, shortlist: Shortlist, problem: String? = nil) {
        self.catalogue = catalogue
        self.shortlist = shortlist
        self.problem = problem
    }

    /// The button on a role's page that adds it.
    public static func addButton(_ role: Role.ID) -> Markup {
        button(role, .add, "Add to my shortlist", secondary: true)
    }

    static func button(_ role: Role.ID, _ change: Shortlist.Change, _ label: String, secondary: Bool) -> Markup {
        .tag(
            "form", [("method", "post"), ("action", SiteRoute.shortlist.path), ("class", "inline-form")],
            [
                .tag("input", [("type", "hidden"), ("name", Field.role), ("value", role.rawValue)]),
                .tag("input", [("type", "hidden"), ("name", Field.change), ("value", change.rawValue)]),
                .tag(
                    "button", [("class", secondary ? "button secondary" : "button"), ("type", "submit")], [.text(label)]
                ),
            ])
    }

    public func render() -> String {
        let roles = shortlist.roles.compactMap(catalogue.role)
        var content: [Markup] = [.heading(1, "My shortlist")]
        if let problem {
            content.append(
                .tag(
                    "div", [("class", "error-summary"), ("role", "alert")],
                    [.heading(2, "There is a problem"), .paragraph(problem)]))
        }
        content.append(
            .paragraph(
                "Up to \(Shortlist.limit) roles you want to look at again. The list is kept in a cookie on this device "
                    + "only: there is no account, and Skillmix keeps nothing about you.", class: "lede"))
        guard !roles.isEmpty else {
            content.append(
                .tag(
                    "p", [],
                    [
                        .text("Your shortlist is empty. Use \u{201C}Add to my shortlist\u{201D} on a role's page; "),
                        .link("see all roles", to: .roles(RoleFilter())), .text("."),
                    ]))
            return Layout(title: "My shortlist", section: .compare, breadcrumbs: [("Home", .home)]).render(content)
        }
        content.append(
            .dataTable(
                caption: "Roles on your shortlist", header: ["Role", "Training", "Qualified", ""],
                rows: roles.map { role in
                    [
                        .link(role.displayName, to: .role(role.id)),
                        .text("\(role.training.lengthLabel), \(role.training.fundingLabel.lowercased())"),
                        .text(role.bands.qualified?.description ?? "not recorded"),
                        Self.button(role.id, .remove, "Remove", secondary: true),
                    ]
                }, numericFrom: 4))
        if roles.count >= 2 {
            content.append(.heading(2, "Compare two or three of them"))
            content.append(
                .tag(
                    "form", [("method", "get"), ("action", SiteRoute.compare([]).path)],
                    [
                        .tag(
                            "fieldset", [],
                            [.tag("legend", [], [.text("Tick two or three roles")])]
                                + roles.map { role in
                                    let id = "shortlist-compare-\(role.id)"
                                    return .tag(
                                        "div", [("class", "checkbox")],
                                        [
                                            .voidTag(
                                                "input",
                                                [
                                                    ("type", "checkbox"), ("name", "roles"),
                                                    ("value", role.id.rawValue), ("id", id),
                                                ]),
                                            .tag("label", [("for", id)], [.text(role.name)]),
                                        ])
                                }),
                        .tag("button", [("class", "button"), ("type", "submit")], [.text("Compare")]),
                    ]))
        }
        return Layout(title: "My shortlist", section: .compare, breadcrumbs: [("Home", .home)]).render(content)
    }
}
