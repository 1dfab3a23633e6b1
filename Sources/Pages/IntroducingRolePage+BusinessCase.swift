import Plot
import Workforce

/// The business case on an introducing page: a form (posts and service model, sent by GET so that the figures
/// have an address to share), and the figures with the sums that make them and every figure they used.
extension IntroducingRolePage {
    var businessCaseSection: [Markup] {
        var content: [Markup] = [.heading(2, "Business case figures", id: "business-case")]
        guard !introduction.fits.isEmpty else {
            return content + [
                .paragraph(
                    "No service model in Skillmix staffs this role yet, so the team designer cannot work out its "
                        + "business case.")
            ]
        }
        content.append(
            .paragraph(
                "Choose how many whole-time posts to add and the service they join. Skillmix works out the cost, the "
                    + "supervision the posts need and the episodes they can deliver with the team designer's own model."
            ))
        content.append(businessCaseForm)
        if let businessCase { content += businessCaseFigures(businessCase) }
        return content
    }

    var businessCaseForm: Markup {
        let fields = FormFields(
            values: [
                "posts": problem?.field == "posts" ? "" : String(query.posts),
                "service": (query.service ?? businessCase?.service)?.rawValue ?? "",
            ],
            problem: problem)
        return .tag(
            "form",
            [
                ("class", "filters"), ("method", "get"),
                ("action", SiteRoute.introducing(role.id).path + "#business-case"), ("novalidate", "novalidate"),
            ],
            [
                fields.errorSummary() ?? .empty,
                fields.number(
                    "posts", label: "Number of whole-time posts", hint: "From 1 to \(BusinessCase.maximumPosts).",
                    inputMode: "numeric"),
                fields.radios(
                    "service", legend: "The service they join",
                    introduction.fits.map { ($0.model.id.rawValue, $0.model.name, nil) }),
                .tag("button", [("type", "submit"), ("class", "button")], [.text("Work out the figures")]),
            ])
    }

    func businessCaseFigures(_ figures: BusinessCase) -> [Markup] {
        let posts = figures.posts == 1 ? "1 post" : "\(figures.posts) posts"
        var content: [Markup] = [
            .heading(3, "\(posts) in \(figures.serviceName.inSentence)"),
            .dataTable(
                caption: "Cost to the employer, Agenda for Change \(figures.payYear)",
                header: ["Year", "Cost", "How it is worked out"],
                rows: [
                    [
                        .text("First year"), .text(Formatting.pounds(figures.firstYear.amount)),
                        .text(figures.firstYear.sum),
                    ],
                    [
                        .text("Each year once qualified"), .text(Formatting.pounds(figures.recurring.amount)),
                        .text(figures.recurring.sum),
                    ],
                ], numericFrom: 1),
        ]
        var facts: [Markup] = [
            .fact(
                "Supervision they need from staff in post",
                "\(Formatting.number(figures.supervisionNeeded)) hours a year"
                    + (figures.supervisors.isEmpty
                        ? " (nobody in this service model can give it)"
                        : ", from " + figures.supervisors.map { name($0).inSentence }.joined(separator: " or "))),
            .fact("Clinical hours a year", Formatting.number(figures.clinicalHours)),
            .fact("Episodes a year they can deliver", Formatting.number(figures.episodesDelivered)),
        ]
        if let perEpisode = figures.costPerEpisode {
            facts.append(
                .fact(
                    "Cost per episode once qualified",
                    "\(Formatting.pounds(perEpisode)) (derived: \(Formatting.pounds(figures.recurring.amount)) ÷ "
                        + "\(Formatting.number(figures.episodesDelivered)) episodes)"))
        }
        content.append(.tag("dl", [("class", "facts")], facts))
        content.append(
            .dataTable(
                caption: "Episodes a year, by intervention",
                header: ["Intervention", "Hours per episode", "Service's demand", "Episodes the posts deliver"],
                rows: figures.episodes.map { episode in
                    [
                        .text(episode.name), .text(Formatting.value((episode.hoursPerEpisode * 10).rounded() / 10)),
                        .text(Formatting.number(episode.demand)), .text(Formatting.number(episode.delivered)),
                    ]
                }, numericFrom: 1))
        if figures.limitedByDemand {
            content.append(
                .paragraph(
                    "At this service model's default demand the posts would have "
                        + "\(Formatting.number(figures.clinicalHours - figures.hoursUsed)) clinical hours a year to "
                        + "spare: the demand, not the posts, limits the episodes. Use fewer posts, or design the team "
                        + "for your own demand."))
        }
        content += [
            .paragraph(figures.costBasis, class: "cite"),
            .heading(3, "What these figures leave out"),
            .bulletList(figures.limits),
            .heading(3, "Every figure used"),
            .parameterTable(figures.parameters, in: catalogue),
            .tag(
                "p", [("class", "no-print")],
                [.link("Design the whole team with this model", to: .designForm(figures.service.rawValue))]),
        ]
        return content
    }
}
