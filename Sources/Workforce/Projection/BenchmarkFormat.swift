import Foundation

/// The file formats of the projection benchmark in ../shared/bench/projection (README "Input JSON" and
/// "Output JSON"), so the benchmark, its check file and the app all run the same engine.
public enum BenchmarkFormat {
    public static let inputFormat = "skillmix.projection-benchmark.input/1"
    public static let outputFormat = "skillmix.projection-benchmark.output/1"

    private struct Input: Decodable {
        struct Region: Decodable {
            var id: String
            var name: String?
        }
        struct Move: Decodable {
            var to: String
            var share: Double
        }
        struct Role: Decodable {
            var id: String
            var name: String?
            var training_years: Int
            var leaver_rate_mean: Double
            var leaver_rate_concentration: Double
            var withdrawal_rate_mean: Double?
            var withdrawal_rate_concentration: Double?
            var nhs_post_share: Double?
            var moves: [Move]?
            var baseline_wte: [Double]
            var trainees: [[Double]]
            var intake: [[Double]]
            var target_wte: [[Double]]
        }
        var format: String
        var base_year: Int?
        var years: Int
        var leaver_shock_sd: Double
        var regions: [Region]
        var roles: [Role]
    }

    /// Reads a benchmark input file into Engine B's model, checked.
    public static func model(from data: Data) throws -> ProjectionModel {
        let input = try JSONDecoder().decode(Input.self, from: data)
        guard input.format == inputFormat else {
            throw WorkforceError.invalidProjection(field: "format", message: "The format must be \(inputFormat).")
        }
        let roleIndex = Dictionary(uniqueKeysWithValues: input.roles.enumerated().map { ($0.element.id, $0.offset) })
        let model = ProjectionModel(
            baseYear: input.base_year ?? 0, years: input.years, leaverShockSD: input.leaver_shock_sd,
            regions: input.regions.map { .init(id: $0.id, name: $0.name ?? $0.id) },
            roles: input.roles.map { role in
                let trains = role.training_years > 0
                return ProjectionModel.RoleSeries(
                    id: role.id, name: role.name ?? role.id, trainingYears: role.training_years,
                    leaverRateMean: role.leaver_rate_mean, leaverRateConcentration: role.leaver_rate_concentration,
                    withdrawalRateMean: trains ? role.withdrawal_rate_mean ?? 0 : 0,
                    withdrawalRateConcentration: trains ? role.withdrawal_rate_concentration ?? 0 : 0,
                    nhsPostShare: trains ? role.nhs_post_share ?? 0 : 0,
                    moves: (role.moves ?? []).map { .init(to: roleIndex[$0.to] ?? -1, share: $0.share) },
                    baseline: role.baseline_wte, trainees: role.trainees, intake: role.intake,
                    target: role.target_wte)
            })
        try model.validate()
        return model
    }

    /// The benchmark output document (numbers in Swift's shortest round-trip form).
    public static func output(_ result: ProjectionResult, model: ProjectionModel) -> String {
        func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }
        func list(_ values: [Double]) -> String { "[" + values.map(number).joined(separator: ", ") + "]" }
        func table(_ rows: [[Double]]) -> String { "[" + rows.map(list).joined(separator: ", ") + "]" }
        func cube(_ blocks: [[[Double]]]) -> String { "[" + blocks.map(table).joined(separator: ", ") + "]" }
        func strings(_ values: [String]) -> String {
            String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
        }
        return """
            {"format": "\(outputFormat)", "runs": \(result.runs), "seed": \(result.seed), \
            "deterministic": \(result.deterministic), "years": \(model.years), \
            "roles": \(strings(model.roles.map(\.id))), "regions": \(strings(model.regions.map(\.id))), \
            "percentile_method": "linear", "national_wte": {"p10": \(table(result.nationalP10)), \
            "p50": \(table(result.nationalP50)), "p90": \(table(result.nationalP90))}, \
            "region_mean_wte": \(cube(result.regionMean)), \
            "region_prob_below_target": \(cube(result.regionProbabilityBelowTarget))}

            """
    }
}
