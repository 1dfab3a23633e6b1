import Plot
import Workforce

/// Anyone's report of a problem with a fact on a role's page: the form, and the thanks.
public struct ReportProblemPage: Sendable {
    public let role: Role
    public let csrfToken: String
    public let values: [String: String]
    public let problem: (field: String?, message: String)?
    public let sent: Bool

    public init(
        role: Role, csrfToken: String, values: [String: String] = [:],
        problem: (field: String?, message: String)? = nil, sent: Bool = false
    ) {
        self.role = role
        self.csrfToken = csrfToken
        self.values = values
        self.problem = problem
        self.sent = sent
    }

    public func render() -> String {
        typealias Field = ProblemReport.FormField
        var content: [Markup] = [.heading(1, "Report a problem: \(role.name)")]
        if sent {
            content += [
                .paragraph(
                    "Thank you. An editor will check it against the sources and correct the page if it is wrong."),
                .tag("p", [], [.link("Back to \(role.name)", to: .role(role.id))]),
            ]
        } else {
            let form = FormFields(values: values, problem: problem)
            if let summary = form.errorSummary() { content.append(summary) }
            content += [
                .paragraph(
                    "Tell Skillmix's editors what is wrong. You do not need an account, and we do not ask who you are; "
                        + "do not include personal details.", class: "lede"),
                .tag(
                    "form",
                    [
                        ("method", "post"), ("action", SiteRoute.reportProblem(role.id).path),
                        ("novalidate", "novalidate"),
                    ],
                    FormFields.crossSiteToken(csrfToken) + [
                        form.radios(
                            Field.fact, legend: "Which fact is wrong?",
                            Fact.allCases.map { ($0.rawValue, $0.label, nil) }),
                        form.textArea(
                            Field.text, label: "What is wrong?",
                            hint: "What the page says, and what you believe is right (at most 2,000 characters)."),
                        form.text(
                            Field.source, label: "A source, if you have one (optional)",
                            hint: "The web address of the publisher's page that says so."),
                        .tag("button", [("class", "button"), ("type", "submit")], [.text("Send the report")]),
                    ]),
            ]
        }
        return Layout(
            title: problem == nil ? "Report a problem" : "Error: report a problem", section: .roles,
            breadcrumbs: [("Home", .home), (role.name, .role(role.id))]
        ).render(content)
    }
}

/// Editors: the open reports, the longest waiting first.
public struct EditorReportsPage: Sendable {
    public let reports: [ProblemReport]
    public let roleNames: [Role.ID: String]

    public init(reports: [ProblemReport], roleNames: [Role.ID: String]) {
        self.reports = reports
        self.roleNames = roleNames
    }

    public func render() -> String {
        let content: [Markup] = [
            .heading(1, "Problem reports"),
            .paragraph(
                reports.isEmpty ? "No open reports." : "\(reports.count) open, the longest waiting first.",
                class: "lede"),
            .dataTable(
                caption: "Open problem reports", header: ["Role and fact", "What is wrong", "Sent"],
                rows: reports.map { report in
                    [
                        .link(
                            "\(roleNames[report.role] ?? report.role.rawValue): \(report.fact.label)",
                            to: .resolveReport(report.id.rawValue)),
                        .text(String(report.text.prefix(200)) + (report.text.count > 200 ? "…" : "")),
                        .text(report.createdAt),
                    ]
                }, numericFrom: 3),
        ]
        return Layout(title: "Problem reports", section: .none, breadcrumbs: [("What needs attention", .editorHome)])
            .render(content)
    }
}

/// Editors: one report, as sent, with the form to record what was done about it.
public struct ResolveReportPage: Sendable {
    public let report: ProblemReport
    public let roleName: String
    public let csrfToken: String
    public let problem: (field: String?, message: String)?

    public init(
        report: ProblemReport, roleName: String, csrfToken: String, problem: (field: String?, message: String)? = nil
    ) {
        self.report = report
        self.roleName = roleName
        self.csrfToken = csrfToken
        self.problem = problem
    }

    public func render() -> String {
        typealias Field = ProblemReport.FormField
        let form = FormFields(values: [:], problem: problem)
        var content: [Markup] = [.heading(1, "\(roleName): \(report.fact.label)")]
        if let summary = form.errorSummary() { content.append(summary) }
        content += [
            .tag(
                "dl", [("class", "facts")],
                [
                    .tag("dt", [], [.text("Sent")]), .tag("dd", [], [.text(report.createdAt)]),
                    .tag("dt", [], [.text("What is wrong")]), .tag("dd", [], [.text(report.text)]),
                    .tag("dt", [], [.text("Source given")]), .tag("dd", [], [.text(report.source ?? "None")]),
                ]),
            .tag("p", [], [.link("See the page as it is now", to: .role(report.role))]),
            .tag(
                "form", [("method", "post"), ("action", SiteRoute.resolveReport(report.id.rawValue).path)],
                FormFields.crossSiteToken(csrfToken) + [
                    form.radios(
                        Field.outcome, legend: "Outcome",
                        [
                            ("fixed", "Fixed by a change to the catalogue", nil),
                            ("declined", "Declined: the page is right", nil),
                        ]),
                    form.textArea(
                        Field.resolution, label: "What was done, or why it was declined",
                        hint: "Needed either way: the person who reported it may ask."),
                    .tag("button", [("class", "button"), ("type", "submit")], [.text("Resolve this report")]),
                ]),
        ]
        return Layout(
            title: problem == nil ? "Resolve a report" : "Error: resolve a report", section: .none,
            breadcrumbs: [("Problem reports", .editorReports)]
        ).render(content)
    }
}
