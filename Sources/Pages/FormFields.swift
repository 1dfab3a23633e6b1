import Plot
import Workforce

/// The form inputs every form shares, in the NHS service manual's pattern: a label, an optional hint, the error
/// beside the field it belongs to (linked from the error summary), and the value the person last entered.
struct FormFields {
    var values: [String: String]
    /// The field at fault and the message, after a failed submission.
    var problem: (field: String?, message: String)?

    static func inputID(_ name: String) -> String {
        "field-" + name.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    /// Whether the last error belongs to `name` (a limit's error belongs to its minimum field).
    func isWrong(_ name: String) -> Bool {
        problem?.field == name || (problem?.field.map { name == $0 + ".minimum" } ?? false)
    }

    private func described(_ id: String, hint: String?, wrong: Bool) -> String? {
        [hint == nil ? nil : "\(id)-hint", wrong ? "\(id)-error" : nil].compactMap { $0 }.joined(separator: " ")
            .nilIfEmpty
    }

    private func parts(_ id: String, label: String, hint: String?, wrong: Bool) -> [Markup] {
        [
            .tag("label", [("for", id)], [.text(label)]),
            hint.map { .tag("span", [("class", "hint"), ("id", "\(id)-hint")], [.text($0)]) } ?? .empty,
            wrong
                ? .tag("span", [("class", "error-message"), ("id", "\(id)-error")], [.text(problem?.message ?? "")])
                : .empty,
        ]
    }

    func number(
        _ name: String, label: String, hint: String? = nil, suffix: String? = nil, inputMode: String = "decimal"
    ) -> Markup {
        let id = Self.inputID(name)
        let wrong = isWrong(name)
        return .tag(
            "div", [("class", wrong ? "field field-error" : "field")],
            parts(id, label: label, hint: hint, wrong: wrong) + [
                .voidTag(
                    "input",
                    [
                        ("type", "text"), ("inputmode", inputMode), ("id", id), ("name", name),
                        ("value", values[name] ?? ""), ("class", "input-number"),
                        ("aria-describedby", described(id, hint: hint, wrong: wrong)), ("autocomplete", "off"),
                    ]),
                suffix.map { .tag("span", [("class", "input-suffix")], [.text($0)]) } ?? .empty,
            ])
    }

    func text(_ name: String, label: String, hint: String? = nil) -> Markup {
        let id = Self.inputID(name)
        let wrong = isWrong(name)
        return .tag(
            "div", [("class", wrong ? "field field-error" : "field")],
            parts(id, label: label, hint: hint, wrong: wrong) + [
                .voidTag(
                    "input",
                    [
                        ("type", "text"), ("id", id), ("name", name), ("value", values[name] ?? ""),
                        ("aria-describedby", described(id, hint: hint, wrong: wrong)),
                    ])
            ])
    }

    func textArea(_ name: String, label: String, hint: String? = nil) -> Markup {
        let id = Self.inputID(name)
        let wrong = isWrong(name)
        return .tag(
            "div", [("class", wrong ? "field field-error" : "field")],
            parts(id, label: label, hint: hint, wrong: wrong) + [
                .tag(
                    "textarea",
                    [
                        ("id", id), ("name", name), ("rows", "8"), ("spellcheck", "false"),
                        ("aria-describedby", described(id, hint: hint, wrong: wrong)),
                    ], [.text(values[name] ?? "")])
            ])
    }

    func radios(_ name: String, legend: String, _ options: [(value: String, label: String, hint: String?)]) -> Markup {
        .tag(
            "fieldset", [("class", "field")],
            [.tag("legend", [], [.text(legend)])]
                + options.map { option in
                    let id = Self.inputID("\(name)-\(option.value)")
                    return .tag(
                        "div", [("class", "checkbox")],
                        [
                            .voidTag(
                                "input",
                                [
                                    ("type", "radio"), ("id", id), ("name", name), ("value", option.value),
                                    ("checked", values[name] == option.value ? "checked" : nil),
                                ]),
                            .tag("label", [("for", id)], [.text(option.label)]),
                            option.hint.map { .tag("span", [("class", "hint")], [.text($0)]) } ?? .empty,
                        ])
                })
    }
}
