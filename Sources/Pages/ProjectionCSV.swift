import Workforce

/// A projection as CSV: one row per series and year (the whole workforce, then each role), then the places.
public enum ProjectionCSV {
    public static func render(_ report: ProjectionReport) -> String {
        var rows: [[String]] = [["series", "year", "p10", "p50", "p90", "target", "chance_below_target"]]
        for series in [report.total] + report.roles {
            for (index, year) in report.years.enumerated() {
                rows.append([
                    series.id, String(year), DesignCSV.number(series.p10[index]), DesignCSV.number(series.p50[index]),
                    DesignCSV.number(series.p90[index]), DesignCSV.number(series.target[index]),
                    DesignCSV.number(series.probabilityBelowTarget[index]),
                ])
            }
        }
        rows.append([])
        rows.append(["place", "place_id", "final_year_mean", "final_year_target", "gap"])
        for place in report.places {
            rows.append([
                place.name, place.id, DesignCSV.number(place.finalMean), DesignCSV.number(place.finalTarget),
                DesignCSV.number(place.gap),
            ])
        }
        return rows.map { $0.map(DesignCSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
