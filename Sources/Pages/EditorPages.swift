import Plot
import Workforce

/// The form fields of the editors' pages.
public enum EditorField {
    public static let email = "email"
    public static let password = "password"
    public static let currentPassword = "current-password"
    public static let newPassword = "new-password"
}

/// Signing in: the same page, and the same words, whether or not an account exists.
public struct SignInPage: Sendable {
    public let csrfToken: String
    public let email: String
    public let problem: String?

    public init(csrfToken: String, email: String = "", problem: String? = nil) {
        self.csrfToken = csrfToken
        self.email = email
        self.problem = problem
    }

    public func render() -> String {
        let form = FormFields(
            values: [EditorField.email: email], problem: problem.map { (EditorField.email, $0) })
        var content: [Markup] = [.heading(1, "Sign in to edit Skillmix")]
        if let summary = form.errorSummary() { content.append(summary) }
        content += [
            .paragraph(
                "For the editors, reviewers and administrators who keep Skillmix's facts true. Ask an administrator "
                    + "for an account; there is no sign-up.", class: "lede"),
            .tag(
                "form", [("method", "post"), ("action", SiteRoute.signIn.path), ("novalidate", "novalidate")],
                FormFields.crossSiteToken(csrfToken) + [
                    form.credential(
                        EditorField.email, label: "Email address", password: false, autocomplete: "username"),
                    form.credential(
                        EditorField.password, label: "Password", password: true, autocomplete: "current-password"),
                    .tag("button", [("class", "button"), ("type", "submit")], [.text("Sign in")]),
                ]),
        ]
        return Layout(title: problem == nil ? "Sign in" : "Error: sign in", section: .none).render(content)
    }
}

/// What an editor should look at first: sources that need checking, and (for administrators) the accounts.
public struct EditorHomePage: Sendable {
    public let account: Account
    public let report: SourceReport
    public let openReports: Int
    /// Changes waiting for review, and facts in conflict with a newer bundled catalogue.
    public let waiting: Int
    public let conflicts: Int
    public let sort: Sort
    public let csrfToken: String

    /// How the lists are ordered: by source id, or by what is wrong (which puts "not checked" together and the
    /// oldest checks first).
    public enum Sort: String, Sendable, CaseIterable {
        case source, problem
    }

    public static let monthsField = "months"
    public static let sortField = "sort"

    public init(
        account: Account, report: SourceReport, openReports: Int, waiting: Int = 0, conflicts: Int = 0,
        sort: Sort = .source, csrfToken: String
    ) {
        self.sort = sort
        self.account = account
        self.report = report
        self.openReports = openReports
        self.waiting = waiting
        self.conflicts = conflicts
        self.csrfToken = csrfToken
    }

    public func render() -> String {
        var content: [Markup] = [
            .heading(1, "What needs attention"),
            .paragraph(
                "Signed in as \(account.email), \(account.role.withArticle). Figures for \(report.day.text); a source "
                    + "counts as stale when nobody has checked it in \(report.olderThanMonths) months.", class: "lede"),
            .dataTable(
                caption: "Sources that need an editor", header: ["What", "How many"],
                rows: [
                    ("Changes waiting for review", waiting),
                    ("Conflicts with the bundled catalogue", conflicts),
                    ("Open problem reports", openReports),
                    ("Not checked, or not checked lately", report.stale.count),
                    ("No publication or update date", report.undated.count),
                    ("Facts resting on one secondary source", report.singleSecondary.count),
                    ("Job adverts, which expire", report.jobAdverts.count),
                    ("Insecure (http://) addresses", report.insecure.count),
                ].map { [.text($0.0), .text(String($0.1))] }, numericFrom: 1),
        ]
        let form = FormFields(
            values: [Self.monthsField: String(report.olderThanMonths), Self.sortField: sort.rawValue], problem: nil)
        content.append(
            .tag(
                "form", [("method", "get"), ("action", SiteRoute.editorHome.path)],
                [
                    form.number(Self.monthsField, label: "Stale after", suffix: "months", inputMode: "numeric"),
                    form.radios(
                        Self.sortField, legend: "Order the lists by",
                        [("source", "Source", nil), ("problem", "What is wrong (oldest checks first)", nil)]),
                    .tag("button", [("class", "button secondary"), ("type", "submit")], [.text("Show")]),
                ]))
        for (title, unsorted) in [
            ("Not checked, or not checked lately", report.stale),
            ("Facts resting on one secondary source", report.singleSecondary),
        ] where !unsorted.isEmpty {
            let findings = unsorted.sorted {
                sort == .source ? $0.source < $1.source : ($0.problem, $0.source) < ($1.problem, $1.source)
            }
            content.append(.heading(2, title))
            content.append(
                .dataTable(
                    caption: title, header: ["Source", "Why"],
                    rows: findings.map { finding in
                        [
                            .tag("a", [("href", "/sources#source-\(finding.source)")], [.text(finding.source)]),
                            .text(finding.problem),
                        ]
                    }, numericFrom: 2))
        }
        content.append(.heading(2, "Work"))
        content.append(
            .tag(
                "ul", [],
                [
                    .link("The catalogue's facts: change one", to: .editorFacts(file: nil)),
                    .link("Changes to review (\(waiting) waiting)", to: .drafts),
                    .link("Conflicts with the bundled catalogue (\(conflicts))", to: .conflicts),
                    .link("Problem reports (\(openReports) open)", to: .editorReports),
                ].map { .tag("li", [], [$0]) }))
        var links: [Markup] = [.link("Change your password", to: .changePassword)]
        if account.role == .administrator { links.append(.link("Accounts", to: .accounts)) }
        content.append(.heading(2, "Your account"))
        content.append(.tag("ul", [], links.map { .tag("li", [], [$0]) }))
        content.append(
            .tag(
                "form", [("method", "post"), ("action", SiteRoute.signOut.path)],
                FormFields.crossSiteToken(csrfToken) + [
                    .tag("button", [("class", "button secondary"), ("type", "submit")], [.text("Sign out")])
                ]))
        return Layout(title: "What needs attention", section: .none, breadcrumbs: [("Home", .home)]).render(content)
    }
}

/// Changing your own password (current password first), or setting one from a reset link.
public struct PasswordPage: Sendable {
    public let csrfToken: String
    /// Nil when setting a password from a reset link.
    public let needsCurrent: Bool
    public let action: SiteRoute
    public let problem: (field: String?, message: String)?
    public let done: Bool

    public init(
        csrfToken: String, needsCurrent: Bool, action: SiteRoute, problem: (field: String?, message: String)? = nil,
        done: Bool = false
    ) {
        self.csrfToken = csrfToken
        self.needsCurrent = needsCurrent
        self.action = action
        self.problem = problem
        self.done = done
    }

    public func render() -> String {
        let form = FormFields(values: [:], problem: problem)
        var content: [Markup] = [.heading(1, needsCurrent ? "Change your password" : "Set a new password")]
        if done {
            content.append(.paragraph("Your password has been changed. Use it next time you sign in."))
            content.append(
                .tag(
                    "p", [],
                    [
                        .link(
                            needsCurrent ? "Back to what needs attention" : "Sign in",
                            to: needsCurrent ? .editorHome : .signIn)
                    ]))
        } else {
            if let summary = form.errorSummary() { content.append(summary) }
            var fields: [Markup] = []
            if needsCurrent {
                fields.append(
                    form.credential(
                        EditorField.currentPassword, label: "Your current password", password: true,
                        autocomplete: "current-password"))
            }
            fields.append(
                form.credential(
                    EditorField.newPassword, label: "New password", password: true, autocomplete: "new-password",
                    hint: "At least 12 characters. A few unrelated words make a strong one."))
            content.append(
                .tag(
                    "form", [("method", "post"), ("action", action.path), ("novalidate", "novalidate")],
                    FormFields.crossSiteToken(csrfToken) + fields + [
                        .tag("button", [("class", "button"), ("type", "submit")], [.text("Change the password")])
                    ]))
        }
        return Layout(title: problem == nil ? "Password" : "Error: password", section: .none).render(content)
    }
}

/// Administrators: every account, with disable, enable and one-time reset links.
public struct AccountsPage: Sendable {
    public let accounts: [Account]
    public let csrfToken: String
    /// A reset link just made, shown once: the address, and whose it is.
    public let newLink: (email: String, url: String)?
    public let audit: [(at: String, actor: String, action: String, subject: String)]

    public init(
        accounts: [Account], csrfToken: String, newLink: (email: String, url: String)? = nil,
        audit: [(at: String, actor: String, action: String, subject: String)] = []
    ) {
        self.accounts = accounts
        self.csrfToken = csrfToken
        self.newLink = newLink
        self.audit = audit
    }

    public func render() -> String {
        var content: [Markup] = [.heading(1, "Accounts")]
        if let newLink {
            content.append(
                .tag(
                    "div", [("class", "panel"), ("role", "status")],
                    [
                        .paragraph(
                            "A one-time link for \(newLink.email) to set a new password. Send it to them yourself; "
                                + "it works once, for 24 hours, and is not shown again:"),
                        .tag("p", [], [.tag("code", [], [.text(newLink.url)])]),
                    ]))
        }
        content.append(
            .paragraph("Create accounts on the command line: skillmix users create --email ADDRESS --role editor."))
        func button(_ account: Account, _ action: SiteRoute.AccountAction, _ label: String) -> Markup {
            .tag(
                "form", [("method", "post"), ("action", SiteRoute.accountAction(account.id.rawValue, action).path)],
                FormFields.crossSiteToken(csrfToken) + [
                    .tag("button", [("class", "button secondary"), ("type", "submit")], [.text(label)])
                ])
        }
        content.append(
            .dataTable(
                caption: "Accounts", header: ["Email", "Role", "State", "Actions"],
                rows: accounts.map { account in
                    [
                        .text(account.email), .text(account.role.rawValue),
                        .text(account.disabled ? "Disabled" : "Active"),
                        .tag(
                            "div", [],
                            [
                                account.disabled
                                    ? button(account, .enable, "Enable \(account.email)")
                                    : button(account, .disable, "Disable \(account.email)"),
                                button(account, .resetLink, "Make a reset link for \(account.email)"),
                            ]),
                    ]
                }, numericFrom: 4))
        content.append(.heading(2, "Audit log"))
        content.append(
            .dataTable(
                caption: "The latest sign-ins and account changes", header: ["When", "Who", "What", "To what"],
                rows: audit.map { [.text($0.at), .text($0.actor), .text($0.action), .text($0.subject)] },
                numericFrom: 4))
        return Layout(title: "Accounts", section: .none, breadcrumbs: [("What needs attention", .editorHome)])
            .render(content)
    }
}
