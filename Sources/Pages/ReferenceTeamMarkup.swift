import Plot
import Workforce

extension Node where Context == HTML.BodyContext {
    /// A service model's default design beside its published reference team, post by post, with the sources;
    /// or, where there is no team to compare with, why not.
    static func referenceTeam(_ comparison: ReferenceComparison, catalogue: Catalogue) -> Markup {
        let team = comparison.team
        var content: [Markup] = [
            .heading(2, "How the defaults compare with a real team", id: "reference-team"),
            .paragraph("\(team.name). \(team.serves)"),
        ]
        if let exception = team.exception { content.append(.caution(exception)) }
        if !comparison.lines.isEmpty {
            let tolerance = Formatting.percent(ReferenceTeam.tolerance)
            content.append(
                .dataTable(
                    caption: "The default design beside \(team.name.inSentence), in whole-time equivalents (WTE)",
                    header: [
                        "Post, as published", "Roles in Skillmix", "Published team", "Default design", "Difference",
                    ],
                    rows: comparison.lines.map { line in
                        [
                            .text(line.post.title + (line.post.band.map { " (band \($0.name))" } ?? "")),
                            .text(
                                line.post.roles.map { catalogue.role($0)?.name ?? $0.rawValue }.joined(
                                    separator: " and ")),
                            .text(Formatting.wte(line.reference)),
                            .text(Formatting.wte(line.designed)),
                            .text(
                                (line.difference >= 0 ? "+" : "") + Formatting.wte(line.difference) + " ("
                                    + Formatting.percent(line.relativeDifference)
                                    + (line.withinTolerance ? ", within \(tolerance))" : ", more than \(tolerance))")),
                        ]
                    }, numericFrom: 2))
            content.append(
                .paragraph(
                    comparison.calibrated
                        ? "With its defaults, the designer's team is within \(tolerance) of the published team for every post."
                        : "With its defaults, the designer's team is more than \(tolerance) from the published team for at least one post."
                ))
        }
        if !team.notes.isEmpty { content.append(.bulletList(team.notes)) }
        content.append(.citation(team.sources, in: catalogue))
        return .tag("section", [("class", "reference-team"), ("aria-labelledby", "reference-team")], content)
    }
}

extension Node where Context == HTML.BodyContext {
    /// The default figures that move the default team most, so that a manager knows which to replace first.
    static func sensitiveDefaults(_ sensitivities: [DefaultSensitivity], catalogue: Catalogue) -> Markup {
        let step = Formatting.percent(TeamDesigner.sensitivityStep)
        return .tag(
            "section", [("aria-labelledby", "sensitive-defaults")],
            [
                .heading(2, "The figures that matter most", id: "sensitive-defaults"),
                .paragraph(
                    "Each default below was raised by \(step) on its own and the least-cost team found again. These "
                        + "change the team most, so they are the first of your own figures to enter."),
                .dataTable(
                    caption: "The defaults that move the default team most, for a \(step) rise in each",
                    header: ["Figure", "Default", "Basis", "Change in the team"],
                    rows: sensitivities.map { item in
                        [
                            .text(item.label), .text(Formatting.value(item.parameter.value)),
                            .text(item.parameter.basis.label),
                            .text((item.change >= 0 ? "+" : "−") + Formatting.wte(abs(item.change)) + " WTE"),
                        ]
                    }, numericFrom: 1),
            ])
    }
}
