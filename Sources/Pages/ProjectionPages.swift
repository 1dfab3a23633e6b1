import Plot
import Workforce

/// The projection form: where, how far, how many runs, the target, and the planner's own figures.
public struct ProjectionFormPage: Sendable {
    public let catalogue: Catalogue
    public let values: [String: String]
    public let problem: (field: String?, message: String)?
    /// The form's cross-site token (also set as a cookie), for browsers that send neither Origin nor
    /// Sec-Fetch-Site.
    public var csrfToken: String?

    public init(
        catalogue: Catalogue, values: [String: String]? = nil, problem: (field: String?, message: String)? = nil,
        csrfToken: String? = nil
    ) {
        self.csrfToken = csrfToken
        self.catalogue = catalogue
        self.values = values ?? ProjectionScenario().formValues()
        self.problem = problem
    }

    public func render() -> String {
        typealias Field = ProjectionScenario.FormField
        var content: [Markup] = [.heading(1, "Project the workforce")]
        var form = FormFields(values: values, problem: problem)
        let boardSetInForce = catalogue.regions?.boardSet(on: catalogue.asOf)
        if form.values[Field.geography] == "boards", let boardSetInForce {
            form.values[Field.geography] = "boards-\(boardSetInForce.id)"
        }
        if let summary = form.errorSummary() { content.append(summary) }
        let defaults = catalogue.projection
        content.append(
            .paragraph(
                "See how the psychological professions workforce may grow from \(defaults.map { String($0.baseYear) } ?? "today") "
                    + "through training, leaving and moves between roles, how sure that is, and where and when it falls "
                    + "short of the target. Leave any field blank to use Skillmix's default, which the result lists "
                    + "with its source or marks as an assumption.", class: "lede"))
        if let published = defaults?.published, !published.isEmpty {
            content.append(.heading(2, "What is published"))
            content.append(
                .paragraph(
                    "National totals and a few role figures are published; counts by role and by region mostly are "
                        + "not, so the projection splits the national figure among roles and places (an assumption it "
                        + "labels). Use your own figures below if you have them."))
            content.append(
                .dataTable(
                    caption: "Published figures and where they come from",
                    header: ["Figure", "Value", "Basis", "Source and notes"],
                    rows: published.map { item in
                        let sources = item.figure.sources.map { catalogue.source($0)?.publisher ?? $0.rawValue }
                        return [
                            .text(item.label), .text("\(Formatting.value(item.figure.value)) \(item.unit)"),
                            .text(item.figure.basis.label),
                            .text((sources + [item.figure.note].compactMap { $0 }).joined(separator: ". ")),
                        ]
                    }, numericFrom: 9))
        }
        var roleRows: [Markup] = []
        for entry in defaults?.roles ?? [] {
            let id = entry.role.rawValue
            let name = catalogue.role(entry.role)?.name ?? id
            roleRows.append(
                .tag(
                    "fieldset", [("class", "field-group")],
                    [
                        .tag("legend", [], [.tag("h3", [], [.text(name)])]),
                        .tag(
                            "div", [("class", "field-row")],
                            [
                                form.number(Field.baseline(id), label: "Starting WTE"),
                                form.number(
                                    Field.leaverRate(id), label: "Leaver rate (%)",
                                    hint: "Default \(Formatting.value(entry.leaverRate.value * 100))%"),
                                form.number(
                                    Field.intake(id), label: "Intake a year",
                                    hint: entry.intake.map { "Default \(Formatting.number($0.value))" }),
                                form.number(
                                    Field.target(id), label: "Target WTE (optional)",
                                    hint: "In the target year, in place of its share of the national target"),
                                form.number(
                                    Field.capacity(id), label: "Training capacity a year (optional)",
                                    hint: "For commissioning; default "
                                        + Formatting.value(
                                            defaults?.capacityMultiple?.value
                                                ?? ProjectionScenario.fallbackCapacityMultiple)
                                        + " times today's intake"),
                            ]),
                    ]))
        }
        content.append(
            .tag(
                "form", [("method", "post"), ("action", SiteRoute.projectionStart.path), ("novalidate", "novalidate")],
                FormFields.crossSiteToken(csrfToken) + [
                    .tag(
                        "fieldset", [],
                        [
                            .tag("legend", [], [.tag("h2", [], [.text("The projection")])]),
                            form.radios(
                                Field.mode, legend: "What do you want to know?",
                                [
                                    ("project", "How today's training commissions play out", nil),
                                    (
                                        "commission", "The least-cost training commissions that meet the target",
                                        "Solves a linear programme for each place, then projects the plan with its uncertainty."
                                    ),
                                ]),
                            form.text(Field.name, label: "A name for this scenario (optional)"),
                            form.radios(
                                Field.geography, legend: "Places",
                                [("regions", "The 7 NHS England regions", nil)]
                                    + (catalogue.regions?.boardSets.reversed() ?? []).map { set in
                                        (
                                            "boards-\(set.id)", "The \(set.boards.count) integrated care boards",
                                            set == boardSetInForce
                                                ? "In force since \(set.effectiveFrom.text)."
                                                : "From \(set.effectiveFrom.text), to match figures published on them."
                                        )
                                    }),
                            .tag(
                                "div", [("class", "field-row")],
                                [
                                    form.number(
                                        Field.years, label: "Years ahead", hint: "1 to 20", inputMode: "numeric"),
                                    form.number(
                                        Field.runs, label: "Runs", hint: "More runs, surer percentiles: up to 20,000",
                                        inputMode: "numeric"),
                                    form.number(
                                        Field.seed, label: "Seed", hint: "The same seed gives the same answer",
                                        inputMode: "numeric"),
                                ]),
                        ]),
                    .tag(
                        "fieldset", [],
                        [
                            .tag("legend", [], [.tag("h2", [], [.text("The target and the training")])]),
                            .tag(
                                "div", [("class", "field-row")],
                                [
                                    form.number(
                                        Field.targetAdditional, label: "Posts to add",
                                        hint: defaults.map {
                                            "Default \(Formatting.number($0.targetAdditional.value)) (the 2023 Long Term Workforce Plan)"
                                        }, inputMode: "numeric"),
                                    form.number(
                                        Field.targetYear, label: "By the year",
                                        hint: defaults.map { "Default \($0.targetYear)" }, inputMode: "numeric"),
                                    form.number(
                                        Field.intakeScale, label: "Training intake (% of the defaults)",
                                        hint: "100 keeps today's commissions"),
                                ]),
                            .paragraph("For the least-cost commissions:", class: "hint"),
                            .tag(
                                "div", [("class", "field-row")],
                                [
                                    form.number(
                                        Field.trainingBudget, label: "Training budget, pounds a year (optional)",
                                        hint: "Trainee salaries with on-costs, nationally", inputMode: "numeric"),
                                    form.number(
                                        Field.supervisionRatio, label: "New places per supervisor",
                                        hint:
                                            "Default \(Formatting.value(ProjectionScenario.defaultSupervisionRatio)) a year per supervising WTE (an assumption)"
                                    ),
                                    form.number(
                                        Field.planningMargin, label: "Planning margin (%)",
                                        hint:
                                            "Default \(Formatting.percent(ProjectionScenario.defaultPlanningMargin)) above each target"
                                    ),
                                    form.number(
                                        Field.rampLimit, label: "Ramp limit (%)",
                                        hint:
                                            "Most a programme's places grow or shrink in a year; default "
                                            + Formatting.percent(
                                                defaults?.rampLimit?.value ?? ProjectionScenario.fallbackRampLimit)),
                                ]),
                            payYearChoice(form, name: Field.payYear, catalogue: catalogue),
                        ]),
                    .tag(
                        "fieldset", [],
                        [.tag("legend", [], [.tag("h2", [], [.text("Roles (optional)")])])] + roleRows),
                    .tag(
                        "fieldset", [],
                        [
                            .tag("legend", [], [.tag("h2", [], [.text("Your own starting workforce (optional)")])]),
                            form.textArea(
                                Field.baselineCSV, label: "Paste CSV",
                                hint: "A header row, then one row per place and role: region,role,wte and, if you "
                                    + "have them, trainees_year1,trainees_year2,trainees_year3. Region is an id or a "
                                    + "name of the places chosen above; role is a role id such as clinical-psychologist."
                            ),
                        ]),
                    .tag("button", [("class", "button"), ("type", "submit")], [.text("Project the workforce")]),
                ]))
        if let regions = catalogue.regions, let boardSetInForce { content.append(boards(boardSetInForce, regions)) }
        return Layout(
            title: problem == nil ? "Project the workforce" : "Error: project the workforce", section: .planning,
            breadcrumbs: [("Home", .home)], catalogueVersion: catalogue.stamp.version
        ).render(content)
    }
}

extension ProjectionFormPage {
    /// The boards in force, with their codes and where each population comes from; a code or figure that is
    /// not published says so.
    func boards(_ set: BoardSet, _ regions: RegionsData) -> Markup {
        let regionNames = Dictionary(uniqueKeysWithValues: regions.regions.map { ($0.id, $0.name) })
        return .tag(
            "details", [],
            [
                .tag(
                    "summary", [],
                    [.text("The \(set.boards.count) integrated care boards in force since \(set.effectiveFrom.text)")]),
                .paragraph(
                    "A board formed from others has their published populations added up, or a share of each where "
                        + "a board was split; those figures are derived, and the sum is shown."),
                .dataTable(
                    caption: "Integrated care boards and their populations",
                    header: ["Board", "Code", "Region", "Population", "Where it comes from"],
                    rows: set.boards.map { board in
                        let population = regions.population(of: board)
                        return [
                            .text(board.name),
                            .text((board.code ?? "Not published") + (board.codeNote == nil ? "" : " (not confirmed)")),
                            .text(regionNames[board.region] ?? board.region),
                            .text(population.map { Formatting.number($0.value) } ?? "Not published"),
                            .text(population.map { $0.sum.map { "Derived: \($0)" } ?? "Published" } ?? "Missing"),
                        ]
                    }, numericFrom: 3),
            ])
    }
}

/// A saved projection: the whole workforce against the target with its uncertainty, each role, each place,
/// and every figure used.
public struct ProjectionResultPage: Sendable {
    public let catalogue: Catalogue
    public let id: String
    public let createdAt: String
    public let report: ProjectionReport

    public init(catalogue: Catalogue, id: String, createdAt: String, report: ProjectionReport) {
        self.catalogue = catalogue
        self.id = id
        self.createdAt = createdAt
        self.report = report
    }

    public func render() -> String {
        let total = report.total
        let last = report.years.count - 1
        let finalYear = report.years[last]
        var content: [Markup] = [
            .heading(1, report.scenario.name.map { "Projection: \($0)" } ?? "Workforce projection")
        ]
        let shortfall =
            total.firstLikelyShortfall.map {
                "More likely than not to fall short of the target from \(report.years[$0])."
            }
            ?? "In at least half the runs the workforce meets the target every year."
        content.append(
            .tag(
                "dl", [("class", "facts")],
                [
                    fact("Workforce in \(finalYear) (middle run)", "\(Formatting.number(total.p50[last])) WTE"),
                    fact(
                        "Likely range (P10 to P90)",
                        "\(Formatting.number(total.p10[last])) to \(Formatting.number(total.p90[last])) WTE"),
                    fact("Target in \(finalYear)", "\(Formatting.number(total.target[last])) WTE"),
                    fact("Chance of missing it", Formatting.percent(total.probabilityBelowTarget[last])),
                    fact(
                        "Runs and seed",
                        "\(Formatting.number(Double(report.scenario.runs))) runs, seed \(report.scenario.seed)"),
                    fact("Catalogue", "version \(report.catalogueVersion), saved \(createdAt)"),
                ]))
        content.append(.paragraph(shortfall))
        content.append(
            .tag(
                "p", [("class", "inset")],
                [.text("This page has a private address: anyone with the link can see this projection.")]))
        if let plan = report.commissioning { content += commissioning(plan) }
        content.append(.heading(2, "The whole workforce", id: "total"))
        content.append(fan(total, id: "fan-total"))
        content.append(legend)
        content.append(yearTable(total, caption: "The whole workforce by year (WTE)"))
        content.append(.heading(2, "Where it falls short in \(finalYear)", id: "places"))
        if report.scenario.baselineCSV == nil {
            content.append(
                .caution(
                    "Every place here starts as its population share of the national figures, because no figures for "
                        + "places are published. So a place's chance of missing its target is the nation's, and tells "
                        + "you nothing about the place itself. Paste your own starting workforce to see your place's."))
        }
        let short = report.places.filter { $0.gap < 0 }.sorted { $0.gap < $1.gap }
        if short.isEmpty {
            content.append(.paragraph("On average every place meets its share of the target."))
        } else {
            let chart = BarChartSVG(
                bars: short.map {
                    .init(label: $0.name, segments: [(3, -$0.gap)], valueText: "\(Formatting.number(-$0.gap)) short")
                },
                series: ["Shortfall"])
            content.append(
                .tag(
                    "figure", [("class", "chart-figure")],
                    [
                        chart.render(
                            id: "chart-gap", title: "Average shortfall against the target by place in \(finalYear)",
                            description: short.map { "\($0.name): \(Formatting.number(-$0.gap)) WTE short" }
                                .joined(separator: "; ")),
                        .tag(
                            "figcaption", [],
                            [.text("Average WTE below the target, by place. The table gives every place.")]),
                    ]))
        }
        content.append(
            table(
                caption: "Every place in \(finalYear): mean WTE over the runs against its target",
                header: ["Place", "Mean WTE", "Target", "Gap"],
                rows: report.places.map {
                    [
                        $0.name, Formatting.number($0.finalMean), Formatting.number($0.finalTarget),
                        Formatting.number($0.gap),
                    ]
                }))
        content.append(
            table(
                caption: "Each place's whole workforce in \(finalYear)",
                header: ["Place", "Middle run", "P10 to P90", "Target", "Chance below target"],
                rows: report.places.map { place in
                    [
                        place.name, Formatting.number(place.series.p50[last]),
                        "\(Formatting.number(place.series.p10[last])) to \(Formatting.number(place.series.p90[last]))",
                        Formatting.number(place.series.target[last]),
                        Formatting.percent(place.series.probabilityBelowTarget[last]),
                    ]
                }))
        for (index, place) in report.places.enumerated() {
            content.append(
                .tag(
                    "details", [],
                    [
                        .tag("summary", [], [.text("\(place.name): fan chart and figures by year")]),
                        fan(place.series, id: "fan-place-\(index)"),
                        yearTable(place.series, caption: "\(place.name) by year (WTE)"),
                    ]))
        }
        content.append(.heading(2, "Each role", id: "roles"))
        content.append(
            table(
                caption: "Each role in \(finalYear)",
                header: ["Role", "Start", "Middle run", "P10 to P90", "Target", "Chance below target"],
                rows: report.roles.map { role in
                    [
                        role.name, Formatting.number(role.baseline), Formatting.number(role.p50[last]),
                        "\(Formatting.number(role.p10[last])) to \(Formatting.number(role.p90[last]))",
                        Formatting.number(role.target[last]), Formatting.percent(role.probabilityBelowTarget[last]),
                    ]
                }))
        for (index, role) in report.roles.enumerated() where role.p90.contains(where: { $0 > 0 }) {
            content.append(
                .tag(
                    "details", [],
                    [
                        .tag("summary", [], [.text("\(role.name): fan chart and figures by year")]),
                        fan(role, id: "fan-\(index)"),
                        yearTable(role, caption: "\(role.name) by year (WTE)"),
                    ]))
        }
        content.append(.heading(2, "The figures behind this projection", id: "figures"))
        content.append(.bulletList(report.notes))
        content.append(
            table(
                caption: "Figures used, with their basis and sources",
                header: ["Figure", "Value", "Basis", "Sources and notes"],
                rows: report.parameters.map { use in
                    let sources = use.parameter.sources.map { catalogue.source($0)?.publisher ?? $0.rawValue }
                    return [
                        use.label, "\(Formatting.value(use.value)) \(use.unit)", use.parameter.basis.label,
                        (sources + [use.parameter.note].compactMap { $0 }).joined(separator: ". "),
                    ]
                }))
        content.append(.heading(2, "Download", id: "download"))
        content.append(
            .tag(
                "ul", [("class", "list")],
                [DesignExportFormat.csv, .json].map { format in
                    .tag(
                        "li", [],
                        [
                            .link(
                                format == .csv ? "CSV (for a spreadsheet)" : "JSON (scenario and results)",
                                to: .projectionExport(id, format))
                        ])
                }))
        content.append(
            .tag("p", [], [.link("Make another projection", to: .projectionStart, class: "button secondary")]))
        return Layout(
            title: "Workforce projection", section: .planning,
            breadcrumbs: [("Home", .home), ("Project the workforce", .projectionStart)],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    private func commissioning(_ plan: CommissioningPlan) -> [Markup] {
        let last = report.years.count - 1
        let middle = last / 2
        let span = "\(report.years[0]) to \(report.years[last])"
        var cumulative =
            "Trainee salaries over \(span) (with on-costs, summed from the table below): "
            + "\(Formatting.pounds(plan.cumulativeCost)) with the plan, \(Formatting.pounds(plan.defaultCumulativeCost)) "
            + "with today's commissions."
        if let perWTE = plan.costPerWTEGained, let final = plan.finalWorkforce, let before = plan.defaultFinalWorkforce
        {
            cumulative +=
                " The plan ends \(report.years[last]) with \(Formatting.number(final - before)) more WTE in post than "
                + "today's commissions (mean rates): \(Formatting.pounds(perWTE)) of extra salaries for each (derived: "
                + "the difference in salaries divided by the difference in WTE; the salaries include trainees who "
                + "qualify after \(report.years[last]), so it overstates the cost of the WTE gained by then)."
        }
        return [
            .heading(2, "Training places to commission", id: "commissioning"),
            plan.warnings.isEmpty
                ? .empty
                : .tag(
                    "div", [("class", "caution")],
                    [.heading(3, "Read this first"), .bulletList(plan.warnings)]),
            .paragraph(
                "The least-cost places by role and year that meet each target (with a "
                    + "\(Formatting.percent(plan.planningMargin)) margin) under the mean rates, within the supervisors "
                    + "available, each programme's capacity"
                    + (plan.rampLimit.map { " and a ramp of at most \(Formatting.percent($0)) a year" } ?? "")
                    + "\(plan.budget.map { ", and a training budget of \(Formatting.pounds($0)) a year" } ?? ""). "
                    + "\(plan.placesSolved) of \(plan.placesTotal) places solved"
                    + (plan.national == true ? " as one national plan" : "")
                    + ". The fan charts below project this plan."
            ),
            payYearNote(used: plan.payYear, catalogue: catalogue).map { note in
                plan.payYear == catalogue.payScale?.name ? .paragraph(note) : .caution(note)
            } ?? .empty,
            table(
                caption: "National training places a year",
                header: [
                    "Role", "Target", "Today a year", "Plan \(report.years[0])", "Plan \(report.years[middle])",
                    "Plan \(report.years[last])", "Capacity a year", "Short in \(report.years[last]) today",
                    "with the plan",
                ],
                rows: plan.roles.map { role in
                    [
                        role.name, role.targetBasis.map(Self.basisText) ?? "Not recorded",
                        Formatting.number(role.defaultPlaces[0]), Formatting.number(role.places[0]),
                        Formatting.number(role.places[middle]), Formatting.number(role.places[last]),
                        role.capacity.map(Formatting.number) ?? "Not recorded",
                        Formatting.number(role.shortfallBefore[last]), Formatting.number(role.shortfallAfter[last]),
                    ]
                }),
            .paragraph(cumulative),
            table(
                caption: "Trainee salaries a year (with on-costs)",
                header: ["Year", "Today's commissions", "The plan"],
                rows: report.years.indices.map { index in
                    [
                        String(report.years[index]), Formatting.pounds(plan.defaultCost[index]),
                        Formatting.pounds(plan.cost[index]),
                    ]
                }
                    + [
                        [
                            "Total", Formatting.pounds(plan.defaultCumulativeCost),
                            Formatting.pounds(plan.cumulativeCost),
                        ]
                    ]),
            plan.bindingLimits.isEmpty
                ? .empty
                : .tag(
                    "section", [("aria-labelledby", "binding-limits")],
                    [
                        .heading(3, "Limits that bind", id: "binding-limits"),
                        .paragraph(
                            "Where a limit holds the plan back, and what one more place of room (or pound of budget) "
                                + "in each year it binds would be worth to the plan, counting a WTE short of the target at "
                                + "\(Formatting.pounds(plan.shortfallWeight)) a year (its shadow price). Worth most first."
                        ),
                        .bulletList(plan.bindingLimits.prefix(15).map(\.text)),
                    ]),
            .bulletList(plan.notes),
        ]
    }

    static func basisText(_ basis: CommissioningPlan.TargetBasis) -> String {
        switch basis {
        case .nationalShare: "Share of the national ambition"
        case .groupTarget: "Share of your group target"
        case .ownTarget: "Your target"
        case .keepIntake: "None: keeps today's intake"
        }
    }

    private var legend: Markup {
        .tag(
            "p", [("class", "hint")],
            [
                .tag("span", [("class", "legend-swatch legend-band"), ("aria-hidden", "true")], []),
                .text("P10 to P90 of the runs"),
                .tag("span", [("class", "legend-swatch legend-median"), ("aria-hidden", "true")], []),
                .text("middle run (P50)"),
                .tag("span", [("class", "legend-swatch legend-target"), ("aria-hidden", "true")], []), .text("target"),
            ])
    }

    private func fan(_ series: ProjectionReport.Series, id: String) -> Markup {
        let last = report.years.count - 1
        return FanChartSVG(
            years: report.years, p10: series.p10, p50: series.p50, p90: series.p90, target: series.target
        )
        .render(
            id: id, title: "\(series.name): projected WTE against the target",
            description: "In \(report.years[last]) the middle run is \(Formatting.number(series.p50[last])) WTE, "
                + "P10 \(Formatting.number(series.p10[last])), P90 \(Formatting.number(series.p90[last])), against a "
                + "target of \(Formatting.number(series.target[last])). The table below gives every year.")
    }

    private func yearTable(_ series: ProjectionReport.Series, caption: String) -> Markup {
        table(
            caption: caption, header: ["Year", "P10", "P50", "P90", "Target", "Chance below target"],
            rows: report.years.indices.map { index in
                [
                    String(report.years[index]), Formatting.number(series.p10[index]),
                    Formatting.number(series.p50[index]),
                    Formatting.number(series.p90[index]), Formatting.number(series.target[index]),
                    Formatting.percent(series.probabilityBelowTarget[index]),
                ]
            })
    }

    private func fact(_ term: String, _ value: String) -> Markup { .fact(term, value) }

    private func table(caption: String, header: [String], rows: [[String]]) -> Markup {
        .dataTable(caption: caption, header: header, rows: rows.map { $0.map { .text($0) } }, numericFrom: 1)
    }
}

/// Saved projections side by side: what each asked, and what each found.
public struct ProjectionComparePage: Sendable {
    public let catalogue: Catalogue
    public let projections: [(id: String, report: ProjectionReport)]

    public init(catalogue: Catalogue, projections: [(id: String, report: ProjectionReport)]) {
        self.catalogue = catalogue
        self.projections = projections
    }

    public func render() -> String {
        func title(_ index: Int) -> String { projections[index].report.scenario.name ?? "Scenario \(index + 1)" }
        func row(_ label: String, _ value: (ProjectionReport) -> String) -> Markup {
            .tag(
                "tr", [],
                [.tag("th", [("scope", "row")], [.text(label)])]
                    + projections.map { .tag("td", [], [.text(value($0.report))]) })
        }
        func last(_ report: ProjectionReport) -> Int { report.years.count - 1 }
        let rows: [Markup] = [
            row("Places") { report in
                guard report.scenario.geography == .boards else { return "\(report.places.count) regions" }
                return "\(report.places.count) boards" + (report.scenario.boardSet.map { " (\($0) set)" } ?? "")
            },
            row("Years") { "\($0.years.first ?? 0) to \($0.years.last ?? 0)" },
            row("Runs and seed") { "\(Formatting.number(Double($0.scenario.runs))), seed \($0.scenario.seed)" },
            row("Training intake") { Formatting.percent($0.scenario.intakeScale) + " of the defaults" },
            row("Commissions") { $0.commissioning == nil ? "Today's" : "Least-cost plan" },
            row("Target in the final year") { Formatting.number($0.total.target[last($0)]) },
            row("Middle run in the final year") { Formatting.number($0.total.p50[last($0)]) },
            row("P10 to P90") {
                "\(Formatting.number($0.total.p10[last($0)])) to \(Formatting.number($0.total.p90[last($0)]))"
            },
            row("Chance of missing the target in the final year") {
                Formatting.percent($0.total.probabilityBelowTarget[last($0)])
            },
            row("First year more likely short than not") { report in
                report.total.firstLikelyShortfall.map { String(report.years[$0]) } ?? "None"
            },
            row("Trainee salaries over the whole horizon") { report in
                report.commissioning.map { Formatting.pounds($0.cumulativeCost) } ?? "Not computed"
            },
            row("Catalogue version") { $0.catalogueVersion },
        ]
        var content: [Markup] = [
            .heading(1, "Compare projections"),
            .tag(
                "div", [("class", "table-wrap")],
                [
                    .tag(
                        "table", [],
                        [
                            .tag("caption", [], [.text("The scenarios side by side")]),
                            .tag(
                                "thead", [],
                                [
                                    .tag(
                                        "tr", [],
                                        [.tag("td", [], [])]
                                            + projections.indices.map { index in
                                                .tag(
                                                    "th", [("scope", "col")],
                                                    [.link(title(index), to: .projection(projections[index].id))])
                                            })
                                ]),
                            .tag("tbody", [], rows),
                        ])
                ]),
        ]
        for (index, entry) in projections.enumerated() {
            let report = entry.report
            content.append(.heading(2, title(index)))
            content.append(
                FanChartSVG(
                    years: report.years, p10: report.total.p10, p50: report.total.p50, p90: report.total.p90,
                    target: report.total.target
                ).render(
                    id: "compare-\(index)", title: "\(title(index)): the whole workforce against the target",
                    description: "Middle run \(Formatting.number(report.total.p50[report.years.count - 1])) WTE in "
                        + "\(report.years.last ?? 0) against a target of "
                        + "\(Formatting.number(report.total.target[report.years.count - 1])); the table above gives the figures."
                ))
        }
        return Layout(
            title: "Compare projections", section: .planning,
            breadcrumbs: [("Home", .home), ("Project the workforce", .projectionStart)],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }
}
