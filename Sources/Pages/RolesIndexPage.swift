import Plot
import Workforce

/// The roles index: filters and search, results grouped by the taxonomy, and a form to compare roles.
public struct RolesIndexPage: Sendable {
    public let catalogue: Catalogue
    public let filter: RoleFilter

    public init(catalogue: Catalogue, filter: RoleFilter) {
        self.catalogue = catalogue
        self.filter = filter
    }

    public var results: [Role] { filter.apply(to: catalogue.roles) }

    public func render() -> String {
        let results = self.results
        let countText = results.count == 1 ? "1 role" : "\(results.count) roles"
        return Layout(
            title: filter.isEmpty ? "Roles" : "Roles (\(countText) found)", section: .roles,
            breadcrumbs: [("Home", .home)], catalogueVersion: catalogue.stamp.version
        ).render([
            .heading(1, "Psychological profession roles"),
            .paragraph("Filter the roles or search for a word. Tick two or three roles to compare them side by side."),
            filterForm,
            .tag(
                "h2", [("id", "results"), ("aria-live", "polite")],
                [.text(filter.isEmpty ? "All \(countText)" : "\(countText) match your filters")]
            ),
            results.isEmpty ? noResults : resultList(results),
        ])
    }

    private var noResults: Markup {
        .group(
            .paragraph("No roles match all of these filters."),
            .tag(
                "p", [],
                [.text("Try removing a filter, or "), .link("clear all filters", to: .roles(RoleFilter())), .text(".")])
        )
    }

    private func resultList(_ results: [Role]) -> Markup {
        .tag(
            "form", [("method", "get"), ("action", SiteRoute.compare([]).path)],
            [
                // One group for every "Compare" checkbox, so that assistive technology announces them together.
                .tag(
                    "fieldset", [],
                    [
                        .tag(
                            "legend", [("class", "visually-hidden")],
                            [.text("Tick two or more roles to compare them")])
                    ] + sections(results))
            ] + [
                .tag("button", [("class", "button"), ("type", "submit")], [.text("Compare the roles you ticked")])
            ]
        )
    }

    private func sections(_ results: [Role]) -> [Markup] {
        catalogue.groups.compactMap { group -> Markup? in
            let roles = results.filter { $0.group == group.id }
            guard !roles.isEmpty else { return nil }
            return .tag(
                "section", [("aria-labelledby", "results-\(group.id)")],
                [
                    .tag(
                        "h3", [("id", "results-\(group.id)")],
                        [.text(group.name), .tag("span", [("class", "count")], [.text(" (\(roles.count))")])]
                    )
                ] + roles.map(roleCard)
            )
        }
    }

    private func roleCard(_ role: Role) -> Markup {
        let checkboxID = "compare-\(role.id)"
        var facts: [String] = []
        facts.append("Training: \(role.training.lengthLabel.lowercased()), \(role.training.fundingLabel.lowercased())")
        if let qualified = role.bands.qualified { facts.append("Qualified: \(qualified.description)") }
        if let ages = role.ages { facts.append("Ages: \(ages.description)") }
        return .tag(
            "div", [("class", "card")],
            [
                .tag(
                    "h4", [],
                    [.link(role.displayName, to: .role(role.id))]
                        + (role.isNewRole
                            ? [.tag("span", [("class", "tag")], [.text("New role, \(role.introduced ?? 0)")])] : [])
                ),
                .paragraph(role.summary),
                .bulletList(facts),
                .tag(
                    "div", [("class", "checkbox")],
                    [
                        .voidTag(
                            "input",
                            [("type", "checkbox"), ("name", "roles"), ("value", role.id.rawValue), ("id", checkboxID)]),
                        .tag("label", [("for", checkboxID)], [.text("Compare \(role.name)")]),
                    ]
                ),
            ]
        )
    }

    private var filterForm: Markup {
        .tag(
            "form", [("class", "filters"), ("method", "get"), ("action", SiteRoute.roles(RoleFilter()).path)],
            [
                .tag(
                    "fieldset", [],
                    [
                        .tag("legend", [], [.text("Filter roles")]),
                        .tag(
                            "div", [("class", "field")],
                            [
                                .tag("label", [("for", "q")], [.text("Search")]),
                                .tag(
                                    "span", [("class", "hint"), ("id", "q-hint")],
                                    [.text("For example: CBT, schools, supervision")]),
                                .voidTag(
                                    "input",
                                    [
                                        ("type", "search"), ("id", "q"), ("name", "q"), ("value", filter.text ?? ""),
                                        ("aria-describedby", "q-hint"),
                                    ]),
                            ]
                        ),
                        .tag(
                            "div", [("class", "filter-grid")],
                            [
                                select(
                                    "group", "Group", catalogue.groups.map { ($0.id.rawValue, $0.name) },
                                    selected: filter.group?.rawValue),
                                select(
                                    "age", "Ages served", AgeGroup.allCases.map { ($0.rawValue, $0.label) },
                                    selected: filter.age?.rawValue),
                                select(
                                    "setting", "Setting", SettingKind.allCases.map { ($0.rawValue, $0.label) },
                                    selected: filter.setting?.rawValue),
                                select(
                                    "band", "Band when qualified", Band.all.map { ($0.name, "Band \($0.name)") },
                                    selected: filter.qualifiedBand?.name),
                                select(
                                    "salaried", "Training",
                                    [("yes", "Salaried training"), ("no", "Self-funded training")],
                                    selected: filter.salariedTraining.map { $0 ? "yes" : "no" }
                                ),
                                select(
                                    "max-months", "Training length",
                                    [
                                        ("12", "Up to 1 year"), ("24", "Up to 2 years"), ("36", "Up to 3 years"),
                                        ("48", "Up to 4 years"),
                                    ],
                                    selected: filter.maxTrainingMonths.map(String.init)
                                ),
                            ]
                        ),
                        .tag(
                            "div", [("class", "field checkbox")],
                            [
                                .voidTag(
                                    "input",
                                    [
                                        ("type", "checkbox"), ("id", "new"), ("name", "new"), ("value", "yes"),
                                        ("checked", filter.newRolesOnly ? "checked" : nil),
                                    ]
                                ),
                                .tag("label", [("for", "new")], [.text("Only roles introduced since 2019")]),
                            ]
                        ),
                        .tag("button", [("class", "button"), ("type", "submit")], [.text("Apply filters")]),
                        .link("Clear filters", to: .roles(RoleFilter())),
                    ]
                )
            ]
        )
    }

    private func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String?) -> Markup {
        .tag(
            "div", [("class", "field")],
            [
                .tag("label", [("for", name)], [.text(label)]),
                .tag(
                    "select", [("id", name), ("name", name)],
                    [.tag("option", [("value", "")], [.text("Any")])]
                        + options.map { value, text in
                            .tag(
                                "option", [("value", value), ("selected", value == selected ? "selected" : nil)],
                                [.text(text)])
                        }
                ),
            ]
        )
    }
}
