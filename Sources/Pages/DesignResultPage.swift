import Plot
import Workforce

/// A saved design: the team, the work, the cost, why, the alternatives, sensitivity, the comparison with the
/// current team, and every figure used with its source.
public struct DesignResultPage: Sendable {
    public let catalogue: Catalogue
    public let id: String
    public let createdAt: String
    public let design: TeamDesign

    public init(catalogue: Catalogue, id: String, createdAt: String, design: TeamDesign) {
        self.catalogue = catalogue
        self.id = id
        self.createdAt = createdAt
        self.design = design
    }

    public func render() -> String {
        var content: [Markup] = [
            .heading(1, "Team design: \(design.serviceName)"),
            summary,
        ]
        content += team + work + explanation + alternatives + sensitivity + comparison
        if let reference { content.append(.referenceTeam(reference, catalogue: catalogue)) }
        content += figures + downloads
        return Layout(
            title: "Team design: \(design.serviceName)", section: .design,
            breadcrumbs: [("Home", .home), ("Design a team", .designStart)],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    /// A design made with every default of the catalogue in force, beside its model's reference team (designs
    /// with entered figures, or made with another revision's defaults, are not compared).
    private var reference: ReferenceComparison? {
        guard design.input == DesignInput(service: design.service, payYear: design.input.payYear),
            design.catalogueVersion == catalogue.stamp.version,
            let team = catalogue.serviceModel(design.service)?.reference, !team.posts.isEmpty
        else { return nil }
        return ReferenceComparison(team: team, design: design)
    }

    private func roleName(_ id: Role.ID) -> String { catalogue.role(id)?.name ?? id.rawValue }

    private var summary: Markup {
        var items: [Markup] = [
            fact("Team", "\(Formatting.wte(design.totalWTE)) WTE"),
            fact("Cost a year", Formatting.pounds(design.totalCost)),
            fact(
                "Need met",
                "\(Formatting.number(design.episodesMet)) of \(Formatting.number(design.episodesDemanded)) episodes "
                    + "(\(Formatting.percent(design.shareOfNeedMet)))"),
        ]
        if let budget = design.input.budget { items.append(fact("Budget", Formatting.pounds(budget))) }
        items.append(fact("Catalogue", "version \(design.catalogueVersion), saved \(createdAt)"))
        items.append(
            fact(
                "Pay year",
                design.payYear.map { year in catalogue.payScales.last { $0.name == year }?.shortLabel ?? year }
                    ?? "Not recorded"))
        var notes: [Markup] = [.tag("dl", [("class", "facts")], items), .paragraph(design.costBasis)]
        if let note = payYearNote(used: design.payYear, catalogue: catalogue),
            design.payYear != catalogue.payScale?.name
        {
            notes.append(.caution(note))
        }
        if design.catalogueVersion != catalogue.stamp.version {
            notes.append(
                .caution(
                    "This design used catalogue version \(design.catalogueVersion); the current version is "
                        + "\(catalogue.stamp.version). Its figures are as they were then. Design it again to use "
                        + "today's figures."))
        }
        notes.append(
            .tag(
                "p", [("class", "inset")],
                [
                    .text(
                        "This page has a private address. Anyone with the link can see the design, so share it only "
                            + "with people who should. "),
                    .tag(
                        "a",
                        [
                            (
                                "href",
                                SiteRoute.designForm(design.service.rawValue).path + "?from=" + SiteRoute.encode(id)
                            )
                        ],
                        [.text("Change this design's inputs")]),
                    .text(" to make a new design from them."),
                ]))
        return .tag("div", [], notes)
    }

    private func fact(_ term: String, _ value: String) -> Markup { .fact(term, value) }

    private func table(caption: String, header: [String], rows: [[Markup]], numericFrom: Int = 1) -> Markup {
        .dataTable(caption: caption, header: header, rows: rows, numericFrom: numericFrom)
    }

    private var team: [Markup] {
        var rows: [[Markup]] = design.posts.map { post in
            [
                .link(post.name, to: .role(post.role)), .text(post.band.name), .text(Formatting.wte(post.wte)),
                .text(Formatting.pounds(post.costPerWTE)), .text(Formatting.pounds(post.cost)),
            ]
        }
        rows += design.fixedPosts.map { post in
            [
                .text("\(post.name) (always in this model)"), .text(post.band.name), .text(Formatting.wte(post.wte)),
                .text(Formatting.pounds(post.wte > 0 ? post.cost / post.wte : 0)), .text(Formatting.pounds(post.cost)),
            ]
        }
        rows.append([
            .tag("strong", [], [.text("Total")]), .text(""),
            .tag("strong", [], [.text(Formatting.wte(design.totalWTE))]),
            .text(""), .tag("strong", [], [.text(Formatting.pounds(design.totalCost))]),
        ])
        let chart = BarChartSVG(
            bars: design.posts.map {
                .init(label: $0.name, segments: [(0, $0.wte)], valueText: "\(Formatting.wte($0.wte)) WTE")
            }, series: ["WTE"])
        let costChart = BarChartSVG(
            bars: design.posts.map {
                .init(label: $0.name, segments: [(1, $0.cost)], valueText: Formatting.pounds($0.cost))
            }
                + design.fixedPosts.map {
                    .init(label: $0.name, segments: [(1, $0.cost)], valueText: Formatting.pounds($0.cost))
                }, series: ["Cost"])
        return [
            .heading(2, "The team", id: "team"),
            .tag(
                "figure", [("class", "chart-figure")],
                [
                    chart.render(
                        id: "chart-team", title: "Team composition",
                        description: design.posts.map { "\($0.name): \(Formatting.wte($0.wte)) WTE" }.joined(
                            separator: "; ")),
                    .tag("figcaption", [], [.text("Team composition in WTE. The table below gives the same figures.")]),
                ]),
            table(
                caption: "Posts, bands and cost a year", header: ["Role", "Band", "WTE", "Cost per WTE", "Cost"],
                rows: rows, numericFrom: 2),
            .tag(
                "figure", [("class", "chart-figure")],
                [
                    costChart.render(
                        id: "chart-cost", title: "Cost a year by role",
                        description: design.posts.map { "\($0.name): \(Formatting.pounds($0.cost))" }.joined(
                            separator: "; ")),
                    .tag("figcaption", [], [.text("Cost a year by role, with on-costs.")]),
                ]),
        ]
    }

    private var work: [Markup] {
        let roles = design.posts.map(\.role)
        let chart = BarChartSVG(
            bars: design.interventions.map { intervention in
                let total = intervention.hoursByRole.reduce(0) { $0 + $1.hours }
                return .init(
                    label: intervention.name,
                    segments: intervention.hoursByRole.compactMap { share in
                        roles.firstIndex(of: share.role).map { ($0, share.hours) }
                    },
                    valueText: "\(Formatting.number(total)) h")
            }, series: design.posts.map(\.name))
        let rows: [[Markup]] = design.interventions.map { intervention in
            [
                .text(intervention.name), .text(Formatting.number(intervention.demand)),
                .text(Formatting.number(intervention.met)), .text(Formatting.wte(intervention.hoursPerEpisode)),
                .text(
                    intervention.hoursByRole.map { "\(roleName($0.role)): \(Formatting.number($0.hours)) h" }
                        .joined(separator: "; ")),
            ]
        }
        var markup: [Markup] = [
            .heading(2, "The work", id: "work"),
            .tag(
                "figure", [("class", "chart-figure")],
                [
                    chart.render(
                        id: "chart-hours", title: "Clinical hours a year by intervention and role",
                        description: design.interventions.map { intervention in
                            "\(intervention.name): "
                                + intervention.hoursByRole.map {
                                    "\(roleName($0.role)) \(Formatting.number($0.hours)) hours"
                                }
                                .joined(separator: ", ")
                        }.joined(separator: "; ")),
                    .tag("figcaption", [], [.text("Clinical hours a year by intervention, coloured by role.")]),
                ]),
            table(
                caption: "Demand and who does the work",
                header: [
                    "Intervention", "Episodes demanded", "Episodes met", "Hours per episode", "Hours a year by role",
                ],
                rows: rows),
        ]
        if !design.supervision.isEmpty {
            markup.append(
                table(
                    caption: "Supervision, hours a year", header: ["Supervisor", "Supervises", "Hours"],
                    rows: design.supervision.map {
                        [.text(roleName($0.from)), .text(roleName($0.to)), .text(Formatting.number($0.hours))]
                    }, numericFrom: 2))
        }
        return markup
    }

    private var explanation: [Markup] {
        var markup: [Markup] = [.heading(2, "Why this team", id: "why"), .bulletList(design.explanation.binding)]
        if !design.explanation.prices.isEmpty {
            markup.append(.heading(3, "What things are worth"))
            markup.append(.bulletList(design.explanation.prices.map(\.text)))
        }
        if let next = design.explanation.nextRole {
            markup.append(.heading(3, "The next role to add"))
            markup.append(.paragraph(next))
        }
        if !design.explanation.unused.isEmpty {
            markup.append(.heading(3, "Roles not in the design"))
            markup.append(.bulletList(design.explanation.unused))
        }
        return markup
    }

    private func optionCards(_ options: [TeamDesign.Alternative]) -> Markup {
        .tag(
            "div", [("class", "card-grid")],
            options.map { option in
                .tag(
                    "div", [("class", "card")],
                    [
                        .heading(3, option.title),
                        .paragraph(option.summary),
                        .paragraph("\(Formatting.wte(option.totalWTE)) WTE, \(Formatting.pounds(option.cost)) a year."),
                        .bulletList(option.posts.map { "\($0.name): \(Formatting.wte($0.wte)) WTE" }),
                    ])
            })
    }

    private var alternatives: [Markup] {
        var markup: [Markup] = [.heading(2, "Alternatives", id: "alternatives")]
        if design.alternatives.isEmpty {
            markup.append(.paragraph("No other mix of roles can do this work under the rules you set."))
        } else {
            markup.append(
                .paragraph(
                    "Other teams that do the same work, each without one of the design's roles or with less of it."))
            markup.append(optionCards(design.alternatives))
        }
        if !design.newRoles.isEmpty {
            markup.append(.heading(2, "What a new role would change", id: "new-roles"))
            markup.append(optionCards(design.newRoles))
        }
        return markup
    }

    private var sensitivity: [Markup] {
        guard !design.sensitivity.isEmpty else { return [] }
        return [
            .heading(2, "If things change", id: "sensitivity"),
            table(
                caption: "The design redone with one thing changed",
                header: ["What changes", "WTE", "Cost a year", "Episodes met", "Team"],
                rows: design.sensitivity.map { scenario in
                    [
                        .text(scenario.label), .text(Formatting.wte(scenario.totalWTE)),
                        .text(Formatting.pounds(scenario.cost)),
                        .text(
                            "\(Formatting.number(scenario.episodesMet)) of \(Formatting.number(scenario.episodesDemanded))"
                        ),
                        .text(scenario.posts.map { "\($0.name) \(Formatting.wte($0.wte))" }.joined(separator: ", ")),
                    ]
                }),
        ]
    }

    private var comparison: [Markup] {
        guard let comparison = design.comparison else { return [] }
        return [
            .heading(2, "Compared with your current team", id: "comparison"),
            .paragraph(comparison.summary),
            table(
                caption: "Your team now and the design", header: ["Role", "Now (WTE)", "Design (WTE)", "What to do"],
                rows: comparison.lines.map {
                    [
                        .text($0.name), .text(Formatting.wte($0.current)), .text(Formatting.wte($0.proposed)),
                        .text($0.action),
                    ]
                }, numericFrom: 1),
        ]
    }

    private var figures: [Markup] {
        let assumptions = design.parameters.filter { $0.parameter.basis == .assumption }.count
        return [
            .heading(2, "The figures behind this design", id: "figures"),
            .paragraph(
                "\(design.parameters.count) figures went into this design; \(assumptions) of them are assumptions, "
                    + "where no published figure was found. Change them on the form to match your service."),
            .parameterTable(design.parameters, in: catalogue),
        ] + (design.notes.isEmpty ? [] : [.heading(3, "Notes"), .bulletList(design.notes)])
    }

    private var downloads: [Markup] {
        [
            .heading(2, "Download", id: "download"),
            .tag(
                "ul", [("class", "list")],
                DesignExportFormat.allCases.map { format in
                    .tag("li", [], [.link(format.label, to: .designExport(id, format))])
                }),
            .tag("p", [], [.link("Design another team", to: .designStart, class: "button secondary")]),
        ]
    }
}
