import Pages
import Workforce

/// A role as readable text for the terminal: every fact, what is uncertain, and the sources.
struct RoleText {
    let role: Role
    let catalogue: Catalogue

    var rendered: String {
        var lines: [String] = [role.displayName, String(repeating: "=", count: role.displayName.count), ""]
        lines += wrap(role.summary, width: 88)
        lines.append("")
        func fact(_ fact: Fact, _ values: [String]) {
            lines.append("\(fact.label):")
            lines +=
                values.isEmpty
                ? ["  Not recorded in the sources"] : values.flatMap { wrap($0, width: 84).map { "  " + $0 } }
            for uncertainty in role.uncertainties(of: fact) { lines.append("  ! Uncertain: \(uncertainty.detail)") }
            if role.unsourced.contains(fact) { lines.append("  ! No source recorded for this fact") }
            let sources = role.sources(of: fact).map(\.rawValue)
            if !sources.isEmpty { lines.append("  Sources: \(sources.joined(separator: ", "))") }
        }
        fact(.group, [catalogue.group(role.group)?.name ?? role.group.rawValue, role.leadership.label])
        fact(.ages, [role.ages?.description ?? "Not established"])
        fact(.settings, role.settings.map(\.text))
        fact(.entryRequirements, role.entryRequirements)
        fact(
            .training,
            [
                role.training.programme, "Length: \(role.training.lengthLabel)",
                "Funding: \(role.training.fundingLabel)",
                "Level: \(role.training.level ?? "not recorded")",
            ]
        )
        fact(.registration, role.registration)
        fact(
            .bands,
            [
                "While training: \(role.bands.trainee?.text ?? "no salaried NHS training post")",
                "When qualified: \(role.bands.qualified.map { $0.text + (catalogue.payScale?.label(for: $0).map { ", \($0)" } ?? "") } ?? "not recorded")",
                "Later: \(role.bands.progression.map(\.name).joined(separator: ", "))",
            ]
        )
        fact(.capabilities, role.capabilities)
        fact(.supervisedBy, role.supervisedBy.map { catalogue.role($0)?.name ?? $0.rawValue })
        fact(
            .progression,
            role.progression.map {
                "\(catalogue.role($0.to)?.name ?? $0.to.rawValue): \($0.via)"
                    + ($0.months.map { " (\($0) months)" } ?? "")
            }
        )
        fact(.introduced, [role.introduced.map(String.init) ?? "An established role"])
        if !role.notes.isEmpty {
            lines.append("Notes:")
            lines += role.notes.flatMap { wrap($0, width: 84).map { "  " + $0 } }
        }
        lines.append("")
        lines.append("Sources:")
        for source in role.allSources.compactMap({ catalogue.source($0) }) {
            lines.append("  [\(source.id)] \(source.publisher), \(source.dateLabel)")
            lines.append("      \(source.url)")
        }
        return lines.joined(separator: "\n")
    }
}
