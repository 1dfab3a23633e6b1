import Plot
import Workforce

/// Body content: every page is built from these nodes and rendered by Plot.
public typealias Markup = Node<HTML.BodyContext>

/// Small builders over Plot's nodes. Plot escapes text but not attribute values, so every attribute
/// goes through `Markup.escapeAttribute`; data never goes into `.raw`.
extension Node where Context == HTML.BodyContext {
    /// An element with escaped attributes and child nodes.
    static func tag(_ name: String, _ attributes: [(String, String?)] = [], _ children: [Markup] = []) -> Markup {
        .element(named: name, nodes: attributes.compactMap(attribute) + children)
    }

    /// A self-closing element (`input`, `br`) with escaped attributes.
    static func voidTag(_ name: String, _ attributes: [(String, String?)]) -> Markup {
        .selfClosedElement(
            named: name,
            attributes: attributes.compactMap { pair in
                pair.1.map { Attribute<HTML.BodyContext>.attribute(named: pair.0, value: escapeAttribute($0)) }
            }
        )
    }

    private static func attribute(_ pair: (String, String?)) -> Markup? {
        guard let value = pair.1 else { return nil }
        return .attribute(named: pair.0, value: escapeAttribute(value), ignoreIfValueIsEmpty: false)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for use inside a double-quoted attribute.
    static func escapeAttribute(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func link(_ text: String, to route: SiteRoute, class className: String? = nil) -> Markup {
        .tag("a", [("href", route.path), ("class", className)], [.text(text)])
    }

    static func externalLink(_ text: String, url: String) -> Markup {
        .tag("a", [("href", url), ("rel", "noopener")], [.text(text)])
    }

    static func paragraph(_ text: String, class className: String? = nil) -> Markup {
        .tag("p", [("class", className)], [.text(text)])
    }

    static func heading(_ level: Int, _ text: String, id: String? = nil, class className: String? = nil) -> Markup {
        .tag("h\(level)", [("id", id), ("class", className)], [.text(text)])
    }

    static func bulletList(_ items: [String]) -> Markup {
        .tag("ul", [("class", "list")], items.map { .tag("li", [], [.text($0)]) })
    }

    /// A warning shown beside a fact that is uncertain or unsourced.
    static func caution(_ text: String) -> Markup {
        .tag("p", [("class", "caution")], [.tag("strong", [], [.text("Uncertain: ")]), .text(text)])
    }

    /// One term and its value in a `dl.facts` list: the `dt` and `dd` sit directly in the `dl` (screen readers and
    /// checkers such as axe expect no wrapper).
    static func fact(_ term: String, _ value: String) -> Markup {
        factRow(term, [.text(value)])
    }

    static func factRow(_ term: String, _ value: [Markup]) -> Markup {
        .group([.tag("dt", [], [.text(term)]), .tag("dd", [], value)])
    }

    /// A table with a caption, column headings and row headings (the first cell of each row); columns from
    /// `numericFrom` on are right-aligned figures.
    static func dataTable(caption: String, header: [String], rows: [[Markup]], numericFrom: Int) -> Markup {
        .tag(
            "div", [("class", "table-wrap")],
            [
                .tag(
                    "table", [],
                    [
                        .tag("caption", [], [.text(caption)]),
                        .tag(
                            "thead", [],
                            [
                                .tag(
                                    "tr", [],
                                    header.enumerated().map { index, text in
                                        .tag(
                                            "th",
                                            [("scope", "col"), ("class", index >= numericFrom ? "numeric" : nil)],
                                            [.text(text)])
                                    })
                            ]),
                        .tag(
                            "tbody", [],
                            rows.map { cells in
                                .tag(
                                    "tr", [],
                                    cells.enumerated().map { index, cell in
                                        index == 0
                                            ? .tag("th", [("scope", "row")], [cell])
                                            : .tag("td", [("class", index >= numericFrom ? "numeric" : nil)], [cell])
                                    })
                            }),
                    ])
            ])
    }
}
