import Plot
import Workforce

/// The form inputs every form shares, in the NHS service manual's pattern: a label, an optional hint, the error
/// beside the field it belongs to (linked from the error summary), and the value the person last entered.
struct FormFields {
    var values: [String: String]
    /// The field at fault and the message, after a failed submission.
    var problem: (field: String?, message: String)?

    /// The hidden field with the cross-site token, or nothing when the page has none.
    static func crossSiteToken(_ token: String?) -> [Markup] {
        guard let token else { return [] }
        return [.tag("input", [("type", "hidden"), ("name", CrossSiteToken.field), ("value", token)])]
    }

    static func inputID(_ name: String) -> String {
        "field-" + name.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    /// Whether the last error belongs to `name` (a limit's error belongs to its minimum field).
    func isWrong(_ name: String) -> Bool {
        problem?.field == name || (problem?.field.map { name == $0 + ".minimum" } ?? false)
    }

    /// The error summary at the top of the page, its message linking to the field at fault; nil without a problem.
    /// `more` follows the message (a design's conflicting constraints, for example).
    func errorSummary(more: [Markup] = []) -> Markup? {
        guard let problem else { return nil }
        var target = problem.field.map(Self.inputID)
        if let field = problem.field, field.hasPrefix("limits."), !field.hasSuffix("imum") {
            target = Self.inputID(field + ".minimum")  // a limit's error belongs to its minimum field
        }
        let message: Markup =
            target.map { .tag("p", [], [.tag("a", [("href", "#\($0)")], [.text(problem.message)])]) }
            ?? .paragraph(problem.message)
        return .tag(
            "div",
            [("class", "error-summary"), ("role", "alert"), ("aria-labelledby", "problem-title"), ("tabindex", "-1")],
            [.heading(2, "There is a problem", id: "problem-title"), message] + more)
    }

    /// One field: label, hint, error and the control, which gets its id and the ids that describe it.
    private func field(
        _ name: String, label: String, hint: String?, control: (_ id: String, _ describedBy: String?) -> [Markup]
    ) -> Markup {
        let id = Self.inputID(name)
        let wrong = isWrong(name)
        let describedBy = [hint == nil ? nil : "\(id)-hint", wrong ? "\(id)-error" : nil].compactMap { $0 }
            .joined(separator: " ").nilIfEmpty
        return .tag(
            "div", [("class", wrong ? "field field-error" : "field")],
            [
                .tag("label", [("for", id)], [.text(label)]),
                hint.map { .tag("span", [("class", "hint"), ("id", "\(id)-hint")], [.text($0)]) } ?? .empty,
                wrong
                    ? .tag(
                        "span", [("class", "error-message"), ("id", "\(id)-error")], [.text(problem?.message ?? "")])
                    : .empty,
            ] + control(id, describedBy))
    }

    func number(
        _ name: String, label: String, hint: String? = nil, suffix: String? = nil, inputMode: String = "decimal"
    ) -> Markup {
        field(name, label: label, hint: hint) { id, describedBy in
            [
                .voidTag(
                    "input",
                    [
                        ("type", "text"), ("inputmode", inputMode), ("id", id), ("name", name),
                        ("value", values[name] ?? ""), ("class", "input-number"), ("aria-describedby", describedBy),
                        ("autocomplete", "off"),
                    ]),
                suffix.map { .tag("span", [("class", "input-suffix")], [.text($0)]) } ?? .empty,
            ]
        }
    }

    /// An email address or a password: the password is never filled in again.
    func credential(_ name: String, label: String, password: Bool, autocomplete: String, hint: String? = nil)
        -> Markup
    {
        field(name, label: label, hint: hint) { id, describedBy in
            [
                .voidTag(
                    "input",
                    [
                        // A username field must be type text (HTML's autocomplete rules); inputmode asks for the
                        // email keyboard.
                        ("type", password ? "password" : "text"), ("inputmode", password ? nil : "email"),
                        ("id", id), ("name", name),
                        ("value", password ? "" : values[name] ?? ""), ("autocomplete", autocomplete),
                        ("aria-describedby", describedBy), ("spellcheck", "false"),
                    ])
            ]
        }
    }

    func text(_ name: String, label: String, hint: String? = nil) -> Markup {
        field(name, label: label, hint: hint) { id, describedBy in
            [
                .voidTag(
                    "input",
                    [
                        ("type", "text"), ("id", id), ("name", name), ("value", values[name] ?? ""),
                        ("aria-describedby", describedBy),
                    ])
            ]
        }
    }

    func textArea(_ name: String, label: String, hint: String? = nil) -> Markup {
        field(name, label: label, hint: hint) { id, describedBy in
            [
                .tag(
                    "textarea",
                    [
                        ("id", id), ("name", name), ("rows", "8"), ("spellcheck", "false"),
                        ("aria-describedby", describedBy),
                    ], [.text(values[name] ?? "")])
            ]
        }
    }

    func radios(_ name: String, legend: String, _ options: [(value: String, label: String, hint: String?)]) -> Markup {
        choices(name, legend: legend, options, type: "radio") { values[name] == $0 }
    }

    /// Boxes any number of which may be ticked; `checked` holds the ticked values.
    func checkboxes(
        _ name: String, legend: String, _ options: [(value: String, label: String, hint: String?)],
        checked: Set<String>
    ) -> Markup {
        choices(name, legend: legend, options, type: "checkbox") { checked.contains($0) }
    }

    /// A fieldset of radios or checkboxes, with the error beside it when it is the field at fault (the
    /// fieldset carries the field's id, so the error summary's link lands on it).
    private func choices(
        _ name: String, legend: String, _ options: [(value: String, label: String, hint: String?)], type: String,
        isChecked: (String) -> Bool
    ) -> Markup {
        let wrong = isWrong(name)
        return .tag(
            "fieldset", [("class", wrong ? "field field-error" : "field"), ("id", Self.inputID(name))],
            [
                .tag("legend", [], [.text(legend)]),
                wrong ? .tag("span", [("class", "error-message")], [.text(problem?.message ?? "")]) : .empty,
            ]
                + options.map { option in
                    let id = Self.inputID("\(name)-\(option.value)")
                    return .tag(
                        "div", [("class", "checkbox")],
                        [
                            .voidTag(
                                "input",
                                [
                                    ("type", type), ("id", id), ("name", name), ("value", option.value),
                                    ("checked", isChecked(option.value) ? "checked" : nil),
                                ]),
                            .tag("label", [("for", id)], [.text(option.label)]),
                            option.hint.map { .tag("span", [("class", "hint")], [.text($0)]) } ?? .empty,
                        ])
                })
    }
}

/// The names under which a form's cross-site token travels: a hidden field and a cookie with the same value.
public enum CrossSiteToken {
    public static let field = "csrf-token"
    public static let cookie = "skillmix-csrf"
}
