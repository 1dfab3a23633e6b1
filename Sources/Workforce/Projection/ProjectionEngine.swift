import Dispatch
import Foundation

/// What a projection produces: national P10/P50/P90 per role and year, and per role, region and year the mean
/// qualified WTE and the share of runs below target. Arrays are [role][year] and [role][region][year].
public struct ProjectionResult: Hashable, Sendable, Codable {
    public var runs: Int
    public var seed: UInt64
    public var deterministic: Bool
    public var nationalP10: [[Double]]
    public var nationalP50: [[Double]]
    public var nationalP90: [[Double]]
    /// Share of runs in which the role's national WTE is below its national target, [role][year].
    public var nationalProbabilityBelowTarget: [[Double]]
    public var regionMean: [[[Double]]]
    public var regionProbabilityBelowTarget: [[[Double]]]
    /// The whole workforce (all roles) by year: P10, P50, P90 and the share of runs below the summed target.
    public var totalP10: [Double]
    public var totalP50: [Double]
    public var totalP90: [Double]
    public var totalProbabilityBelowTarget: [Double]
    /// Each place's whole workforce, [place][year], when asked for; empty otherwise.
    public var placeP10: [[Double]] = []
    public var placeP50: [[Double]] = []
    public var placeP90: [[Double]] = []
    public var placeProbabilityBelowTarget: [[Double]] = []
}

/// Engine B of MODEL.md: the annual stock-flow projection of every role in every region, over many runs whose
/// leaver and withdrawal rates are drawn from Beta distributions around their means and whose years carry a
/// national Normal shock. Pure: the same model, runs and seed give the same result on any machine and any
/// number of cores (runs are split into fixed chunks whose partial sums are added in chunk order).
///
/// The step order within a year follows ../shared/bench/projection/README.md exactly: leavers; moves out
/// (from those who stayed); training progression with withdrawal; qualification (times the NHS-post share);
/// entry of intake and arrivals into the first training year (or into post for roles without training).
public enum ProjectionEngine {
    /// Runs per chunk: each chunk is projected on one core, its partial sums kept apart.
    static let chunk = 128

    /// Projects `model` over `runs` runs. With `placeDistributions`, also the P10/P50/P90 of each place's whole
    /// workforce and its chance of missing the place's target (the product shows them; the benchmark does not
    /// need them).
    public static func project(
        _ model: ProjectionModel, runs: Int, seed: UInt64, deterministic: Bool, placeDistributions: Bool = false
    ) -> ProjectionResult {
        let r = model.roles.count
        let g = model.regions.count
        let t = model.years
        let s = max(1, runs)
        let sigma = model.leaverShockSD

        // Per-run parameters, drawn up front in a fixed order so chunking cannot change them.
        var leaveDraws = [Double](repeating: 0, count: s * r)
        var withdrawDraws = [Double](repeating: 0, count: s * r)
        var shockDraws = [Double](repeating: 0, count: s * t)
        if deterministic {
            for run in 0..<s {
                for role in 0..<r {
                    leaveDraws[run * r + role] = model.roles[role].leaverRateMean
                    withdrawDraws[run * r + role] =
                        model.roles[role].trainingYears > 0 ? model.roles[role].withdrawalRateMean : 0
                }
            }
        } else {
            // Each run has its own stream (seed, run), so the draws can be made in parallel and a run's draws do
            // not depend on how many runs there are or how they are split among cores.
            leaveDraws.withUnsafeMutableBufferPointer { leaveBuffer in
                withdrawDraws.withUnsafeMutableBufferPointer { withdrawBuffer in
                    shockDraws.withUnsafeMutableBufferPointer { shockBuffer in
                        let out = DrawBuffers(
                            leave: leaveBuffer.baseAddress!, withdraw: withdrawBuffer.baseAddress!,
                            shock: shockBuffer.baseAddress!)
                        let chunks = (s + chunk - 1) / chunk
                        DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
                            for run in (chunkIndex * chunk)..<min(s, (chunkIndex + 1) * chunk) {
                                var random = RandomSource(seed: seed, stream: UInt64(run))
                                for (role, series) in model.roles.enumerated() {
                                    let c = series.leaverRateConcentration
                                    out.leave[run * r + role] = random.beta(
                                        series.leaverRateMean * c, (1 - series.leaverRateMean) * c)
                                }
                                for (role, series) in model.roles.enumerated() where series.trainingYears > 0 {
                                    let c = series.withdrawalRateConcentration
                                    out.withdraw[run * r + role] = random.beta(
                                        series.withdrawalRateMean * c, (1 - series.withdrawalRateMean) * c)
                                }
                                for year in 0..<t { out.shock[run * t + year] = sigma * random.normal() }
                            }
                        }
                    }
                }
            }
        }

        // Inputs laid out [region][year][role] so the inner loop runs over contiguous roles.
        var intakeTable = [Double](repeating: 0, count: g * t * r)
        var targetTable = [Double](repeating: 0, count: g * t * r)
        var baselineTable = [Double](repeating: 0, count: g * r)
        var traineeTable = [Double](repeating: 0, count: g * r * 3)
        for (role, series) in model.roles.enumerated() {
            for region in 0..<g {
                baselineTable[region * r + role] = series.baseline[region]
                for k in 0..<series.trainingYears {
                    traineeTable[(region * r + role) * 3 + k] = series.trainees[region][k]
                }
                for year in 0..<t {
                    intakeTable[(region * t + year) * r + role] = series.intake[region][year]
                    targetTable[(region * t + year) * r + role] = series.target[region][year]
                }
            }
        }
        let (leave, withdraw, shock) = (leaveDraws, withdrawDraws, shockDraws)
        let (intake, target, baseline, trainees) = (intakeTable, targetTable, baselineTable, traineeTable)
        let training = model.roles.map(\.trainingYears)
        let keepShare = model.roles.map { 1 - $0.moveTotal }
        let nhsShare = model.roles.map(\.nhsPostShare)
        let moves = model.roles.enumerated().flatMap { from, series in
            series.moves.map { (from: from, to: $0.to, share: $0.share) }
        }

        // Roles in the kernel are ordered by training length, longest first, so each pipeline step is one
        // contiguous loop: [0, n3) train 3 years, [n3, n2) 2, [n2, n1) 1, [n1, r) none.
        let order = (0..<r).sorted { (-training[$0], $0) < (-training[$1], $1) }
        let n3 = order.filter { training[$0] >= 3 }.count
        let n2 = order.filter { training[$0] >= 2 }.count
        let n1 = order.filter { training[$0] >= 1 }.count
        let position = Array(unsafeUninitializedCapacity: r) { buffer, count in
            for (index, role) in order.enumerated() { buffer[role] = index }
            count = r
        }
        let kernelMoves = moves.map { (from: position[$0.from], to: position[$0.to], share: $0.share) }

        // Outputs: national totals [role][year][run] (contiguous per cell, for the percentiles); per chunk,
        // regional sums and below-target counts [region][year][role].
        let chunks = (s + chunk - 1) / chunk
        let cell = g * t * r
        var national = [Double](repeating: 0, count: s * t * r)
        var sums = [Double](repeating: 0, count: chunks * cell)
        var below = [Double](repeating: 0, count: chunks * cell)
        var placeTotals = [Double](repeating: 0, count: placeDistributions ? g * t * s : 0)

        placeTotals.withUnsafeMutableBufferPointer { placeBuffer in
            national.withUnsafeMutableBufferPointer { nationalBuffer in
                sums.withUnsafeMutableBufferPointer { sumsBuffer in
                    below.withUnsafeMutableBufferPointer { belowBuffer in
                        let out = Outputs(
                            national: nationalBuffer.baseAddress!, sums: sumsBuffer.baseAddress!,
                            below: belowBuffer.baseAddress!, places: placeDistributions ? placeBuffer.baseAddress : nil)
                        DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
                            projectChunk(
                                first: chunkIndex * chunk, last: min(s, (chunkIndex + 1) * chunk), roles: r, regions: g,
                                years: t, runs: s, order: order, n3: n3, n2: n2, n1: n1, moves: kernelMoves,
                                leave: leave, withdraw: withdraw, shock: shock, sigma: sigma, keepShare: keepShare,
                                nhsShare: nhsShare, intake: intake, target: target, baseline: baseline,
                                trainees: trainees, national: out.national, sum: out.sums + chunkIndex * cell,
                                below: out.below + chunkIndex * cell, places: out.places)
                        }
                    }
                }
            }
        }
        var result = summarise(
            model, national: national, sums: sums, below: below, chunks: chunks, runs: s, seed: seed,
            deterministic: deterministic)
        if placeDistributions {
            var column = [Double](repeating: 0, count: s)
            for region in 0..<g {
                var p10: [Double] = []
                var p50: [Double] = []
                var p90: [Double] = []
                var short: [Double] = []
                for year in 0..<t {
                    let goal = model.roles.reduce(0.0) { $0 + $1.target[region][year] }
                    for run in 0..<s { column[run] = placeTotals[(region * t + year) * s + run] }
                    short.append(Double(column.filter { $0 < goal }.count) / Double(s))
                    let picks = linearPercentiles(&column, [0.1, 0.5, 0.9])
                    p10.append(picks[0])
                    p50.append(picks[1])
                    p90.append(picks[2])
                }
                result.placeP10.append(p10)
                result.placeP50.append(p50)
                result.placeP90.append(p90)
                result.placeProbabilityBelowTarget.append(short)
            }
        }
        return result
    }

    /// Runs projected together, one per SIMD lane.
    typealias Lanes = SIMD8<Double>

    /// Projects runs first..<last in every region, `Lanes.scalarCount` runs at a time (one per SIMD lane; a short
    /// last block repeats its last run in the spare lanes and leaves them out of every total). Inputs are in
    /// model role order; the kernel works in `order` (longest training first) and writes national totals
    /// [role][year][run] and this chunk's regional sums and below-target counts [region][year][role], both in
    /// model role order.
    static func projectChunk(
        first: Int, last: Int, roles r: Int, regions g: Int, years t: Int, runs s: Int, order: [Int], n3: Int,
        n2: Int, n1: Int, moves: [(from: Int, to: Int, share: Double)], leave: [Double], withdraw: [Double],
        shock: [Double], sigma: Double, keepShare: [Double], nhsShare: [Double], intake: [Double], target: [Double],
        baseline: [Double], trainees: [Double], national: UnsafeMutablePointer<Double>,
        sum: UnsafeMutablePointer<Double>, below: UnsafeMutablePointer<Double>, places: UnsafeMutablePointer<Double>?
    ) {
        let width = Lanes.scalarCount
        // Moves grouped by destination, so each arrival total is built in a register.
        let destinations = Array(Set(moves.map(\.to))).sorted()
        var incoming: [(from: Int, move: Int)] = []
        var incomingStart = [0]
        for destination in destinations {
            for (index, move) in moves.enumerated() where move.to == destination {
                incoming.append((move.from, index))
            }
            incomingStart.append(incoming.count)
        }
        let m = max(moves.count, 1)
        let blocks = (last - first + width - 1) / width
        // Per block of runs: its rates for every year, and its national totals; per region: vector sums.
        let perBlock = t * r * 2 + t * m + r * 2 + 1
        let lanes = UnsafeMutablePointer<Lanes>.allocate(capacity: blocks * perBlock + r * 5 + t * r * 2)
        defer { lanes.deallocate() }
        lanes.initialize(repeating: Lanes(), count: blocks * perBlock + r * 5 + t * r * 2)
        func keep(_ b: Int) -> UnsafeMutablePointer<Lanes> { lanes + b * perBlock }
        func runTotals(_ b: Int) -> UnsafeMutablePointer<Lanes> { lanes + b * perBlock + t * r }
        func coefficient(_ b: Int) -> UnsafeMutablePointer<Lanes> { lanes + b * perBlock + 2 * t * r }
        func survive(_ b: Int) -> UnsafeMutablePointer<Lanes> { lanes + b * perBlock + 2 * t * r + t * m }
        func qualify(_ b: Int) -> UnsafeMutablePointer<Lanes> { survive(b) + r }
        func valid(_ b: Int) -> UnsafeMutablePointer<Lanes> { survive(b) + 2 * r }
        let state = lanes + blocks * perBlock
        let stock = state
        let p0 = state + r
        let p1 = state + 2 * r
        let p2 = state + 3 * r
        let entry = state + 4 * r
        let sumAccumulator = state + 5 * r
        let countAccumulator = sumAccumulator + t * r
        // This chunk's inputs and outputs in kernel order, [region][year][kernel role].
        let scalars = UnsafeMutablePointer<Double>.allocate(capacity: g * t * r * 4)
        defer { scalars.deallocate() }
        let intakeK = scalars
        let targetK = scalars + g * t * r
        let sumK = scalars + 2 * g * t * r
        let countK = scalars + 3 * g * t * r
        for index in 0..<(g * t) {
            for (k, role) in order.enumerated() {
                intakeK[index * r + k] = intake[index * r + role]
                targetK[index * r + k] = target[index * r + role]
            }
        }
        for b in 0..<blocks {
            let blockStart = first + b * width
            let used = min(width, last - blockStart)
            var validLanes = Lanes(repeating: 0)
            for lane in 0..<used { validLanes[lane] = 1 }
            valid(b).pointee = validLanes
            func run(_ lane: Int) -> Int { blockStart + min(lane, used - 1) }
            // Filled lane by lane through a Double view: inserting single lanes into vectors stalls.
            keep(b).withMemoryRebound(to: Double.self, capacity: t * r * width) { keepLanes in
                coefficient(b).withMemoryRebound(to: Double.self, capacity: t * m * width) { coefficientLanes in
                    for year in 0..<t {
                        for lane in 0..<width {
                            let runIndex = run(lane)
                            let multiplier = exp(shock[runIndex * t + year] - 0.5 * sigma * sigma)
                            for (k, role) in order.enumerated() {
                                let stay = 1 - min(1, leave[runIndex * r + role] * multiplier)
                                keepLanes[(year * r + k) * width + lane] = stay * keepShare[role]
                            }
                            for (index, move) in moves.enumerated() {
                                let stay = 1 - min(1, leave[runIndex * r + order[move.from]] * multiplier)
                                coefficientLanes[(year * m + index) * width + lane] = stay * move.share
                            }
                        }
                    }
                }
            }
            survive(b).withMemoryRebound(to: Double.self, capacity: 2 * r * width) { rates in
                for (k, role) in order.enumerated() {
                    for lane in 0..<width {
                        let survival = 1 - withdraw[run(lane) * r + role]
                        rates[k * width + lane] = survival
                        rates[(r + k) * width + lane] = survival * nhsShare[role]
                    }
                }
            }
            runTotals(b).initialize(repeating: Lanes(repeating: 0), count: t * r)
        }
        for region in 0..<g {
            sumAccumulator.initialize(repeating: Lanes(repeating: 0), count: t * r * 2)
            for b in 0..<blocks {
                let keepB = keep(b)
                let coefficientB = coefficient(b)
                let totalsB = runTotals(b)
                let surviveB = survive(b)
                let qualifyB = qualify(b)
                let validB = valid(b).pointee
                let masked = validB.min() < 1
                let ones = Lanes(repeating: 1)
                for (k, role) in order.enumerated() {
                    stock[k] = Lanes(repeating: baseline[region * r + role])
                    p0[k] = Lanes(repeating: trainees[(region * r + role) * 3])
                    p1[k] = Lanes(repeating: trainees[(region * r + role) * 3 + 1])
                    p2[k] = Lanes(repeating: trainees[(region * r + role) * 3 + 2])
                }
                for year in 0..<t {
                    let base = (region * t + year) * r
                    let intakeY = intakeK + base
                    let targetY = targetK + base
                    let keepY = keepB + year * r
                    let coefficientY = coefficientB + year * m
                    for k in 0..<r { entry[k] = Lanes(repeating: intakeY[k]) }
                    for (position, destination) in destinations.enumerated() {
                        var arrivals = entry[destination]
                        for index in incomingStart[position]..<incomingStart[position + 1] {
                            let source = incoming[index]
                            arrivals += coefficientY[source.move] * stock[source.from]
                        }
                        entry[destination] = arrivals
                    }
                    let totals = totalsB + year * r
                    let sums = sumAccumulator + year * r
                    let counts = countAccumulator + year * r
                    @inline(__always) func record(_ k: Int, _ n: Lanes) {
                        stock[k] = n
                        totals[k] += n
                        let under = n .< Lanes(repeating: targetY[k])
                        if masked {
                            sums[k] += n * validB
                            counts[k] += validB.replacing(with: 0, where: .!under)
                        } else {
                            sums[k] += n
                            counts[k] += ones.replacing(with: 0, where: .!under)
                        }
                    }
                    for k in 0..<n3 {
                        record(k, stock[k] * keepY[k] + qualifyB[k] * p2[k])
                        p2[k] = surviveB[k] * p1[k]
                        p1[k] = surviveB[k] * p0[k]
                        p0[k] = entry[k]
                    }
                    for k in n3..<n2 {
                        record(k, stock[k] * keepY[k] + qualifyB[k] * p1[k])
                        p1[k] = surviveB[k] * p0[k]
                        p0[k] = entry[k]
                    }
                    for k in n2..<n1 {
                        record(k, stock[k] * keepY[k] + qualifyB[k] * p0[k])
                        p0[k] = entry[k]
                    }
                    for k in n1..<r { record(k, stock[k] * keepY[k] + entry[k]) }
                    if let places {
                        var whole = Lanes(repeating: 0)
                        for k in 0..<r { whole += stock[k] }
                        let blockStart = first + b * width
                        for lane in 0..<min(width, last - blockStart) {
                            places[(region * t + year) * s + blockStart + lane] = whole[lane]
                        }
                    }
                }
            }
            for index in 0..<(t * r) {
                sumK[region * t * r + index] = sumAccumulator[index].sum()
                countK[region * t * r + index] = countAccumulator[index].sum()
            }
        }
        for b in 0..<blocks {
            let blockStart = first + b * width
            let used = min(width, last - blockStart)
            for year in 0..<t {
                for (k, role) in order.enumerated() {
                    let totals = runTotals(b)[year * r + k]
                    for lane in 0..<used { national[(role * t + year) * s + blockStart + lane] = totals[lane] }
                }
            }
        }
        for index in 0..<(g * t) {
            for (k, role) in order.enumerated() {
                sum[index * r + role] = sumK[index * r + k]
                below[index * r + role] = countK[index * r + k]
            }
        }
    }

    private struct DrawBuffers: @unchecked Sendable {
        let leave: UnsafeMutablePointer<Double>
        let withdraw: UnsafeMutablePointer<Double>
        let shock: UnsafeMutablePointer<Double>
    }

    /// Raw output buffers shared by the chunks; each chunk writes only its own runs and its own partial sums.
    private struct Outputs: @unchecked Sendable {
        let national: UnsafeMutablePointer<Double>
        let sums: UnsafeMutablePointer<Double>
        let below: UnsafeMutablePointer<Double>
        let places: UnsafeMutablePointer<Double>?
    }

    static func summarise(
        _ model: ProjectionModel, national: [Double], sums: [Double], below: [Double], chunks: Int, runs s: Int,
        seed: UInt64, deterministic: Bool
    ) -> ProjectionResult {
        let r = model.roles.count
        let g = model.regions.count
        let t = model.years
        let cell = g * t * r
        // Partial sums added in chunk order: the same answer on any number of cores.
        var totalSums = [Double](repeating: 0, count: cell)
        var totalBelow = [Double](repeating: 0, count: cell)
        for chunkIndex in 0..<chunks {
            for index in 0..<cell {
                totalSums[index] += sums[chunkIndex * cell + index]
                totalBelow[index] += below[chunkIndex * cell + index]
            }
        }
        let runs = Double(s)
        let regionMean = (0..<r).map { role in
            (0..<g).map { region in (0..<t).map { year in totalSums[(region * t + year) * r + role] / runs } }
        }
        let regionBelow = (0..<r).map { role in
            (0..<g).map { region in (0..<t).map { year in totalBelow[(region * t + year) * r + role] / runs } }
        }
        // Exact percentiles by the 'linear' rule (Hyndman and Fan type 7, NumPy's default), in parallel over
        // (role, year) cells.
        let cells = r * t
        var percentiles = [Double](repeating: 0, count: cells * 3)
        var nationalBelow = [Double](repeating: 0, count: cells)
        let nationalTargets = (0..<cells).map { index in
            let role = index / t
            let year = index % t
            return model.roles[role].target.reduce(0) { $0 + $1[year] }
        }
        national.withUnsafeBufferPointer { values in
            percentiles.withUnsafeMutableBufferPointer { result in
                nationalBelow.withUnsafeMutableBufferPointer { belowResult in
                    let shared = PercentileBuffers(
                        values: values.baseAddress!, result: result.baseAddress!, below: belowResult.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: 2) { half in
                        var column = [Double](repeating: 0, count: s)
                        for index in stride(from: half, to: cells, by: 2) {
                            var count = 0
                            for run in 0..<s {
                                let value = shared.values[index * s + run]
                                column[run] = value
                                if value < nationalTargets[index] { count += 1 }
                            }
                            shared.below[index] = Double(count) / Double(s)
                            let picks = linearPercentiles(&column, [0.1, 0.5, 0.9])
                            for (k, value) in picks.enumerated() { shared.result[index * 3 + k] = value }
                        }
                    }
                }
            }
        }
        // The whole workforce, per run and year, against the sum of every role's targets.
        var totals = (p10: [Double](), p50: [Double](), p90: [Double](), below: [Double]())
        var column = [Double](repeating: 0, count: s)
        for year in 0..<t {
            let target = (0..<r).reduce(0.0) { $0 + nationalTargets[$1 * t + year] }
            for run in 0..<s { column[run] = 0 }
            for role in 0..<r {
                let offset = (role * t + year) * s
                for run in 0..<s { column[run] += national[offset + run] }
            }
            totals.below.append(Double(column.filter { $0 < target }.count) / Double(s))
            let picks = linearPercentiles(&column, [0.1, 0.5, 0.9])
            totals.p10.append(picks[0])
            totals.p50.append(picks[1])
            totals.p90.append(picks[2])
        }
        func table(_ k: Int) -> [[Double]] {
            (0..<r).map { role in (0..<t).map { year in percentiles[(role * t + year) * 3 + k] } }
        }
        return ProjectionResult(
            runs: s, seed: seed, deterministic: deterministic, nationalP10: table(0), nationalP50: table(1),
            nationalP90: table(2),
            nationalProbabilityBelowTarget: (0..<r).map { role in (0..<t).map { nationalBelow[role * t + $0] } },
            regionMean: regionMean, regionProbabilityBelowTarget: regionBelow, totalP10: totals.p10,
            totalP50: totals.p50, totalP90: totals.p90, totalProbabilityBelowTarget: totals.below)
    }

    private struct PercentileBuffers: @unchecked Sendable {
        let values: UnsafePointer<Double>
        let result: UnsafeMutablePointer<Double>
        let below: UnsafeMutablePointer<Double>
    }

    /// Percentiles of `values` by linear interpolation between order statistics, computed as NumPy does (the
    /// two-sided formula), using selection rather than a full sort. Reorders `values`.
    static func linearPercentiles(_ values: inout [Double], _ shares: [Double]) -> [Double] {
        let n = values.count
        var lowerBound = 0
        return shares.map { share in
            let h = Double(n - 1) * share
            let j = Int(h.rounded(.down))
            let gamma = h - Double(j)
            if j >= n - 1 {
                select(&values, j: n - 1, from: lowerBound)
                return values[n - 1]
            }
            select(&values, j: j, from: lowerBound)
            lowerBound = j
            let below = values[j]
            var above = values[j + 1]
            for index in (j + 1)..<n where values[index] < above { above = values[index] }
            let difference = above - below
            return gamma < 0.5 ? below + difference * gamma : above - difference * (1 - gamma)
        }
    }

    /// Quickselect (Hoare partition, median-of-three pivot): afterwards values[j] is the j-th smallest of
    /// values[from...], everything before it is no larger and everything after no smaller.
    static func select(_ values: inout [Double], j: Int, from start: Int) {
        values.withUnsafeMutableBufferPointer { a in
            var low = start
            var high = a.count - 1
            while high > low {
                let middle = low + (high - low) / 2
                if a[middle] < a[low] { a.swapAt(middle, low) }
                if a[high] < a[low] { a.swapAt(high, low) }
                if a[high] < a[middle] { a.swapAt(high, middle) }
                let pivot = a[middle]
                var i = low
                var k = high
                while i <= k {
                    while a[i] < pivot { i += 1 }
                    while a[k] > pivot { k -= 1 }
                    if i <= k {
                        a.swapAt(i, k)
                        i += 1
                        k -= 1
                    }
                }
                if j <= k {
                    high = k
                } else if j >= i {
                    low = i
                } else {
                    return
                }
            }
        }
    }
}
