import Plot
import Workforce

/// "Where can I start?": each entry point with the roles it opens now and after further training.
public struct CareerStartPage: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    public func render() -> String {
        Layout(
            title: "Where can I start?", section: .career, breadcrumbs: [("Home", .home)],
            catalogueVersion: catalogue.stamp.version
        ).render([
            .heading(1, "Where can I start?"),
            .paragraph(
                "Choose the description that fits you best to see which roles are open to you now and which need more training first.",
                class: "lede"),
            .tag(
                "p", [],
                [
                    .text("Not sure which describes you? "),
                    .link("Answer a few questions instead", to: .careerQuestions()),
                    .text(" and Skillmix will rank the roles open to you."),
                ]),
            .group(catalogue.entryPoints.map(entryCard)),
            .tag(
                "p", [],
                [
                    .link("See the career map", to: .careerMap()), .text(" · "),
                    .link("Plan a route between two roles", to: .careerPlan(RouteQuery())),
                ]),
        ])
    }

    private func entryCard(_ entry: EntryPoint) -> Markup {
        let routes = catalogue.routes.filter { $0.from == .entryPoint(entry.id) }
        func item(_ route: CareerRoute) -> Markup {
            let target = route.to
            let name: String
            switch target {
            case .role(let id): name = catalogue.role(id)?.displayName ?? id.rawValue
            case .entryPoint(let id): name = catalogue.entryPoint(id)?.label ?? id.rawValue
            }
            var query = RouteQuery()
            query.from = entry.id.rawValue
            query.to = target.roleID?.rawValue
            let link: Markup = target.roleID != nil ? .link(name, to: .careerPlan(query)) : .text(name)
            return .tag(
                "li", [],
                [
                    link,
                    .text(
                        ": \(route.step.lowercasedFirst), \(monthsText(route.months)), \(route.funding.label.lowercased())"
                    ),
                ]
            )
        }
        let now = routes.filter { $0.funding == .salaried && $0.to.roleID != nil && $0.unpaidMonths == 0 }
        let later = routes.filter { !now.contains($0) }
        return .tag(
            "section", [("class", "card"), ("aria-labelledby", "entry-\(entry.id)")],
            [
                .heading(2, entry.label, id: "entry-\(entry.id)"),
                .paragraph(entry.description),
                entry.ppnCharacter == true
                    ? .paragraph(
                        "This is one of the starting points on the Psychological Professions Network careers map.",
                        class: "cite")
                    : .caution(
                        "not seen among the Psychological Professions Network careers map's starting points; Skillmix derived it from the roles' entry rules"
                    ),
                .heading(3, "Open to you now, in a paid post"),
                now.isEmpty ? .paragraph("None directly.") : .tag("ul", [("class", "list")], now.map(item)),
                .heading(3, "After further training or study"),
                later.isEmpty ? .paragraph("None recorded.") : .tag("ul", [("class", "list")], later.map(item)),
                .bulletList(entry.notes),
                .citation(entry.sources, in: catalogue),
            ]
        )
    }
}

/// "Plan my route": a form, and the routes found with every step, wait, rule and source.
public struct RoutePlanPage: Sendable {
    public let catalogue: Catalogue
    public let query: RouteQuery
    public let plans: RoutePlans?
    /// Why no plan could be made, when the form was filled in.
    public let problem: String?

    public init(catalogue: Catalogue, query: RouteQuery, plans: RoutePlans?, problem: String?) {
        self.catalogue = catalogue
        self.query = query
        self.plans = plans
        self.problem = problem
    }

    public func render() -> String {
        var content: [Markup] = [.heading(1, "Plan your route")]
        if let problem {
            content.append(
                .tag(
                    "div", [("class", "error-summary"), ("role", "alert"), ("aria-labelledby", "problem-title")],
                    [.heading(2, "No route found", id: "problem-title"), .paragraph(problem)]
                )
            )
        }
        content.append(form)
        if let plans { content += results(plans) }
        let finder = RouteFinder(catalogue: catalogue)
        let title =
            plans.map { "Routes from \(finder.name(of: $0.from)) to \(finder.name(of: .role($0.to)))" }
            ?? "Plan your route"
        return Layout(
            title: title, section: .career, breadcrumbs: [("Home", .home), ("Where can I start?", .careerStart)],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    private var form: Markup {
        func option(_ value: String, _ label: String, selected: String?) -> Markup {
            .tag("option", [("value", value), ("selected", value == selected ? "selected" : nil)], [.text(label)])
        }
        let roles = catalogue.roles.map { option($0.id.rawValue, $0.displayName, selected: query.from) }
        return .tag(
            "form", [("class", "filters"), ("method", "get"), ("action", SiteRoute.careerPlan(RouteQuery()).path)],
            [
                .tag(
                    "fieldset", [],
                    [
                        .tag("legend", [], [.text("Where are you, and where do you want to be?")]),
                        .tag(
                            "div", [("class", "field")],
                            [
                                .tag("label", [("for", "from")], [.text("Where you are now")]),
                                .tag(
                                    "select", [("id", "from"), ("name", "from")],
                                    [
                                        option("", "Choose where you are now", selected: query.from),
                                        .tag(
                                            "optgroup", [("label", "Your background")],
                                            catalogue.entryPoints.map {
                                                option($0.id.rawValue, $0.label, selected: query.from)
                                            }),
                                        .tag("optgroup", [("label", "Your current role")], roles),
                                    ]
                                ),
                            ]
                        ),
                        .tag(
                            "div", [("class", "field")],
                            [
                                .tag("label", [("for", "to")], [.text("The role you want")]),
                                .tag(
                                    "select", [("id", "to"), ("name", "to")],
                                    [option("", "Choose a role", selected: query.to)]
                                        + catalogue.roles.map {
                                            option($0.id.rawValue, $0.displayName, selected: query.to)
                                        }
                                ),
                            ]
                        ),
                        .tag(
                            "div", [("class", "field")],
                            [
                                .tag(
                                    "label", [("for", "months-in-role")],
                                    [.text("Months you have worked in your current role since qualifying")]),
                                .tag(
                                    "span", [("class", "hint"), ("id", "months-hint")],
                                    [
                                        .text(
                                            "Leave at 0 if you are starting from your background. It can shorten waits."
                                        )
                                    ]),
                                .voidTag(
                                    "input",
                                    [
                                        ("type", "number"), ("id", "months-in-role"), ("name", "months-in-role"),
                                        ("min", "0"), ("max", "600"), ("inputmode", "numeric"),
                                        ("value", String(query.monthsInRole)), ("aria-describedby", "months-hint"),
                                    ]
                                ),
                            ]
                        ),
                        .tag(
                            "fieldset", [("class", "field")],
                            [.tag("legend", [], [.text("Show first")])]
                                + [
                                    (RouteFinder.Objective.time, "The fastest route"),
                                    (.unpaid, "The route with the least self-funded time"),
                                ].map { objective, label in
                                    .tag(
                                        "div", [("class", "checkbox")],
                                        [
                                            .voidTag(
                                                "input",
                                                [
                                                    ("type", "radio"), ("id", "optimise-\(objective.rawValue)"),
                                                    ("name", "optimise"), ("value", objective.rawValue),
                                                    ("checked", query.objective == objective ? "checked" : nil),
                                                ]
                                            ),
                                            .tag("label", [("for", "optimise-\(objective.rawValue)")], [.text(label)]),
                                        ]
                                    )
                                }
                        ),
                        .tag("button", [("class", "button"), ("type", "submit")], [.text("Find routes")]),
                    ]
                )
            ]
        )
    }

    private func results(_ plans: RoutePlans) -> [Markup] {
        let finder = RouteFinder(catalogue: catalogue)
        let best = plans.best
        var content: [Markup] = [
            .heading(2, "Your best route: \(years(best.totalMonths))", id: "best"),
            .paragraph(
                "\(plans.objective == .time ? "The fastest" : "The least self-funded") of \(plans.totalFound) route\(plans.totalFound == 1 ? "" : "s") in our data. It takes \(years(best.totalMonths)), of which \(best.unpaidMonths) months may be self-funded\(best.ruleWaitMonths > 0 ? " and \(best.ruleWaitMonths) months are waiting under the two-year funding rule" : "").",
                class: "lede"
            ),
            CareerMapSVG(
                catalogue: catalogue, highlighted: best, routes: catalogue.routes.filter { $0.from == plans.from }
            ).render(
                titleID: "plan-map-title", descriptionID: "plan-map-desc", title: "Career map with your best route",
                description: "The route: " + best.places.map(finder.name(of:)).joined(separator: ", then ")
                    + ". Fainter lines are the other routes out of where you start. The steps are listed in full below."
            ),
        ]
        for (index, plan) in plans.shown.enumerated() {
            var labels: [String] = []
            if plan.routeIDs == plans.fastest.routeIDs { labels.append("fastest") }
            if plan.routeIDs == plans.leastUnpaid.routeIDs { labels.append("least self-funded") }
            let title = index == 0 ? "Route 1 (shown on the map)" : "Route \(index + 1)"
            content.append(
                .tag(
                    "section", [("class", "card"), ("aria-labelledby", "route-\(index + 1)")],
                    [
                        .tag(
                            "h3", [("id", "route-\(index + 1)")],
                            [.text("\(title): \(years(plan.totalMonths)), \(plan.unpaidMonths) months self-funded")]
                                + labels.map { .tag("span", [("class", "tag")], [.text($0)]) }
                        ),
                        .tag("ol", [("class", "list steps")], plan.steps.map { step($0, finder: finder) }),
                    ]
                )
            )
        }
        return content
    }

    private func step(_ step: PlannedStep, finder: RouteFinder) -> Markup {
        let route = step.route
        var lines: [Markup] = [
            .tag("strong", [], [.text("\(finder.name(of: route.from)) to \(finder.name(of: route.to))")])
        ]
        var facts: [String] = []
        if step.experienceWaitMonths > 0 {
            facts.append(
                route.from.roleID == nil
                    ? "First gain \(step.experienceWaitMonths) months of relevant experience: \(route.prerequisites.first ?? "experience the step asks for")."
                    : "First work \(step.experienceWaitMonths) months as \(finder.name(of: route.from).lowercasedFirst)\(step.bandWhileWaiting.map { " (\($0.description))" } ?? ""): \(route.prerequisites.first ?? "experience the step asks for")."
            )
        }
        if step.ruleWaitMonths > 0 {
            facts.append(
                "Then wait \(step.ruleWaitMonths) more months: the two-year funding rule applies after an NHS-funded training."
            )
        } else if step.fundingRuleApplies {
            facts.append("The two-year funding rule applies; the time above already covers it.")
        }
        facts.append(
            "\(route.step): \(monthsText(route.months)), \(route.mode.rawValue), \(route.funding.label.lowercased())\(step.bandWhileTraining.map { ", paid at \($0.description)" + (catalogue.payScale?.label(for: $0).map { ", \($0)" } ?? "") } ?? "")."
        )
        if let selfFunded = route.selfFundedMonths, selfFunded > 0 {
            facts.append("\(selfFunded) months of it are self-funded.")
        }
        for prerequisite in route.prerequisites.dropFirst(step.experienceWaitMonths > 0 ? 1 : 0) {
            facts.append("You need: \(prerequisite).")
        }
        if let competition = route.competition { facts.append("Competition: \(competition).") }
        facts.append("Running total: \(years(step.endMonth)).")
        lines.append(.bulletList(facts))
        for note in route.uncertain { lines.append(.caution(note)) }
        for assumption in route.assumptions {
            lines.append(
                .tag("p", [("class", "caution")], [.tag("strong", [], [.text("Assumption: ")]), .text(assumption)]))
        }
        lines.append(.citation(route.sources, in: catalogue))
        return .tag("li", [], lines)
    }
}

/// The whole career map, the routes as text, and what planners should know about them.
public struct CareerMapPage: Sendable {
    public let catalogue: Catalogue
    /// The place whose onward routes the map draws; nil draws the first step from every starting point.
    public let from: Place?

    public init(catalogue: Catalogue, from: Place? = nil) {
        self.catalogue = catalogue
        self.from = from
    }

    /// The routes drawn, and listed under the map.
    var drawn: [CareerRoute] { from.map { catalogue.routes(onwardFrom: $0) } ?? catalogue.firstSteps }

    private var chooser: Markup {
        func option(_ value: String, _ label: String) -> Markup {
            .tag(
                "option", [("value", value), ("selected", value == (from?.id ?? "") ? "selected" : nil)], [.text(label)]
            )
        }
        return .tag(
            "form", [("class", "filters"), ("method", "get"), ("action", SiteRoute.careerMap().path)],
            [
                .tag(
                    "div", [("class", "field")],
                    [
                        .tag("label", [("for", "map-from")], [.text("Show every route onward from")]),
                        .tag(
                            "select", [("id", "map-from"), ("name", "from")],
                            [
                                option("", "Every starting point, first steps only"),
                                .tag(
                                    "optgroup", [("label", "Starting points")],
                                    catalogue.entryPoints.map { option($0.id.rawValue, $0.label) }),
                                .tag(
                                    "optgroup", [("label", "Roles")],
                                    catalogue.roles.map { option($0.id.rawValue, $0.displayName) }),
                            ]),
                    ]),
                .tag("button", [("type", "submit"), ("class", "button")], [.text("Show the routes")]),
            ])
    }

    private func competitiveList(_ steps: [CareerInsights.CompetitiveStep], finder: RouteFinder) -> Markup {
        .tag(
            "ul", [("class", "list")],
            steps.map { step in
                .tag(
                    "li", [],
                    [
                        .tag("strong", [], [.text("\(finder.name(of: step.to)), \(step.step.lowercasedFirst)")]),
                        .text(
                            ": \(step.competition). Taken from: \(step.from.map { finder.name(of: $0).lowercasedFirst }.joined(separator: ", "))."
                        ),
                    ] + [.citation(step.sources, in: catalogue)]
                )
            }
        )
    }

    public func render() -> String {
        let finder = RouteFinder(catalogue: catalogue)
        let insights = CareerInsights(catalogue: catalogue)
        let byStart = Dictionary(grouping: from == nil ? catalogue.routes : drawn, by: \.from)
        let starts = catalogue.entryPoints.map { Place.entryPoint($0.id) } + catalogue.roles.map { Place.role($0.id) }
        return Layout(
            title: "Career map", section: .career,
            breadcrumbs: [("Home", .home), ("Where can I start?", .careerStart)],
            catalogueVersion: catalogue.stamp.version
        ).render([
            .heading(1, from.map { "Career map: onward from \(finder.name(of: $0).inSentence)" } ?? "Career map"),
            .paragraph(
                from.map {
                    "\(drawn.count) routes can be taken, one after another, from \(finder.name(of: $0).inSentence). "
                        + "Places they do not reach are dashed. The same routes are listed as text below the map."
                }
                    ?? "The first step from each starting point. Choose a starting point or a role to see every route "
                    + "onward from it; all \(catalogue.routes.count) routes are listed as text below the map.",
                class: "lede"),
            chooser,
            CareerMapSVG(catalogue: catalogue, highlighted: nil, routes: drawn, focus: from).render(
                titleID: "map-title", descriptionID: "map-desc", title: "Career map of the psychological professions",
                description:
                    "\(drawn.count) of the \(catalogue.routes.count) routes between \(catalogue.entryPoints.count) starting points "
                    + "and \(catalogue.roles.count) roles, in bands by group"
                    + (from.map { ", onward from \(finder.name(of: $0))" }
                        ?? ", the first step from each starting point")
                    + ". Each route is listed as text under 'Every route'."
            ),
            .heading(2, "What planners should know", id: "insights"),
            .heading(3, "Dead ends: roles with no onward route"),
            .paragraph("Our sources describe no training route out of these roles, apart from promotion within them."),
            .tag(
                "ul", [("class", "list")],
                insights.deadEnds.map { .tag("li", [], [.link($0.displayName, to: .role($0.id))]) }),
            .heading(
                3,
                "Bottlenecks: routes with at least \(CareerInsights.bottleneckApplicantsPerPlace.roundedWholeText) applicants for each place"
            ),
            competitiveList(insights.bottlenecks, finder: finder),
            .heading(3, "Other competitive steps"),
            competitiveList(insights.competitive, finder: finder),
            .heading(3, "Roles whose every onward route needs self-funding"),
            insights.selfFundedOnly.isEmpty
                ? .paragraph("None: every role with an onward route has at least one salaried route.")
                : .tag(
                    "ul", [("class", "list")],
                    insights.selfFundedOnly.map { item in
                        .tag(
                            "li", [],
                            [
                                .link(item.role.displayName, to: .role(item.role.id)),
                                .text(
                                    ": "
                                        + item.routes.map {
                                            "\(finder.name(of: $0.to)) (\($0.unpaidMonths) months self-funded)"
                                        }.joined(separator: "; ")),
                            ])
                    }
                ),
            .heading(2, from == nil ? "Every route" : "Every route on the map", id: "routes"),
            from == nil ? .empty : .tag("p", [], [.link("See every route from every place", to: .careerMap())]),
            .group(
                starts.compactMap { start -> Markup? in
                    guard let routes = byStart[start], !routes.isEmpty else { return nil }
                    return .group(
                        .heading(3, "From \(finder.name(of: start))"),
                        .tag(
                            "ul", [("class", "list")],
                            routes.map { route in
                                .tag(
                                    "li", [],
                                    [
                                        .text(
                                            "To \(finder.name(of: route.to)): \(route.step.lowercasedFirst), \(monthsText(route.months)), \(route.funding.label.lowercased())"
                                                + (route.experienceMonths > 0
                                                    ? ", after \(route.experienceMonths) months in role" : "")
                                                + (route.nhsFundedTraining
                                                    ? "; the two-year funding rule covers it" : ""))
                                    ])
                            }
                        )
                    )
                }
            ),
        ])
    }
}

func monthsText(_ months: Int) -> String {
    months == 0 ? "no training" : months == 1 ? "1 month" : "\(months) months"
}

func years(_ months: Int) -> String {
    let y = months / 12
    let m = months % 12
    switch (y, m) {
    case (0, _): return monthsText(months)
    case (_, 0): return y == 1 ? "1 year" : "\(y) years"
    default: return "\(y) year\(y == 1 ? "" : "s") and \(m) month\(m == 1 ? "" : "s")"
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first, !(dropFirst().first?.isUppercase ?? false) else { return self }
        return first.lowercased() + dropFirst()
    }
}
