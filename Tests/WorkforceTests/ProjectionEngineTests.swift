import Foundation
import Testing

@testable import Workforce

/// Engine B against the NumPy reference of ../shared/bench/projection (its hand-worked example and its
/// deterministic check file, copied into `projection/`), and against properties any projection must have.
@Suite struct ProjectionEngineTests {
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: try #require(Bundle.module.url(forResource: "projection/\(name)", withExtension: nil)))
    }

    @Test func theHandWorkedExampleMatchesTheReadmeTable() throws {
        let model = try BenchmarkFormat.model(from: try Self.fixture("example_tiny.json"))
        let result = ProjectionEngine.project(model, runs: 3, seed: 1, deterministic: true)
        let expected = [[97.5, 95.3625, 93.5349375], [53.98, 58.571, 66.21295]]
        for role in 0..<2 {
            for year in 0..<3 {
                #expect(abs(result.regionMean[role][0][year] - expected[role][year]) < 1e-9 * expected[role][year])
                #expect(abs(result.nationalP50[role][year] - result.regionMean[role][0][year]) < 1e-9)
            }
        }
        #expect(result.regionProbabilityBelowTarget[0][0] == [1, 1, 1])
        #expect(result.regionProbabilityBelowTarget[1][0] == [0, 1, 0])
    }

    @Test func theDeterministicRunAgreesWithTheNumPyCheckFileTo1e9() throws {
        let model = try BenchmarkFormat.model(from: try Self.fixture("input_seed1.json"))
        let result = ProjectionEngine.project(model, runs: 100, seed: 1, deterministic: true)
        let check = try #require(
            try JSONSerialization.jsonObject(with: try Self.fixture("check_deterministic.json")) as? [String: Any])
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12 }
        let national = try #require(check["national_wte"] as? [String: [[Double]]])
        for (key, ours) in [("p10", result.nationalP10), ("p50", result.nationalP50), ("p90", result.nationalP90)] {
            let theirs = try #require(national[key])
            #expect(zip(ours, theirs).allSatisfy { zip($0, $1).allSatisfy(near) }, "national \(key)")
        }
        let means = try #require(check["region_mean_wte"] as? [[[Double]]])
        let below = try #require(check["region_prob_below_target"] as? [[[Double]]])
        var worst = 0.0
        for role in means.indices {
            for region in means[role].indices {
                for year in means[role][region].indices {
                    let a = result.regionMean[role][region][year]
                    let b = means[role][region][year]
                    worst = max(worst, abs(a - b) / max(abs(a), abs(b), 1e-300))
                    #expect(result.regionProbabilityBelowTarget[role][region][year] == below[role][region][year])
                }
            }
        }
        #expect(worst <= 1e-9)
    }

    @Test func theSameSeedGivesTheSameAnswerAndAnotherSeedDoesNot() throws {
        let model = try BenchmarkFormat.model(from: try Self.fixture("input_seed1.json"))
        let first = ProjectionEngine.project(model, runs: 300, seed: 7, deterministic: false)
        let again = ProjectionEngine.project(model, runs: 300, seed: 7, deterministic: false)
        let other = ProjectionEngine.project(model, runs: 300, seed: 8, deterministic: false)
        #expect(first == again)
        #expect(first.nationalP50 != other.nationalP50)
        // On one thread (as a server's worker runs it), byte for byte the same.
        let serial = ProjectionEngine.project(
            model, runs: 300, seed: 7, deterministic: false, placeDistributions: true, parallel: false)
        #expect(
            serial
                == ProjectionEngine.project(model, runs: 300, seed: 7, deterministic: false, placeDistributions: true))
        // The percentiles are ordered and the uncertainty is real.
        for role in first.nationalP10.indices {
            for year in first.nationalP10[role].indices {
                #expect(first.nationalP10[role][year] <= first.nationalP50[role][year])
                #expect(first.nationalP50[role][year] <= first.nationalP90[role][year])
            }
        }
        #expect(first.totalP10.last! < first.totalP90.last!)
    }

    @Test func movesAreNotLosses() throws {
        // With (almost) no leaving or withdrawal, every NHS post taken and no intake, staff only move: role A's
        // movers enter B's one-year training and qualify into B, so the total stays what it was.
        let model = ProjectionModel(
            baseYear: 2020, years: 5, leaverShockSD: 0, regions: [.init(id: "r", name: "R")],
            roles: [
                .init(
                    id: "a", name: "A", trainingYears: 0, leaverRateMean: 1e-12, leaverRateConcentration: 50,
                    withdrawalRateMean: 0, withdrawalRateConcentration: 0, nhsPostShare: 0,
                    moves: [.init(to: 1, share: 0.1)], baseline: [100], trainees: [[]], intake: [[0, 0, 0, 0, 0]],
                    target: [[0, 0, 0, 0, 0]]),
                .init(
                    id: "b", name: "B", trainingYears: 1, leaverRateMean: 1e-12, leaverRateConcentration: 50,
                    withdrawalRateMean: 1e-12, withdrawalRateConcentration: 50, nhsPostShare: 1, moves: [],
                    baseline: [50], trainees: [[0]], intake: [[0, 0, 0, 0, 0]], target: [[0, 0, 0, 0, 0]]),
            ])
        try model.validate()
        let result = ProjectionEngine.project(model, runs: 1, seed: 1, deterministic: true)
        // Qualified staff at the end of year t plus the movers of year t, who are still training.
        for year in 0..<5 {
            let a = result.regionMean[0][0][year]
            let b = result.regionMean[1][0][year]
            let inTraining = (year == 0 ? 100 : result.regionMean[0][0][year - 1]) * 0.1
            #expect(abs(a + b + inTraining - 150) < 1e-6)
        }
        #expect(abs(result.regionMean[0][0][0] - 90) < 1e-6)
    }

    @Test func betaAndNormalDrawsHaveTheirMeans() {
        var random = RandomSource(seed: 42)
        let count = 200_000
        var betaSum = 0.0
        var smallShapeSum = 0.0
        var normalSum = 0.0
        var normalSquares = 0.0
        for _ in 0..<count {
            betaSum += random.beta(2, 8)
            smallShapeSum += random.beta(0.3, 29.7)
            let z = random.normal()
            normalSum += z
            normalSquares += z * z
        }
        #expect(abs(betaSum / Double(count) - 0.2) < 0.002)
        #expect(abs(smallShapeSum / Double(count) - 0.01) < 0.0005)
        #expect(abs(normalSum / Double(count)) < 0.01)
        #expect(abs(normalSquares / Double(count) - 1) < 0.01)
    }

    @Test func normalDrawsFollowTheNormalDistribution() {
        // Kolmogorov–Smirnov against the normal CDF (critical value at the 0.1% level: 1.95 / √n), and the share
        // beyond 3.44, where the ziggurat samples its tail separately (expected 2.88e-4 each side).
        var random = RandomSource(seed: 11)
        let count = 400_000
        let draws = (0..<count).map { _ in random.normal() }.sorted()
        var distance = 0.0
        for (index, z) in draws.enumerated() {
            let cdf = 0.5 * erfc(-z / 2.0.squareRoot())
            distance = max(
                distance, abs(cdf - Double(index) / Double(count)), abs(cdf - Double(index + 1) / Double(count)))
        }
        #expect(distance < 1.95 / Double(count).squareRoot())
        let beyond = Double(draws.filter { abs($0) > 3.442619855899 }.count) / Double(count)
        #expect(abs(beyond - 5.76e-4) < 1.5e-4)
    }

    @Test func percentilesFollowNumPysLinearRule() {
        let values = (0..<100).map { Double(($0 * 37) % 100) }
        let picks = ProjectionEngine.linearPercentiles(values, [0.1, 0.5, 0.9])
        // Sorted 0…99: h = 9.9, 49.5, 89.1.
        #expect(abs(picks[0] - 9.9) < 1e-12)
        #expect(abs(picks[1] - 49.5) < 1e-12)
        #expect(abs(picks[2] - 89.1) < 1e-12)
    }

    @Test func orderStatisticsAgreeWithAFullSort() {
        var random = RandomSource(seed: 5)
        // Spread, clustered with far outliers, heavily tied, all equal, two values, and sizes around the cut-off
        // below which the values are simply sorted.
        let samples: [[Double]] = [
            (0..<10_000).map { _ in 1_000 + 50 * random.normal() },
            (0..<5_000).map { index in index % 997 == 0 ? 1e9 : random.uniform() },
            (0..<8_000).map { _ in Double(Int(random.uniform() * 7)) },
            [Double](repeating: 3.25, count: 4_000),
            (0..<3_001).map { $0 % 2 == 0 ? 0 : 1e-300 },
            (0..<257).map { _ in random.uniform() }, (0..<256).map { _ in random.uniform() }, [42],
        ]
        for values in samples {
            let sorted = values.sorted()
            let n = values.count
            let ranks = Set([0, n / 10, n / 10 + 1, n / 2, n / 2 + 1, (9 * n) / 10, n - 1].map { min($0, n - 1) })
                .sorted()
            let found = values.withUnsafeBufferPointer { ProjectionEngine.orderStatistics($0, ranks: ranks) }
            #expect(found == ranks.map { sorted[$0] }, "n = \(n)")
            let picks = ProjectionEngine.linearPercentiles(values, [0.1, 0.5, 0.9])
            for (pick, share) in zip(picks, [0.1, 0.5, 0.9]) {
                let h = Double(n - 1) * share
                let j = Int(h.rounded(.down))
                let expected = j >= n - 1 ? sorted[n - 1] : sorted[j] + (sorted[j + 1] - sorted[j]) * (h - Double(j))
                #expect(abs(pick - expected) <= 1e-12 * max(1, abs(expected)), "n = \(n), p = \(share)")
            }
        }
    }

    @Test func nationalTotalsAreTheSumOfTheRegionsInEveryRun() throws {
        // The nation is projected as one more place from the regions' summed inputs; with one run, each national
        // percentile is that run's national total and each regional mean is that run's regional value.
        let model = try BenchmarkFormat.model(from: try Self.fixture("input_seed1.json"))
        for seed: UInt64 in [3, 4] {
            let result = ProjectionEngine.project(
                model, runs: 1, seed: seed, deterministic: false, placeDistributions: true)
            for role in model.roles.indices {
                for year in 0..<model.years {
                    let regions = result.regionMean[role].reduce(0) { $0 + $1[year] }
                    let national = result.nationalP50[role][year]
                    #expect(abs(national - regions) <= 1e-9 * max(1, regions))
                    #expect(result.nationalP10[role][year] == national && result.nationalP90[role][year] == national)
                }
            }
            for year in 0..<model.years {
                let whole = result.nationalP50.reduce(0) { $0 + $1[year] }
                #expect(abs(result.totalP50[year] - whole) <= 1e-9 * whole)
                for region in model.regions.indices {
                    let place = result.regionMean.reduce(0) { $0 + $1[region][year] }
                    #expect(abs(result.placeP50[region][year] - place) <= 1e-9 * max(1, place))
                }
            }
        }
    }

    @Test(arguments: [
        ("place,role,wte\nLondon,clinical-psychologist,3", "no \"region\" column"),
        ("region,role,wte\nAtlantis,clinical-psychologist,3", "Row 2, column region"),
        ("region,role,wte\nLondon,wizard,3", "Row 2, column role"),
        ("region,role,wte\nLondon,clinical-psychologist,-3", "Row 2, column wte: -3 is negative"),
        ("region,role,wte\nLondon,clinical-psychologist,lots", "\"lots\" is not a number"),
        ("region,role,wte\nLondon,clinical-psychologist,3\nlondon,clinical-psychologist,4", "Row 3, column role"),
        ("region,role,wte\nLondon,clinical-psychologist", "Row 2"),
    ])
    func aBadImportNamesTheRowColumnAndValue(csv: String, words: String) {
        #expect {
            try BaselineImport(
                csv: csv, places: [("E40000003", "London"), ("E40000007", "East of England")],
                roles: ["clinical-psychologist"])
        } throws: { error in
            (error as? WorkforceError)?.description.contains(words) == true
        }
    }

    @Test func aGoodImportReadsQuotedNamesAndTrainees() throws {
        let imported = try BaselineImport(
            csv: "Region,Role,WTE,trainees_year1\n\"East of England\",clinical-psychologist,120.5,30\n",
            places: [("E40000003", "London"), ("E40000007", "East of England")], roles: ["clinical-psychologist"])
        #expect(imported.rows == [.init(place: 1, role: 0, wte: 120.5, trainees: [30])])
    }
}
