import Plot
import Workforce

/// "Where can I start?" as a few questions, sent by GET so the answer has an address and needs no JavaScript:
/// the form, then the starting points the answers give and the roles open, ranked, each with its reasons.
public struct CareerQuestionsPage: Sendable {
    public let catalogue: Catalogue
    public let answers: StartingAnswers
    public let advice: StartingAdvice?
    /// The question at fault and the message, when the answers could not be read.
    public let problem: (field: String?, message: String)?

    public init(
        catalogue: Catalogue, answers: StartingAnswers, advice: StartingAdvice?,
        problem: (field: String?, message: String)? = nil
    ) {
        self.catalogue = catalogue
        self.answers = answers
        self.advice = advice
        self.problem = problem
    }

    public func render() -> String {
        var content: [Markup] = [
            .heading(1, "Where can I start? Answer a few questions"),
            .paragraph(
                "Tell Skillmix a little about yourself and it will show where you start on the career map and the "
                    + "roles open to you, best first, with the reasons for each. Nothing you enter is stored.",
                class: "lede"),
            form,
        ]
        if let advice { content += results(advice) }
        let title = advice == nil ? "Where can I start? Questions" : "Where you can start, and the roles open to you"
        return Layout(
            title: (problem == nil ? "" : "Error: ") + title, section: .career,
            breadcrumbs: [("Home", .home), ("Where can I start?", .careerStart)],
            catalogueVersion: catalogue.stamp.version
        ).render(content)
    }

    private var form: Markup {
        var values: [String: String] = [:]
        for (name, value) in answers.parameters where name != "ages" { values[name] = value }
        let fields = FormFields(values: values, problem: problem)
        let yesNo: [(value: String, label: String, hint: String?)] = [("yes", "Yes", nil), ("no", "No", nil)]
        func option(_ value: String, _ label: String) -> Markup {
            .tag(
                "option", [("value", value), ("selected", value == (values["current"] ?? "") ? "selected" : nil)],
                [.text(label)])
        }
        let current = FormFields.inputID("current")
        return .tag(
            "form",
            [
                ("class", "filters"), ("method", "get"), ("action", SiteRoute.careerQuestions().path),
                ("novalidate", "novalidate"),
            ],
            [
                fields.errorSummary() ?? .empty,
                fields.radios(
                    "degree", legend: "Do you have a degree?",
                    [
                        (
                            "psychology", "Yes, in psychology",
                            "Or a conversion course that gives Graduate Basis for Chartered Membership."
                        ),
                        ("other", "Yes, in another subject", nil), ("none", "No", nil),
                    ]),
                fields.radios(
                    "experience",
                    legend:
                        "Do you have relevant work or life experience, paid or voluntary, in mental health or care?",
                    yesNo),
                fields.radios(
                    "qualification", legend: "Do you hold a professional qualification?",
                    [
                        ("none", "No", nil),
                        (
                            "health-or-social-care", "A health or social care profession",
                            "For example nursing, social work or occupational therapy."
                        ),
                        ("counselling", "Counselling or psychotherapy", nil),
                    ]),
                .tag(
                    "div", [("class", "field")],
                    [
                        .tag("label", [("for", current)], [.text("Do you work in one of these roles now?")]),
                        .tag(
                            "select", [("id", current), ("name", "current")],
                            [option("", "No, none of them")]
                                + catalogue.roles.map {
                                    option($0.id.rawValue, $0.displayName)
                                }),
                    ]),
                fields.radios("fund", legend: "Could you pay for some of your training yourself?", yesNo),
                fields.checkboxes(
                    "ages", legend: "Which ages do you want to work with? Tick any, or none.",
                    AgeGroup.allCases.map { ($0.rawValue, $0.label, nil) },
                    checked: Set(answers.ages.map(\.rawValue))),
                .tag("button", [("type", "submit"), ("class", "button")], [.text("Show where I can start")]),
            ])
    }

    private func results(_ advice: StartingAdvice) -> [Markup] {
        let finder = RouteFinder(catalogue: catalogue)
        var content: [Markup] = [.heading(2, "Where you start", id: "results")]
        content.append(
            .tag(
                "ul", [("class", "list")],
                advice.starts.map { start in
                    .tag(
                        "li", [],
                        [.tag("strong", [], [.text(finder.name(of: start.place))]), .text(": \(start.reason)")])
                }))
        content.append(.heading(2, "Roles open to you, best first"))
        content.append(
            .paragraph(
                "Ranked by Skillmix: first the roles you can reach "
                    + (answers.canSelfFund == true ? "" : "without paying for training yourself, then ")
                    + (answers.ages.isEmpty ? "" : "those that work with the ages you chose, then ")
                    + "the fewest months. Each route is the best one Skillmix knows from the career map's sourced "
                    + "routes; the time it takes to be offered a post is not included.", class: "cite"))
        content.append(
            .tag(
                "ol", [("class", "list ranked")],
                advice.suggestions.map { suggestion in
                    var query = RouteQuery()
                    query.from = suggestion.start.id
                    query.to = suggestion.role.rawValue
                    query.objective = answers.canSelfFund == true ? .time : .unpaid
                    return .tag(
                        "li", [],
                        [
                            .tag(
                                "h3", [], [.link(finder.name(of: .role(suggestion.role)), to: .role(suggestion.role))]),
                            .bulletList(suggestion.reasons),
                            .tag("p", [], [.link("See this route step by step", to: .careerPlan(query))]),
                        ])
                }))
        if !advice.unreachable.isEmpty {
            content.append(
                .paragraph(
                    "No route Skillmix knows reaches these from where you start: "
                        + advice.unreachable.map { finder.name(of: .role($0)) }.joined(separator: ", ") + "."))
        }
        return content
    }
}
