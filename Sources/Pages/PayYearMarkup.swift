import Plot
import Workforce

/// The choice of Agenda for Change year on the planning forms, and the line that says which year a result
/// used.
func payYearChoice(_ fields: FormFields, name: String, catalogue: Catalogue) -> Markup {
    guard let current = catalogue.payScale else { return .empty }
    var options: [(value: String, label: String, hint: String?)] = [
        (PayYearChoice.inForce, "The year in force today (\(current.name))", payYearHint(current))
    ]
    for year in catalogue.payYears.reversed() where year != current.year {
        if let scale = catalogue.payScale(year: year) { options.append((year, scale.name, payYearHint(scale))) }
    }
    var fields = fields
    if (fields.values[name] ?? "").isEmpty { fields.values[name] = PayYearChoice.inForce }
    return fields.radios(name, legend: "Pay year", options)
}

private func payYearHint(_ scale: PayScale) -> String {
    "In force from \(scale.effectiveFrom.text); \(scale.basis == .official ? "the official table" : "\(scale.basis.rawValue) figures")."
}

/// "Costed at 2026/27 pay (derived), in force from 1 April 2026." and, when a newer table is now in force,
/// a sentence that says so; nil when the result did not record its year.
func payYearNote(used year: String?, catalogue: Catalogue) -> String? {
    guard let year else {
        return "This was saved before Skillmix recorded the pay year it used; make it again to cost it at "
            + (catalogue.payScale.map { "\($0.name) pay" } ?? "today's pay") + "."
    }
    let used = catalogue.payScales.last { $0.name == year }
    var text = "Costed at \(used?.shortLabel ?? year) pay"
    if let used { text += ", in force from \(used.effectiveFrom.text)" }
    text += "."
    if let current = catalogue.payScale, current.name != year, let used, used.effectiveFrom < current.effectiveFrom {
        text += " \(current.name) pay has been in force since \(current.effectiveFrom.text); make it again to use it."
    }
    return text
}
