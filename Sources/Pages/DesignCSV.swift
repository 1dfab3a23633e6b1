import Workforce

/// A design as CSV for a spreadsheet: one table with a section column, so it opens in one sheet.
public enum DesignCSV {
    public static func render(_ design: TeamDesign) -> String {
        var rows: [[String]] = [["section", "item", "detail", "value", "unit"]]
        rows.append(["summary", design.serviceName, "catalogue \(design.catalogueVersion)", "", ""])
        rows.append(["summary", "total cost", design.costBasis, money(design.totalCost), "GBP a year"])
        rows.append(["summary", "total WTE", "", number(design.totalWTE), "WTE"])
        rows.append([
            "summary", "episodes met", "of \(number(design.episodesDemanded))", number(design.episodesMet),
            "episodes a year",
        ])
        for post in design.posts {
            rows.append(["posts", post.name, post.band.description, number(post.wte), "WTE"])
            rows.append(["post costs", post.name, "\(money(post.costPerWTE)) per WTE", money(post.cost), "GBP a year"])
        }
        for post in design.fixedPosts {
            rows.append(["fixed posts", post.name, post.band.description, number(post.wte), "WTE"])
        }
        for intervention in design.interventions {
            rows.append(["demand", intervention.name, "demanded", number(intervention.demand), "episodes a year"])
            rows.append(["demand", intervention.name, "met", number(intervention.met), "episodes a year"])
            for share in intervention.hoursByRole {
                rows.append(["hours", intervention.name, share.role.rawValue, number(share.hours), "hours a year"])
            }
        }
        for flow in design.supervision {
            rows.append([
                "supervision", flow.from.rawValue, "to \(flow.to.rawValue)", number(flow.hours), "hours a year",
            ])
        }
        for alternative in design.alternatives {
            rows.append(["alternatives", alternative.title, alternative.summary, money(alternative.cost), "GBP a year"])
        }
        for scenario in design.sensitivity {
            rows.append([
                "sensitivity", scenario.label, "WTE \(number(scenario.totalWTE))", money(scenario.cost), "GBP a year",
            ])
        }
        for use in design.parameters {
            let provenance = ([use.parameter.basis.label] + use.parameter.sources.map(\.rawValue)).joined(
                separator: "; ")
            rows.append(["parameters", use.label, provenance, number(use.value), use.unit])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field when it needs it (RFC 4180), and defuses spreadsheet formulas.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return CheckedNumber.wholeNumber(rounded).map(String.init) ?? String(rounded)
    }

    static func money(_ value: Double) -> String { value.roundedWholeText }
}
