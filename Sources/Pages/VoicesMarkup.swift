import Plot
import Workforce

extension Node where Context == HTML.BodyContext {
    /// "In their own words": the published quotes about a role, each with its speaker and source, or a plain
    /// statement that Skillmix has found none.
    static func voices(about role: Role, in catalogue: Catalogue) -> [Markup] {
        let voices = catalogue.voices(about: role.id)
        var content: [Markup] = [.heading(2, "In their own words", id: "voices")]
        guard !voices.isEmpty else {
            return content + [
                .paragraph(
                    "Skillmix has not yet found a published quote from someone in this role, a manager of one or "
                        + "someone who uses their service. It never writes one itself.")
            ]
        }
        content.append(
            .paragraph(
                "Quoted as published, from the sources named; a quote may be the opening of a longer one.",
                class: "cite"))
        for voice in voices {
            let source = catalogue.source(voice.source)
            content.append(
                .tag(
                    "figure", [("class", "voice")],
                    [
                        .tag("blockquote", [], [.paragraph(voice.quote)]),
                        .tag(
                            "figcaption", [],
                            [
                                .text("\(voice.speaker), \(voice.speakerRole) (\(voice.kind.label.inSentence)). "),
                                source.map { .externalLink("Source: \($0.title ?? $0.publisher)", url: $0.url) }
                                    ?? .empty,
                                .text(source.map { ", \($0.dateLabel)" } ?? ""),
                            ]),
                    ]))
        }
        return content
    }
}
