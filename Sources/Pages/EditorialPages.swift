import Plot
import Workforce

/// Who may do what with changes to facts: every role may draft; reviewers and administrators review other
/// people's drafts and resolve conflicts with a newer bundle.
extension Account.Role {
    public var mayReview: Bool { self == .reviewer || self == .administrator }
}

/// The catalogue's files, and the facts of one of them.
public struct FactsPage: Sendable {
    public let files: [String]
    public let file: String?
    public let facts: [(address: FactAddress, label: String)]
    /// Facts with a published change or an open draft.
    public let changed: Set<FactAddress>
    public let drafted: Set<FactAddress>

    public init(
        files: [String], file: String?, facts: [(address: FactAddress, label: String)], changed: Set<FactAddress>,
        drafted: Set<FactAddress>
    ) {
        self.files = files
        self.file = file
        self.facts = facts
        self.changed = changed
        self.drafted = drafted
    }

    /// The edit form's query field that names a new source's id.
    public static let newSourceField = "new-source"
    /// What a new source's form starts with: the fields the loader asks for.
    public static let newSourceTemplate = [
        "url: https://", "publisher: ", "title: ", "date: ", "checked: not checked",
        "checkedNote: added by an editor; say how and when you read it, or give the day as YYYY-MM-DD",
    ].joined(separator: "\n")

    public func render() -> String {
        var content: [Markup] = [.heading(1, file.map { "Facts in \($0)" } ?? "The catalogue's facts")]
        if let file {
            content.append(
                .paragraph(
                    "Each fact links to its value, its history and the form that drafts a change. \(facts.count) "
                        + "facts in \(file).", class: "lede"))
            content.append(
                .dataTable(
                    caption: "Facts in \(file)", header: ["Fact", "Where", "State"],
                    rows: facts.map { fact in
                        let state =
                            drafted.contains(fact.address)
                            ? "draft open" : changed.contains(fact.address) ? "changed here" : "as bundled"
                        return [
                            .link(fact.label, to: .editorFact(fact.address)), .text(fact.address.field), .text(state),
                        ]
                    }, numericFrom: 3))
            if file == "sources.yaml" {
                let form = FormFields(values: [:], problem: nil)
                content.append(
                    .tag(
                        "form", [("method", "get"), ("action", SiteRoute.editFact(nil).path)],
                        [
                            form.text(
                                Self.newSourceField, label: "Add a source with this id",
                                hint: "Letters, digits, dashes and underscores, such as nhse_mhst_2026."),
                            .tag(
                                "button", [("class", "button secondary"), ("type", "submit")], [.text("Add a source")]),
                        ]))
            }
            content.append(.tag("p", [], [.link("All files", to: .editorFacts(file: nil))]))
        } else {
            content.append(
                .paragraph(
                    "The catalogue is a set of files, as bundled with Skillmix; editors' published changes are "
                        + "revisions on top of them. Choose a file to see its facts.", class: "lede"))
            content.append(.tag("ul", [], files.map { .tag("li", [], [.link($0, to: .editorFacts(file: $0))]) }))
        }
        return Layout(
            title: file ?? "Facts", section: .none,
            breadcrumbs: [("Home", .home), ("What needs attention", .editorHome)]
        ).render(content)
    }
}

/// One fact: its value as published, its open draft, and its history with a way to revert each change.
public struct FactPage: Sendable {
    public let fact: FactAddress
    public let value: FactValue?
    public let openDraft: CatalogueEdit?
    public let history: [CatalogueEdit]
    public let csrfToken: String

    public init(
        fact: FactAddress, value: FactValue?, openDraft: CatalogueEdit?, history: [CatalogueEdit], csrfToken: String
    ) {
        self.fact = fact
        self.value = value
        self.openDraft = openDraft
        self.history = history
        self.csrfToken = csrfToken
    }

    public func render() -> String {
        var content: [Markup] = [.heading(1, fact.field), .paragraph("In \(fact.file).", class: "lede")]
        if let value {
            content += FactValueMarkup.describe(value, heading: "As published")
        } else {
            content.append(.paragraph("The catalogue does not have this fact yet; a change would add it."))
        }
        if let openDraft {
            content.append(
                .tag(
                    "p", [],
                    [
                        .text("A change by \(openDraft.author) is \(openDraft.status.label): "),
                        .link("see the draft", to: .draft(openDraft.id.rawValue)), .text("."),
                    ]))
        } else {
            content.append(.tag("p", [], [.link("Draft a change to this fact", to: .editFact(fact), class: "button")]))
        }
        content.append(.heading(2, "History"))
        if history.isEmpty {
            content.append(.paragraph("No changes since the bundled catalogue."))
        } else {
            content.append(
                .dataTable(
                    caption: "Changes to this fact, newest first",
                    header: ["Revision", "Change", "By", "Why", "Sources checked", "State", ""],
                    rows: history.map { edit in
                        let revert: Markup =
                            edit.status == .published && openDraft == nil && edit.before != nil
                            ? .tag(
                                "form",
                                [("method", "post"), ("action", SiteRoute.revertChange(edit.id.rawValue).path)],
                                FormFields.crossSiteToken(csrfToken) + [
                                    .tag(
                                        "button", [("class", "button secondary"), ("type", "submit")], [.text("Revert")]
                                    )
                                ]) : .empty
                        return [
                            .text(edit.revision.map { "r\($0)" } ?? "–"),
                            .link(
                                "\(edit.kind.rawValue) of \(String(edit.updatedAt.prefix(10)))",
                                to: .draft(edit.id.rawValue)),
                            .text(edit.author), .text(edit.reason), .text(edit.checked.description),
                            .text(edit.status.label), revert,
                        ]
                    }, numericFrom: 7))
        }
        content.append(.tag("p", [], [.link("Other facts in \(fact.file)", to: .editorFacts(file: fact.file))]))
        return Layout(
            title: fact.field, section: .none,
            breadcrumbs: [("What needs attention", .editorHome), ("Facts", .editorFacts(file: nil))]
        ).render(content)
    }
}

/// How a fact's value, its sources and its uncertainty are shown.
enum FactValueMarkup {
    static func describe(_ value: FactValue, heading: String) -> [Markup] {
        var facts: [Markup] = []
        if value.carriesSources || !value.sources.isEmpty {
            facts.append(
                .fact(
                    "Sources",
                    value.sources.isEmpty ? "none recorded" : value.sources.map(\.rawValue).joined(separator: ", ")))
        }
        if let uncertainty = value.uncertainty { facts.append(.fact("Uncertain", uncertainty)) }
        return [.heading(2, heading), .tag("pre", [("class", "fact-value")], [.text(value.value)])]
            + (facts.isEmpty ? [] : [.tag("dl", [("class", "facts")], facts)])
    }
}

/// Drafting a change to one fact: the value, its sources, what is uncertain, the day the sources were checked,
/// and why. Kept as entered when something is wrong.
public struct EditFactPage: Sendable {
    public let fact: FactAddress
    public let current: FactValue?
    public let values: [String: String]
    public let problem: (field: String?, message: String)?
    /// Someone else's change that the editor must see before saving (another open draft, or a newer revision).
    public let other: CatalogueEdit?
    public let csrfToken: String

    public init(
        fact: FactAddress, current: FactValue?, values: [String: String],
        problem: (field: String?, message: String)? = nil, other: CatalogueEdit? = nil, csrfToken: String
    ) {
        self.fact = fact
        self.current = current
        self.values = values
        self.problem = problem
        self.other = other
        self.csrfToken = csrfToken
    }

    /// The form's values for a new draft of a fact whose published value is `current`.
    public static func values(for current: FactValue?, basedOn: Int, today: CalendarDay) -> [String: String] {
        [
            CatalogueEdit.FormField.value: current?.value ?? "",
            CatalogueEdit.FormField.sources: current?.sources.map(\.rawValue).joined(separator: ", ") ?? "",
            CatalogueEdit.FormField.uncertainty: current?.uncertainty ?? "",
            CatalogueEdit.FormField.checked: today.description,
            CatalogueEdit.FormField.basedOn: String(basedOn),
        ]
    }

    public func render() -> String {
        typealias Field = CatalogueEdit.FormField
        let form = FormFields(values: values, problem: problem)
        var content: [Markup] = [.heading(1, "Change \(fact.field)")]
        if let summary = form.errorSummary() { content.append(summary) }
        if let other {
            content.append(
                .caution(
                    "\(other.author) changed this fact too (\(other.status.label), \(String(other.updatedAt.prefix(16)))). "
                        + "Your entries are kept below; compare them with that change before you save again."))
            content += FactValueMarkup.describe(other.proposed, heading: "Their change")
        }
        if let current { content += FactValueMarkup.describe(current, heading: "As published now") }
        let hidden = [Field.fact, Field.basedOn, Field.draft, Field.version].compactMap { name in
            values[name].map { Markup.tag("input", [("type", "hidden"), ("name", name), ("value", $0)]) }
        }
        content.append(
            .tag(
                "form", [("method", "post"), ("action", SiteRoute.editFact(nil).path), ("novalidate", "novalidate")],
                FormFields.crossSiteToken(csrfToken) + hidden + [
                    form.textArea(
                        Field.value, label: "New value",
                        hint: current?.isText ?? false
                            ? "Plain text."
                            : "YAML, as in the catalogue's files: one field a line, lists with dashes."),
                    form.text(
                        Field.sources, label: "Sources",
                        hint: "The ids of the sources that say so, separated by commas (see the sources page). "
                            + (current?.carriesSources ?? false ? "At least one." : "The sources you read.")),
                    form.textArea(
                        Field.uncertainty, label: "What is uncertain (optional)",
                        hint: current.map { _ in
                            fact.roleField == nil ? "Recorded with the change." : "Shown beside the fact."
                        }),
                    form.text(
                        Field.checked, label: "Day you checked the sources", hint: "YYYY-MM-DD; not in the future."),
                    form.textArea(
                        Field.reason, label: "Why it should change", hint: "Reviewers and the history show this."),
                    .tag("button", [("class", "button"), ("type", "submit")], [.text("Save the draft for review")]),
                ]))
        content.append(.tag("p", [], [.link("Back to the fact", to: .editorFact(fact))]))
        return Layout(
            title: problem == nil ? "Change \(fact.field)" : "Error: change \(fact.field)", section: .none,
            breadcrumbs: [("What needs attention", .editorHome), ("Facts", .editorFacts(file: fact.file))]
        ).render(content)
    }
}

/// Changes waiting for review, changes returned to their authors, and conflicts with a newer bundle.
public struct DraftsPage: Sendable {
    public let open: [CatalogueEdit]
    public let conflicts: Int

    public init(open: [CatalogueEdit], conflicts: Int) {
        self.open = open
        self.conflicts = conflicts
    }

    public func render() -> String {
        var content: [Markup] = [.heading(1, "Changes to review")]
        content.append(
            .paragraph(
                "\(open.filter { $0.status == .waiting }.count) waiting for review, "
                    + "\(open.filter { $0.status == .returned }.count) returned to their authors; the longest waiting "
                    + "first. A reviewer cannot approve their own change.", class: "lede"))
        if !open.isEmpty {
            content.append(
                .dataTable(
                    caption: "Open changes", header: ["Fact", "By", "Why", "State", "Since"],
                    rows: open.map { edit in
                        [
                            .link(edit.fact.description, to: .draft(edit.id.rawValue)), .text(edit.author),
                            .text(edit.reason), .text(edit.status.label), .text(String(edit.updatedAt.prefix(16))),
                        ]
                    }, numericFrom: 5))
        }
        content.append(.tag("p", [], [.link("Conflicts with the bundled catalogue (\(conflicts))", to: .conflicts)]))
        return Layout(title: "Changes to review", section: .none, breadcrumbs: [("What needs attention", .editorHome)])
            .render(content)
    }
}

/// One change: before and after, who and why, its preview, and what this account may do with it.
public struct DraftPage: Sendable {
    public let edit: CatalogueEdit
    public let account: Account
    public let problem: String?
    public let csrfToken: String

    public init(edit: CatalogueEdit, account: Account, problem: String? = nil, csrfToken: String) {
        self.edit = edit
        self.account = account
        self.problem = problem
        self.csrfToken = csrfToken
    }

    public func render() -> String {
        typealias Field = CatalogueEdit.FormField
        let title =
            "\(edit.kind == .change ? "Change" : edit.kind == .revert ? "Revert" : "Bundled value") of \(edit.fact.field)"
        var content: [Markup] = [.heading(1, title)]
        if let problem {
            content.append(
                .tag(
                    "div", [("class", "error-summary"), ("role", "alert")],
                    [.heading(2, "There is a problem"), .paragraph(problem)]))
        }
        var facts: [Markup] = [
            .fact("Fact", edit.fact.description), .fact("State", edit.status.label),
            .fact("Proposed by", "\(edit.author), \(String(edit.createdAt.prefix(16)))"),
            .fact("Why", edit.reason), .fact("Sources checked on", edit.checked.text),
        ]
        if let revision = edit.revision { facts.append(.fact("Published as", "revision \(revision)")) }
        if let reviewer = edit.reviewer {
            facts.append(.fact("Reviewed by", reviewer + (edit.reviewComment.map { ": \($0)" } ?? "")))
        }
        content.append(.tag("dl", [("class", "facts")], facts))
        if let before = edit.before { content += FactValueMarkup.describe(before, heading: "Before") }
        content += FactValueMarkup.describe(edit.proposed, heading: "After")
        if edit.status.isOpen {
            content.append(
                .tag("p", [], [.link("Preview the public page with this change", to: .draftPreview(edit.id.rawValue))]))
        }
        let hidden =
            FormFields.crossSiteToken(csrfToken) + [
                .tag("input", [("type", "hidden"), ("name", Field.version), ("value", String(edit.version))])
            ]
        let mine = edit.author == account.email
        if edit.status == .waiting && account.role.mayReview && !mine {
            content.append(.heading(2, "Review"))
            content.append(
                .tag(
                    "form", [("method", "post"), ("action", SiteRoute.draftAction(edit.id.rawValue, .approve).path)],
                    hidden + [
                        .tag("button", [("class", "button"), ("type", "submit")], [.text("Approve and publish")])
                    ]))
            let form = FormFields(values: [:], problem: nil)
            content.append(
                .tag(
                    "form", [("method", "post"), ("action", SiteRoute.draftAction(edit.id.rawValue, .return).path)],
                    hidden + [
                        form.textArea(Field.comment, label: "Why you are returning it", hint: "The author sees this."),
                        .tag(
                            "button", [("class", "button secondary"), ("type", "submit")],
                            [.text("Return to the author")]),
                    ]))
        } else if edit.status == .waiting && mine {
            content.append(.paragraph("Another reviewer must approve this change: nobody reviews their own."))
        }
        if edit.status.isOpen && mine {
            content.append(.tag("p", [], [.link("Change this draft", to: .editFact(edit.fact))]))
            content.append(
                .tag(
                    "form", [("method", "post"), ("action", SiteRoute.draftAction(edit.id.rawValue, .withdraw).path)],
                    hidden + [
                        .tag(
                            "button", [("class", "button secondary"), ("type", "submit")], [.text("Withdraw the draft")]
                        )
                    ]))
        }
        content.append(.tag("p", [], [.link("The fact and its history", to: .editorFact(edit.fact))]))
        return Layout(
            title: problem == nil ? title : "Error: \(title)", section: .none,
            breadcrumbs: [("What needs attention", .editorHome), ("Changes to review", .drafts)]
        ).render(content)
    }
}

/// Facts that a newer bundled catalogue changed after we had published our own change: keep ours, or take the
/// bundle's (published at once as a new revision).
public struct ConflictsPage: Sendable {
    public let conflicts: [(edit: CatalogueEdit, bundled: FactValue?)]
    public let account: Account
    public let csrfToken: String

    public init(conflicts: [(edit: CatalogueEdit, bundled: FactValue?)], account: Account, csrfToken: String) {
        self.conflicts = conflicts
        self.account = account
        self.csrfToken = csrfToken
    }

    public func render() -> String {
        var content: [Markup] = [
            .heading(1, "Conflicts with the bundled catalogue"),
            .paragraph(
                "A newer bundled catalogue changed these facts after editors here had changed them. Ours is still "
                    + "served until someone decides. \(conflicts.count) to resolve.", class: "lede"),
        ]
        for (edit, bundled) in conflicts {
            content.append(.heading(2, edit.fact.description))
            content += FactValueMarkup.describe(edit.proposed, heading: "Ours (revision \(edit.revision ?? 0))")
            if let bundled {
                content += FactValueMarkup.describe(bundled, heading: "The bundle's")
            } else {
                content.append(.paragraph(edit.conflict ?? "The bundled catalogue no longer has this fact."))
            }
            guard account.role.mayReview else { continue }
            for action in SiteRoute.ConflictAction.allCases where action == .keep || bundled != nil {
                content.append(
                    .tag(
                        "form",
                        [("method", "post"), ("action", SiteRoute.conflictAction(edit.id.rawValue, action).path)],
                        FormFields.crossSiteToken(csrfToken) + [
                            .tag(
                                "button",
                                [("class", action == .keep ? "button" : "button secondary"), ("type", "submit")],
                                [.text(action == .keep ? "Keep ours" : "Take the bundle's")])
                        ]))
            }
        }
        return Layout(title: "Conflicts", section: .none, breadcrumbs: [("What needs attention", .editorHome)])
            .render(content)
    }
}

/// Marks a public page as a preview of a draft: a banner at the top of its main content.
public enum DraftPreview {
    public static func mark(_ page: String, edit: CatalogueEdit) -> String {
        let banner = Markup.tag(
            "div", [("class", "preview-banner"), ("role", "note")],
            [
                .tag("strong", [], [.text("Preview, not published. ")]),
                .text("This page shows the change to \(edit.fact.field) by \(edit.author) as it would look. "),
                .link("Back to the draft", to: .draft(edit.id.rawValue)),
            ]
        ).render()
        guard let main = page.firstRange(of: "<main"), let end = page[main.upperBound...].firstIndex(of: ">") else {
            return banner + page
        }
        var marked = page
        marked.insert(contentsOf: banner, at: marked.index(after: end))
        return marked
    }
}
