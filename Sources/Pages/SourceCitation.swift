import Plot
import Workforce

extension Node where Context == HTML.BodyContext {
    /// "Source: Health Careers (2023-01-27)" with links, or a plain statement that no source was recorded.
    static func citation(_ ids: [Source.ID], in catalogue: Catalogue, unsourced: Bool = false) -> Markup {
        let sources = ids.compactMap { catalogue.source($0) }
        guard !sources.isEmpty else {
            return .paragraph(
                unsourced ? "No source was recorded for this fact; treat it as our inference." : "No source recorded.",
                class: "cite"
            )
        }
        var nodes: [Markup] = [.text(sources.count == 1 ? "Source: " : "Sources: ")]
        for (index, source) in sources.enumerated() {
            if index > 0 { nodes.append(.text("; ")) }
            nodes.append(.externalLink(source.title ?? source.publisher, url: source.url))
            nodes.append(.text(" (\(source.date ?? "undated"))"))
        }
        return .tag("p", [("class", "cite")], nodes)
    }
}

extension Node where Context == HTML.BodyContext {
    /// A numbered list of sources, each linked to its publisher's page with the date it gives.
    static func sourceList(_ ids: [Source.ID], in catalogue: Catalogue) -> Markup {
        .tag(
            "ol", [("class", "list")],
            ids.compactMap { catalogue.source($0) }.map { source in
                .tag(
                    "li", [],
                    [.externalLink(source.title ?? source.publisher, url: source.url), .text(", \(source.dateLabel)")])
            })
    }
}

extension Node where Context == HTML.BodyContext {
    /// The figures a design or a business case used: each with its value, basis, sources and note.
    static func parameterTable(_ uses: [TeamDesign.ParameterUse], in catalogue: Catalogue) -> Markup {
        .dataTable(
            caption: "Figures used, with their basis and sources",
            header: ["Figure", "Value", "Basis", "Sources and notes"],
            rows: uses.map { use in
                var notes: [Markup] = use.parameter.sources.enumerated().map { index, id in
                    .tag(
                        "span", [],
                        [
                            .text(index == 0 ? "" : "; "),
                            .tag(
                                "a", [("href", SiteRoute.sources.path + "#source-\(id)")],
                                [.text(catalogue.source(id)?.publisher ?? id.rawValue)]),
                        ])
                }
                if let note = use.parameter.note { notes.append(.text((notes.isEmpty ? "" : ". ") + note)) }
                return [
                    .text(use.label), .text("\(Formatting.value(use.value)) \(use.unit)"),
                    .text(use.parameter.basis.label), .tag("span", [], notes),
                ]
            }, numericFrom: 9)
    }
}
