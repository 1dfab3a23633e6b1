import Plot
import Workforce

/// "Introducing this role", for employers: what the role adds, the service models it fits, the supervision it
/// needs, what a post costs, training and its funding, the time to a qualified person in post, and governance.
/// Everything comes from the catalogue with its sources; what the catalogue does not yet hold is said plainly.
/// It prints on A4 for a business case meeting.
public struct IntroducingRolePage: Sendable {
    public let catalogue: Catalogue
    public let introduction: RoleIntroduction
    public let query: BusinessCaseQuery
    public let businessCase: BusinessCase?
    /// The business case form's field at fault and the message, when the query could not be answered.
    public let problem: (field: String?, message: String)?

    public init(
        catalogue: Catalogue, introduction: RoleIntroduction, query: BusinessCaseQuery = BusinessCaseQuery(),
        businessCase: BusinessCase? = nil, problem: (field: String?, message: String)? = nil
    ) {
        self.catalogue = catalogue
        self.introduction = introduction
        self.query = query
        self.businessCase = businessCase
        self.problem = problem
    }

    var role: Role { introduction.role }

    func name(_ id: Role.ID) -> String { catalogue.role(id)?.name ?? id.rawValue }

    public func render() -> String {
        var content: [Markup] = [
            .tag("span", [("class", "caption")], [.text("For employers")]),
            .heading(1, "Introducing the \(role.name.lowercasedFirst) role"),
            .paragraph(role.summary, class: "lede"),
            .heading(2, "What the role adds to a team"),
            .bulletList(role.capabilities),
            .citation(role.factSources[.capabilities] ?? [], in: catalogue),
            .paragraph(
                "The limits of the role's scope are not yet in Skillmix's catalogue: the competence framework of its "
                    + "training programme sets them."),
        ]
        content += fitsSection + costSection
        content += businessCaseSection
        content += trainingSection + timelineSection
        content += [
            .heading(2, "Governance"),
            role.registration.isEmpty
                ? .paragraph("The sources record no registration for this role.") : .bulletList(role.registration),
            .citation(role.factSources[.registration] ?? [], in: catalogue),
        ]
        content += employersSection + Markup.voices(about: role, in: catalogue)
        content += [
            .heading(2, "All sources for this role"),
            .sourceList(role.allSources, in: catalogue),
            .tag("p", [], [.link("Back to the role's page", to: .role(role.id))]),
        ]
        return Layout(
            title: (problem == nil ? "" : "Error: ") + "Introducing the \(role.name.lowercasedFirst) role",
            section: .roles,
            breadcrumbs: [("Home", .home), ("Roles", .roles(RoleFilter())), (role.name, .role(role.id))],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    var fitsSection: [Markup] {
        var content: [Markup] = [.heading(2, "Service models it fits, and the supervision it needs")]
        guard !introduction.fits.isEmpty else {
            return content + [
                .paragraph(
                    "None of Skillmix's six service models staffs this role yet, so the team designer cannot cost it.")
            ]
        }
        for fit in introduction.fits {
            content.append(.heading(3, fit.model.name))
            var facts: [Markup] = [
                .fact(
                    "Delivers",
                    fit.interventions.isEmpty
                        ? "no intervention of this model directly"
                        : fit.interventions.map(\.name).joined(separator: "; ")),
                .fact("Costed at", fit.staff.band.description),
                .fact(
                    "Supervision it needs",
                    "\(Formatting.number(fit.staff.supervisionReceived.value)) hours a year per whole-time post "
                        + "(\(fit.staff.supervisionReceived.basis.label.lowercased()))"),
                .fact(
                    "Who in the team can give it",
                    fit.supervisors.isEmpty ? "nobody in this model" : fit.supervisors.map(name).joined(separator: ", ")
                ),
            ]
            if let given = fit.staff.supervisionGiven {
                facts.append(.fact("Supervision it can give", "up to \(Formatting.number(given.value)) hours a year"))
            }
            content.append(.tag("dl", [("class", "facts")], facts))
            content.append(
                .tag(
                    "p", [],
                    [.link("Design a team with this model: \(fit.model.name)", to: .designForm(fit.model.id.rawValue))])
            )
        }
        return content
    }

    var costSection: [Markup] {
        var content: [Markup] = [.heading(2, "What a post costs")]
        guard let scale = introduction.scale else {
            return content + [.paragraph("The catalogue has no pay scale in force.")]
        }
        let rows = [("While training", introduction.trainee), ("Once qualified", introduction.qualified)].compactMap {
            label, cost in
            cost.map { cost -> [Markup] in
                [
                    .text("\(label), \(cost.bands.description)"),
                    .text("\(Formatting.pounds(cost.payEntry)) to \(Formatting.pounds(cost.payTop))"),
                    .text("\(Formatting.pounds(cost.costEntry)) to \(Formatting.pounds(cost.costTop))"),
                ]
            }
        }
        guard !rows.isEmpty else {
            return content + [.paragraph("The catalogue records no band for this role, so a post cannot be costed.")]
        }
        content.append(
            .dataTable(
                caption: "One whole-time post a year, Agenda for Change \(scale.name)",
                header: ["Post", "Pay (entry to top point)", "Cost to the employer"], rows: rows, numericFrom: 1))
        content.append(
            .paragraph(
                "Derived: pay from Agenda for Change \(scale.name) (in force from \(scale.effectiveFrom.text), "
                    + "\(scale.basis.rawValue)); the cost to the employer adds the full employer pension rate, National "
                    + "Insurance above its threshold and the apprenticeship levy. "
                    + (introduction.onCosts ?? ""), class: "cite"))
        if role.training.salaried != true {
            content.append(
                .paragraph(
                    "Training for this role is not recorded as salaried, so the table shows the qualified post only."))
        }
        return content
    }

    var trainingSection: [Markup] {
        let training = role.training
        var facts: [Markup] = [
            .fact("Programme", training.programme),
            .fact("Length", training.lengthLabel),
            .fact("Funding", training.fundingLabel),
        ]
        if let level = training.level { facts.append(.fact("Level", level)) }
        if !training.providers.isEmpty { facts.append(.fact("Providers", training.providers.joined(separator: "; "))) }
        for intake in role.intake { facts.append(.fact(intake.label, intake.value)) }
        return [
            .heading(2, "Training and how it is funded"),
            .tag("dl", [("class", "facts")], facts),
            .citation((role.factSources[.training] ?? []) + (role.factSources[.intake] ?? []), in: catalogue),
        ]
    }

    var timelineSection: [Markup] {
        var content: [Markup] = [.heading(2, "From deciding to a qualified person in post")]
        guard let training = introduction.trainingMonths else {
            return content + [.paragraph("The training's length varies, so the catalogue gives no timeline.")]
        }
        let experience = introduction.experienceMonths ?? 0
        let chart = BarChartSVG(
            bars: [
                .init(
                    label: "Shortest route in", segments: [(0, Double(experience)), (1, Double(training))],
                    valueText: "\(experience + training) months")
            ], series: ["Experience the route asks for first", "Training to qualify"])
        content.append(
            chart.render(
                id: "timeline", title: "Months from deciding to a qualified person in post",
                description:
                    "\(experience) months of experience the shortest route asks for, then \(training) months of training."
            ))
        content.append(
            .dataTable(
                caption: "The timeline in months", header: ["Stage", "Months"],
                rows: [
                    [.text("Experience the shortest route in asks for first"), .text(String(experience))],
                    [.text("Training to qualify"), .text(String(training))],
                ], numericFrom: 1))
        content.append(
            .paragraph(
                "Derived from the role's training length and the routes into it. The time to recruit a trainee is not "
                    + "in the catalogue and is not included.", class: "cite"))
        return content
    }

    /// Published guides and frameworks, the risks services met and what they did, and salary support for
    /// trainees, with what the catalogue does not hold said plainly.
    var employersSection: [Markup] {
        let published = catalogue.introductions[role.id] ?? EmployerResources()
        var content: [Markup] = [.heading(2, "Guides, frameworks and job descriptions")]
        if published.resources.isEmpty {
            content.append(
                .paragraph(
                    "Skillmix has not yet found a published implementation guide, competence framework or job "
                        + "description for this role. Its sources below are where to look first."))
        } else {
            content.append(
                .tag(
                    "ul", [("class", "list")],
                    published.resources.map { resource in
                        let source = catalogue.source(resource.source)
                        return .tag(
                            "li", [],
                            [
                                .text("\(resource.kind.label): "),
                                source.map { .externalLink(resource.title, url: $0.url) } ?? .text(resource.title),
                                .text(source.map { " (\($0.publisher), \($0.dateLabel))" } ?? ""),
                            ])
                    }))
            content.append(
                .paragraph(
                    "Each link goes to the page that publishes or lists the document; Skillmix has read that page, "
                        + "not always the document itself.", class: "cite"))
        }
        content.append(.heading(2, "Known risks, and what services did"))
        if published.risks.isEmpty {
            content.append(.paragraph("Skillmix has not yet found published experience of introducing this role."))
        }
        for risk in published.risks {
            content.append(
                .tag(
                    "div", [("class", "card")],
                    [
                        .paragraph(risk.risk),
                        .paragraph(
                            risk.response.map { "What was done: \($0)" }
                                ?? "The sources say nothing of what services did about it."),
                        .citation(risk.sources, in: catalogue),
                    ]))
        }
        content.append(.heading(2, "Salary support for trainees"))
        if published.salarySupport.isEmpty {
            content.append(
                .paragraph(
                    "Skillmix has not found published salary support for trainees in this role. Ask the regional "
                        + "workforce team of NHS England before assuming there is none."))
        }
        for support in published.salarySupport {
            content += [.paragraph(support.text), .citation(support.sources, in: catalogue)]
        }
        content.append(
            .paragraph(
                "Employer questions and answers are not yet in Skillmix's catalogue.", class: "cite"))
        return content
    }
}
