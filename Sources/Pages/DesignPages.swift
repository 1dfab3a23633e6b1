import Plot
import Workforce

/// The team designer's start page: the service models to design for.
public struct DesignStartPage: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    public func render() -> String {
        let cards: [Markup] = catalogue.serviceModels.map { model in
            .tag(
                "div", [("class", "card")],
                [
                    .tag("h2", [("class", "card-title")], [.link(model.name, to: .designForm(model.id.rawValue))]),
                    .paragraph(model.summary),
                    .paragraph(
                        "Roles it can use: "
                            + model.staff.map { catalogue.role($0.role)?.name ?? $0.role.rawValue }.joined(
                                separator: ", ")
                            + "."),
                    .paragraph("What it offers: " + model.interventions.map(\.name).joined(separator: ", ") + "."),
                ])
        }
        return Layout(
            title: "Design a team", section: .design, breadcrumbs: [("Home", .home)],
            catalogueVersion: catalogue.stamp.version
        ).render(
            [
                .heading(1, "Design a team"),
                .paragraph(
                    "Choose a kind of service. Skillmix works out the least-cost team that meets its demand under "
                        + "the rules on supervision and scope of practice, explains why, and shows alternatives, "
                        + "including what a new role would change.", class: "lede"),
                .paragraph(
                    "Every default figure shows its source, or says that it is an assumption. Change any of them to "
                        + "match your service."),
                .tag("div", [("class", "card-grid")], cards),
            ])
    }
}

/// The design form for one service model, filled with its defaults, the person's last entries, or a saved
/// design's inputs; with an error summary when the last submission had a problem.
public struct DesignFormPage: Sendable {
    public let catalogue: Catalogue
    public let model: ServiceModel
    public let values: [String: String]
    public let unavailable: Set<Role.ID>
    /// The field at fault (a form field name) and the message, when the last submission failed.
    public let problem: (field: String?, message: String)?
    /// For a design no team can satisfy: the constraints that conflict.
    public let conflicts: [String]
    /// The form's cross-site token (also set as a cookie), for browsers that send neither Origin nor
    /// Sec-Fetch-Site.
    public var csrfToken: String?
    /// The model's default design beside its published reference team, shown after the form.
    public var reference: ReferenceComparison?
    /// The defaults that move the default team most, shown after the form.
    public var sensitive: [DefaultSensitivity]

    public init(
        catalogue: Catalogue, model: ServiceModel, input: DesignInput? = nil, values: [String: String]? = nil,
        problem: (field: String?, message: String)? = nil, conflicts: [String] = [], csrfToken: String? = nil,
        reference: ReferenceComparison? = nil, sensitive: [DefaultSensitivity] = []
    ) {
        self.reference = reference
        self.sensitive = sensitive
        self.csrfToken = csrfToken
        self.catalogue = catalogue
        self.model = model
        let input = input ?? DesignInput(service: model.id)
        self.values = values ?? input.formValues(model: model)
        self.unavailable = Set(input.unavailable)
        self.problem = problem
        self.conflicts = conflicts
    }

    public func render() -> String {
        var content: [Markup] = [.heading(1, "Design a team: \(model.name)")]
        let more: [Markup] =
            conflicts.isEmpty ? [] : [.paragraph("These cannot all hold at once:"), .bulletList(conflicts)]
        if let summary = fields.errorSummary(more: more) { content.append(summary) }
        content.append(.paragraph(model.summary, class: "lede"))
        content.append(form)
        if let reference { content.append(.referenceTeam(reference, catalogue: catalogue)) }
        if !sensitive.isEmpty { content.append(.sensitiveDefaults(sensitive, catalogue: catalogue)) }
        return Layout(
            title: problem == nil ? "Design a team: \(model.name)" : "Error: design a team: \(model.name)",
            section: .design, breadcrumbs: [("Home", .home), ("Design a team", .designStart)],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    private var fields: FormFields { FormFields(values: values, problem: problem) }

    private var form: Markup {
        typealias Field = DesignInput.FormField
        var demand: [Markup] = [.tag("legend", [], [.tag("h2", [], [.text("Demand")])])]
        demand.append(.paragraph("Demand is \(model.demandUnit)."))
        if let population = model.population {
            demand.append(
                fields.radios(
                    Field.demandBasis, legend: "How do you want to give demand?",
                    [
                        ("episodes", "As episodes a year for each intervention", nil),
                        (
                            "population", "As a population, a prevalence and an access rate",
                            "Skillmix splits the people among the interventions by the shares shown on the result."
                        ),
                    ]))
            demand.append(
                .tag(
                    "div", [("class", "field-group")],
                    [
                        .heading(3, "Population"),
                        fields.number(
                            Field.population, label: "Population: \(population.populationLabel)",
                            hint: provenance(population.population), inputMode: "numeric"),
                        fields.number(
                            Field.prevalence, label: "Prevalence (%)", hint: provenance(population.prevalence),
                            suffix: "%"),
                        fields.number(
                            Field.accessRate, label: "Access rate (%)", hint: provenance(population.accessRate),
                            suffix: "%"),
                    ]))
        }
        demand.append(.heading(3, "Episodes a year"))
        for intervention in model.interventions {
            demand.append(
                fields.number(
                    Field.demand(intervention.id), label: intervention.name,
                    hint: "\(intervention.summary) About \(Formatting.wte(intervention.hoursPerEpisode)) hours of "
                        + "clinician time per episode. The default, \(Formatting.number(intervention.episodes.value)), is "
                        + provenance(intervention.episodes).inSentence,
                    inputMode: "numeric"))
        }
        var roles: [Markup] = [
            .tag("legend", [], [.tag("h2", [], [.text("Roles")])]),
            .paragraph(
                "Leave these blank to let Skillmix choose freely. Enter your current team to see how far it is "
                    + "from the design."),
        ]
        for staff in model.staff {
            let role = catalogue.role(staff.role)
            let name = role?.name ?? staff.role.rawValue
            let checkID = FormFields.inputID("unavailable-\(staff.role)")
            roles.append(
                .tag(
                    "fieldset", [("class", "field-group")],
                    [
                        .tag("legend", [], [.tag("h3", [], [.text(name)])]),
                        .paragraph(
                            "Costed at \(staff.band.description). Needs \(Formatting.number(staff.supervisionReceived.value)) "
                                + "hours of supervision a year per WTE."
                                + (staff.supervisionGiven.map {
                                    " May give up to \(Formatting.number($0.value)) hours of supervision a year per WTE."
                                } ?? ""),
                            class: "hint"),
                        .tag(
                            "div", [("class", "checkbox")],
                            [
                                .voidTag(
                                    "input",
                                    [
                                        ("type", "checkbox"), ("id", checkID), ("name", Field.unavailable(staff.role)),
                                        ("value", "yes"),
                                        ("checked", unavailable.contains(staff.role) ? "checked" : nil),
                                    ]),
                                .tag("label", [("for", checkID)], [.text("Cannot be recruited")]),
                            ]),
                        .tag(
                            "div", [("class", "field-row")],
                            [
                                fields.number(Field.minimum(staff.role), label: "At least (WTE)"),
                                fields.number(Field.maximum(staff.role), label: "At most (WTE)"),
                                fields.number(Field.current(staff.role), label: "In post now (WTE)"),
                            ]),
                    ]))
        }
        return .tag(
            "form",
            [
                ("method", "post"), ("action", SiteRoute.designForm(model.id.rawValue).path),
                ("novalidate", "novalidate"),
            ],
            FormFields.crossSiteToken(csrfToken) + [
                .tag("fieldset", [], demand),
                .tag(
                    "fieldset", [],
                    [
                        .tag("legend", [], [.tag("h2", [], [.text("Budget and posts")])]),
                        fields.number(
                            Field.budget, label: "Budget, pounds a year (optional)",
                            hint: "Leave blank for the cheapest team that meets all demand. With a budget, the design "
                                + "meets as much need as the budget allows. Include on-costs.", inputMode: "numeric"),
                        fields.radios(
                            Field.posts, legend: "Post sizes",
                            [
                                ("continuous", "Any size (for example 2.3 WTE)", nil),
                                ("half", "Half posts (0.5 WTE steps)", nil), ("whole", "Whole posts only", nil),
                            ]),
                        fields.radios(
                            Field.onCosts, legend: "Pension on-costs",
                            [
                                (
                                    "full", "Full employer rate",
                                    "The true cost, including the part NHS England pays centrally."
                                ),
                                ("local", "Local rate", "What a trust pays from its own budget."),
                            ]),
                        fields.radios(
                            Field.payPoint, legend: "Pay point",
                            [
                                (
                                    "top", "Top of the band",
                                    "A budget that still holds once staff reach the top of their band."
                                ),
                                ("entry", "Entry point of the band", nil),
                            ]),
                        payYearChoice(fields, name: Field.payYear, catalogue: catalogue),
                    ]),
                .tag("fieldset", [], roles),
                .tag("button", [("class", "button"), ("type", "submit")], [.text("Design the team")]),
            ])
    }

    private func provenance(_ parameter: Parameter) -> String {
        var text = parameter.basis.label
        if let note = parameter.note { text += ": " + note } else { text += "." }
        if !parameter.sources.isEmpty {
            text +=
                " Source: "
                + parameter.sources.map { catalogue.source($0)?.publisher ?? $0.rawValue }
                .joined(separator: "; ") + "."
        }
        return text
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
