import Plot
import Workforce

/// One role with every fact, the sources behind each, and what is uncertain.
public struct RoleProfilePage: Sendable {
    public let catalogue: Catalogue
    public let role: Role

    public init(catalogue: Catalogue, role: Role) {
        self.catalogue = catalogue
        self.role = role
    }

    public func render() -> String {
        let group = catalogue.group(role.group)
        var groupFilter = RoleFilter()
        groupFilter.group = role.group
        return Layout(
            title: role.displayName, section: .roles,
            breadcrumbs: [
                ("Home", .home), ("Roles", .roles(RoleFilter())), (group?.name ?? "Group", .roles(groupFilter)),
            ],
            catalogueVersion: catalogue.stamp.version
        ).render(
            [
                .tag("span", [("class", "caption")], [.text(group?.name ?? role.group.rawValue)]),
                .heading(1, role.displayName),
                .paragraph(role.summary, class: "lede"),
                .paragraph(
                    "Summary written by Skillmix from the sources below. \(role.leadership == .alliedHealthProfessions ? "This role is led as an allied health profession." : "")",
                    class: "cite"
                ),
                .heading(2, "Facts and their sources"),
                .tag("dl", [("class", "facts")], facts),
                .heading(2, "Routes from this role"),
                routesOut,
                .heading(2, "Routes into this role"),
                routesIn,
                nextSteps,
            ] + Markup.voices(about: role, in: catalogue) + [
                notesSection,
                .heading(2, "All sources for this role"),
                .sourceList(role.allSources, in: catalogue),
                .tag(
                    "p", [],
                    [.link("Compare this role with another", to: .compare([role.id]), class: "button secondary")]),
                ShortlistPage.addButton(role.id),
                .tag(
                    "p", [],
                    [
                        .text("Thinking of employing one? "),
                        .link("Introducing this role: what it takes, for employers", to: .introducing(role.id)),
                        .text("."),
                    ]),
                .tag("p", [], [.link("See my shortlist", to: .shortlist)]),
                .tag(
                    "p", [],
                    [
                        .text("Is something on this page wrong or out of date? "),
                        .link("Report a problem with a fact", to: .reportProblem(role.id)), .text("."),
                    ]),
            ])
    }

    private var facts: [Markup] {
        var rows: [Markup] = []
        func row(_ fact: Fact, label: String? = nil, _ value: Markup) {
            var cell: [Markup] = [value]
            for uncertainty in role.uncertainties(of: fact) {
                cell.append(.caution("\(uncertainty.detail) (inferred, conflicting or from a weak source)"))
            }
            if fact != .summary {
                cell.append(.citation(role.sources(of: fact), in: catalogue, unsourced: role.unsourced.contains(fact)))
            }
            rows.append(.factRow(label ?? fact.label, cell))
        }
        row(.group, .text((catalogue.group(role.group)?.name ?? role.group.rawValue) + " · " + role.leadership.label))
        row(.ages, .text(role.ages?.description.capitalizedFirst ?? "Not established in the sources"))
        row(.settings, list(role.settings.map(\.text)))
        row(.entryRequirements, list(role.entryRequirements))
        let training = role.training
        row(
            .training,
            .group(
                .paragraph(training.programme),
                .bulletList(
                    [
                        "Length: \(training.lengthLabel)",
                        "Funding: \(training.fundingLabel)",
                        "Academic level: \(training.level ?? "not recorded")",
                    ]
                        + (training.providers.isEmpty
                            ? [] : ["Providers include: \(training.providers.joined(separator: "; "))"])
                )
            )
        )
        row(.registration, list(role.registration, empty: "No registration or regulation found in the sources"))
        func pay(_ bands: BandRange?) -> String {
            guard let bands, let label = catalogue.payScale?.label(for: bands) else { return "" }
            return ", \(label)"
        }
        row(
            .bands,
            .bulletList([
                "While training: \(role.bands.trainee.map { $0.description + pay($0) } ?? "no salaried NHS training post")",
                "When qualified: \(role.bands.qualified.map { $0.description + pay($0) } ?? "not recorded")",
                "Later: \(role.bands.progression.isEmpty ? "not recorded" : role.bands.progression.map(\.name).joined(separator: ", "))",
            ])
        )
        if let scale = catalogue.payScale {
            rows.append(
                .factRow(
                    "Pay figures",
                    [
                        .paragraph(
                            "Agenda for Change \(scale.name), in force from \(scale.effectiveFrom.text), England, before London "
                                + "weighting. Basis: \(scale.basis.rawValue); \(scale.status)."
                        ),
                        .citation(scale.sources, in: catalogue),
                    ]))
        }
        row(.capabilities, list(role.capabilities))
        row(
            .supervisedBy,
            role.supervisedBy.isEmpty
                ? .paragraph("Not recorded in the sources")
                : .tag(
                    "ul", [("class", "list")],
                    role.supervisedBy.map { id in
                        .tag(
                            "li", [], [id == role.id ? .text("Senior colleagues in the same profession") : roleLink(id)]
                        )
                    }
                )
        )
        row(.introduced, .text(role.introduced.map { "\($0)" } ?? "An established role"))
        if !role.intake.isEmpty {
            row(.intake, .bulletList(role.intake.map { "\($0.label): \($0.value)" }))
        }
        return rows
    }

    private var routesOut: Markup {
        let routes = catalogue.routes.filter { $0.from == .role(role.id) }
        guard !routes.isEmpty else {
            return .paragraph("The sources record no onward route from this role, apart from promotion within it.")
        }
        let finder = RouteFinder(catalogue: catalogue)
        return .tag(
            "ul", [("class", "list")],
            routes.map { route in
                var items: [Markup] = [
                    route.to.roleID.map { roleLink($0) } ?? .text(finder.name(of: route.to)),
                    .text(
                        ": \(route.step.lowercasedFirst), \(monthsText(route.months)), \(route.funding.label.lowercased())"
                    ),
                ]
                if let target = route.to.roleID {
                    items += [
                        .text(" ("),
                        .link(
                            "plan this route", to: .careerPlan(RouteQuery(from: role.id.rawValue, to: target.rawValue))),
                        .text(")"),
                    ]
                }
                return .tag("li", [], items)
            }
        )
    }

    /// For someone who wants this role: ways in, job searches, providers, common questions and the best next step.
    private var nextSteps: Markup {
        let steps = NextSteps(role: role, catalogue: catalogue)
        let finder = RouteFinder(catalogue: catalogue)
        var content: [Markup] = [.heading(2, "Next steps if you want this role", id: "next-steps")]
        content.append(.heading(3, "How people get in"))
        if steps.waysIn.isEmpty {
            content.append(.paragraph("The sources record no route into this role."))
        } else {
            content.append(
                .tag(
                    "ul", [("class", "list")],
                    steps.waysIn.map { way in
                        .tag(
                            "li", [],
                            [
                                .text("\(way.step), from \(way.from.map(finder.name).joined(separator: ", "))."),
                                way.competition.map { .text(" Competition: \($0).") } ?? .empty,
                                .citation(way.sources, in: catalogue),
                            ])
                    }))
        }
        content.append(.heading(3, "Look for posts"))
        content.append(
            .tag(
                "ul", [("class", "list")],
                steps.searches.map { search in
                    .tag(
                        "li", [],
                        [.externalLink("Search NHS Jobs for \u{201C}\(search.keyword)\u{201D}", url: search.url)])
                }))
        content.append(
            .paragraph(
                "These are links to NHS Jobs' own search; Skillmix does not fetch or check the adverts.", class: "cite")
        )
        content.append(.heading(3, "Training providers"))
        content.append(
            steps.providers.isEmpty
                ? .paragraph("Skillmix's sources name no training providers for this role.")
                : .bulletList(steps.providers))
        content.append(.heading(3, "Questions people ask"))
        content.append(
            .tag(
                "dl", [("class", "facts")],
                steps.answers.map { answer in
                    .factRow(
                        answer.question,
                        [
                            .paragraph(answer.answer), .paragraph(answer.derived, class: "cite"),
                            answer.sources.isEmpty ? .empty : .citation(answer.sources, in: catalogue),
                        ])
                }))
        if let best = steps.bestStep, let target = best.route.to.roleID {
            content.append(.heading(3, "The next step that opens the most"))
            content.append(
                .tag(
                    "p", [],
                    [
                        .text("From this role, \(best.route.step.lowercasedFirst) leads to "),
                        roleLink(target),
                        .text(
                            ", from which \(best.reach) \(best.reach == 1 ? "role is" : "roles are") open on the career map "
                                + "(that role and those its routes lead on to). "),
                        .link(
                            "Plan this route", to: .careerPlan(RouteQuery(from: role.id.rawValue, to: target.rawValue))),
                        .text("."),
                    ]))
            content.append(
                .paragraph(
                    "Worked out by Skillmix from the career map's routes, counting the roles each step leaves open.",
                    class: "cite"))
        }
        return .group(content)
    }

    private var routesIn: Markup {
        let routes = catalogue.routes.filter { $0.to == .role(role.id) }
        guard !routes.isEmpty else { return .paragraph("The sources record no route into this role.") }
        let finder = RouteFinder(catalogue: catalogue)
        return .group(
            .tag(
                "ul", [("class", "list")],
                routes.map { route in
                    .tag(
                        "li", [],
                        [
                            .text("From "),
                            route.from.roleID.map { roleLink($0) }
                                ?? .text(finder.name(of: route.from).lowercasedFirst),
                            .text(": \(route.step.lowercasedFirst), \(monthsText(route.months))"),
                        ]
                    )
                }
            ),
            .tag(
                "p", [],
                [
                    .link(
                        "Plan your route to this role", to: .careerPlan(RouteQuery(to: role.id.rawValue)),
                        class: "button secondary")
                ])
        )
    }

    private var notesSection: Markup {
        guard !role.notes.isEmpty else { return .empty }
        return .group(.heading(2, "Things to know"), .bulletList(role.notes))
    }

    private func roleLink(_ id: Role.ID) -> Markup {
        .link(catalogue.role(id)?.displayName ?? id.rawValue, to: .role(id))
    }

    private func list(_ items: [String], empty: String = "Not recorded in the sources") -> Markup {
        items.isEmpty ? .paragraph(empty) : .bulletList(items)
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
