import Plot
import Workforce

/// The home page: what Skillmix is, the four groups and their roles, and the workforce figures.
public struct HomePage: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    public func render() -> String {
        Layout(title: "Home", section: .home, catalogueVersion: catalogue.stamp.version).render([
            .heading(1, "Roles and careers in the NHS psychological professions"),
            .paragraph(
                "Find out what each psychological profession role does, how you train for it, what it pays and where every fact comes from. Compare roles side by side, plan your route into a role, design the team a service needs, or project the workforce and the training it needs.",
                class: "lede"
            ),
            .tag(
                "p", [],
                [
                    .link("Browse all \(catalogue.roles.count) roles", to: .roles(RoleFilter()), class: "button"),
                    .link("Compare roles", to: .compare([]), class: "button secondary"),
                    .link("Plan your career", to: .careerStart, class: "button secondary"),
                    .link("Design a team", to: .designStart, class: "button secondary"),
                    .link("Plan the workforce", to: .projectionStart, class: "button secondary"),
                ]
            ),
            .heading(2, "The four groups of roles"),
            .tag("div", [("class", "card-grid")], catalogue.groups.map(groupCard)),
            .heading(2, "The workforce in numbers"),
            .paragraph("Each figure is shown with what kind of number it is and where it comes from."),
            .tag("div", [("class", "card-grid")], catalogue.figures.map(figureCard)),
            .heading(2, "Rules that apply across roles"),
            .group(
                catalogue.rules.map { rule in
                    .tag(
                        "div", [("class", "card")],
                        [.heading(3, rule.name), .paragraph(rule.text), .citation(rule.sources, in: catalogue)]
                    )
                }
            ),
        ])
    }

    private func groupCard(_ group: RoleGroup) -> Markup {
        let roles = catalogue.roles(in: group.id)
        var filter = RoleFilter()
        filter.group = group.id
        return .tag(
            "section", [("class", "card"), ("aria-labelledby", "group-\(group.id)")],
            [
                .heading(3, group.name, id: "group-\(group.id)"),
                .paragraph(group.description),
                .tag(
                    "ul", [("class", "list")], roles.map { .tag("li", [], [.link($0.displayName, to: .role($0.id))]) }),
                .link("See the \(roles.count) roles in this group", to: .roles(filter)),
            ]
        )
    }

    private func figureCard(_ figure: Figure) -> Markup {
        .tag(
            "div", [("class", "card")],
            [
                .tag("p", [("class", "lede")], [.tag("strong", [], [.text(figure.value)])]),
                .paragraph(figure.label),
                .tag("p", [("class", "cite")], [.text("Kind of figure: \(figure.kind)")]),
                .citation(figure.sources, in: catalogue),
            ]
        )
    }
}
