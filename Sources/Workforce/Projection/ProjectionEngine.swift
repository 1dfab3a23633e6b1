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
/// number of cores (runs are split into fixed chunks, dealt to a fixed number of stripes whose partial sums are
/// added in order).
///
/// The step order within a year follows ../shared/bench/projection/README.md exactly: leavers; moves out
/// (from those who stayed); training progression with withdrawal; qualification (times the NHS-post share);
/// entry of intake and arrivals into the first training year (or into post for roles without training). How the
/// kernel does that quickly (the nation as one more place, the pipeline as a ring of cohorts) is told at
/// `KernelModel` and `projectChunk`, and in the module's README.
public enum ProjectionEngine {
    /// `body` for 0..<count, on every core or in order on this thread.
    static func forEach(_ count: Int, parallel: Bool, _ body: @Sendable (Int) -> Void) {
        if parallel {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            for index in 0..<count { body(index) }
        }
    }

    /// Runs per chunk: a chunk is projected on one core, 8 runs at a time, region by region.
    static let chunk = 128
    /// Chunks are dealt in turn to this many stripes; each stripe adds its chunks' regional sums in chunk order
    /// into its own partial sums, and the stripes are added in order at the end. The number is fixed (not the
    /// number of cores), so the sums, and so the answer, are the same on any machine.
    static let stripes = 16

    /// Projects `model` over `runs` runs. With `placeDistributions`, also the P10/P50/P90 of each place's whole
    /// workforce and its chance of missing the place's target (the product shows them; the benchmark does not
    /// need them). With `parallel` false everything runs on the calling thread (a server's worker, which must
    /// leave the other cores to serve requests); the answer is the same either way.
    public static func project(
        _ model: ProjectionModel, runs: Int, seed: UInt64, deterministic: Bool, placeDistributions: Bool = false,
        parallel: Bool = true
    ) -> ProjectionResult {
        let r = model.roles.count
        let g = model.regions.count
        let t = model.years
        let s = max(1, runs)

        let kernel = KernelModel(model)

        // Outputs: national totals [role][year][run] (contiguous per cell, for the percentiles); per stripe,
        // regional sums and below-target counts [region][year][role].
        let chunks = (s + chunk - 1) / chunk
        let stripes = min(Self.stripes, chunks)
        let cell = g * t * r
        // National totals per run: [role][year][run], then the whole workforce [year][run].
        // Left unfilled: the kernel writes every element (every run of every role and year, and the totals).
        var national = [Double](unsafeUninitializedCapacity: s * t * (r + 1)) { _, count in count = s * t * (r + 1) }
        var sums = [Double](repeating: 0, count: stripes * cell)
        var below = [Double](repeating: 0, count: stripes * cell)
        var placeTotals = [Double](repeating: 0, count: placeDistributions ? g * t * s : 0)

        placeTotals.withUnsafeMutableBufferPointer { placeBuffer in
            national.withUnsafeMutableBufferPointer { nationalBuffer in
                sums.withUnsafeMutableBufferPointer { sumsBuffer in
                    below.withUnsafeMutableBufferPointer { belowBuffer in
                        let out = Outputs(
                            national: nationalBuffer.baseAddress!, sums: sumsBuffer.baseAddress!,
                            below: belowBuffer.baseAddress!, places: placeDistributions ? placeBuffer.baseAddress : nil)
                        forEach(stripes, parallel: parallel) { stripe in
                            for chunkIndex in stride(from: stripe, to: chunks, by: stripes) {
                                projectChunk(
                                    kernel, first: chunkIndex * chunk, last: min(s, (chunkIndex + 1) * chunk), runs: s,
                                    seed: seed, deterministic: deterministic, national: out.national,
                                    sum: out.sums + stripe * cell,
                                    below: out.below + stripe * cell, places: out.places)
                            }
                        }
                    }
                }
            }
        }
        var result = summarise(
            model, national: national, sums: sums, below: below, stripes: stripes, runs: s, seed: seed,
            deterministic: deterministic, parallel: parallel)
        if placeDistributions {
            for region in 0..<g {
                var p10: [Double] = []
                var p50: [Double] = []
                var p90: [Double] = []
                var short: [Double] = []
                for year in 0..<t {
                    let goal = model.roles.reduce(0.0) { $0 + $1.target[region][year] }
                    let column = placeTotals[((region * t + year) * s)..<((region * t + year + 1) * s)]
                    short.append(Double(column.filter { $0 < goal }.count) / Double(s))
                    let picks = linearPercentiles(Array(column), [0.1, 0.5, 0.9])
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

    /// The model in the kernel's layout: roles ordered by training length, longest first, so each pipeline
    /// step is one contiguous loop ([0, n3) train 3 years, [n3, n2) 2, [n2, n1) 1, [n1, r) none), and inputs
    /// laid out [place][year][kernel role]. Place `regions` (one past the last region) is the nation: the sum of
    /// every region's starting staff, trainees and intake.
    ///
    /// The nation can be projected as one more place because, within a run, every rate (leaving, moving,
    /// withdrawing, qualifying) is the same in every region, so each year's step is linear in a region's staff
    /// and intake: the projection of the summed inputs is the sum of the regions' projections (up to rounding).
    /// Immutable once made; its tables live in one allocation freed with it.
    final class KernelModel: @unchecked Sendable {
        let roles: Int
        let regions: Int
        let years: Int
        /// Kernel position → model role.
        let order: [Int]
        let n3: Int
        let n2: Int
        let n1: Int
        /// Per model role: the means and concentrations of the Beta leaver and withdrawal rates, and the
        /// training length; and the sd of the national shock.
        let leaverMean: [Double]
        let leaverConcentration: [Double]
        let withdrawalMean: [Double]
        let withdrawalConcentration: [Double]
        let training: [Int]
        let sigma: Double
        /// 1 − (share of those who stay who move to another role), per kernel role.
        let keep: [Double]
        let nhsShare: [Double]
        /// Moves between kernel roles, ordered by the role they go to.
        let moves: UnsafeMutablePointer<(from: Int, to: Int, share: Double)>
        let moveCount: Int
        /// [place][year][k], places 0...regions.
        let intake: UnsafeMutablePointer<Double>
        /// [region][year][k].
        let target: UnsafeMutablePointer<Double>
        /// [place][k].
        let baseline: UnsafeMutablePointer<Double>
        /// [place][k][training year 0..<3].
        let trainees: UnsafeMutablePointer<Double>

        init(_ model: ProjectionModel) {
            let r = model.roles.count
            let g = model.regions.count
            let t = model.years
            roles = r
            regions = g
            years = t
            let training = model.roles.map(\.trainingYears)
            self.training = training
            leaverMean = model.roles.map(\.leaverRateMean)
            leaverConcentration = model.roles.map(\.leaverRateConcentration)
            withdrawalMean = model.roles.map { $0.trainingYears > 0 ? $0.withdrawalRateMean : 0 }
            withdrawalConcentration = model.roles.map(\.withdrawalRateConcentration)
            sigma = model.leaverShockSD
            order = (0..<r).sorted { (-training[$0], $0) < (-training[$1], $1) }
            n3 = training.filter { $0 >= 3 }.count
            n2 = training.filter { $0 >= 2 }.count
            n1 = training.filter { $0 >= 1 }.count
            var position = [Int](repeating: 0, count: r)
            for (index, role) in order.enumerated() { position[role] = index }
            keep = order.map { 1 - model.roles[$0].moveTotal }
            nhsShare = order.map { model.roles[$0].nhsPostShare }
            let moves = model.roles.enumerated().flatMap { from, series in
                series.moves.map { (from: position[from], to: position[$0.to], share: $0.share) }
            }
            moveCount = moves.count
            self.moves = .allocate(capacity: max(1, moves.count))
            self.moves.initialize(from: moves.sorted { ($0.to, $0.from) < ($1.to, $1.from) }, count: moves.count)
            let size = (g + 1) * t * r + g * t * r + (g + 1) * r + (g + 1) * r * 3
            intake = .allocate(capacity: size)
            intake.initialize(repeating: 0, count: size)
            target = intake + (g + 1) * t * r
            baseline = target + g * t * r
            trainees = baseline + (g + 1) * r
            for (k, role) in order.enumerated() {
                let series = model.roles[role]
                for region in 0..<g {
                    baseline[region * r + k] = series.baseline[region]
                    baseline[g * r + k] += series.baseline[region]
                    for year in 0..<series.trainingYears {
                        trainees[(region * r + k) * 3 + year] = series.trainees[region][year]
                        trainees[(g * r + k) * 3 + year] += series.trainees[region][year]
                    }
                    for year in 0..<t {
                        intake[(region * t + year) * r + k] = series.intake[region][year]
                        intake[(g * t + year) * r + k] += series.intake[region][year]
                        target[(region * t + year) * r + k] = series.target[region][year]
                    }
                }
            }
        }

        /// The training length of kernel role k.
        func trainingYears(_ k: Int) -> Int { k < n3 ? 3 : k < n2 ? 2 : k < n1 ? 1 : 0 }

        deinit {
            intake.deallocate()
            moves.deallocate()
        }
    }

    /// Projects runs first..<last in every region and in the nation, `Lanes.scalarCount` runs at a time (one per
    /// SIMD lane; a short last block repeats its last run in the spare lanes and leaves them out of every total).
    /// Writes national totals [model role][year][run] (then the whole workforce, [year][run]) and adds this
    /// chunk's regional sums and below-target counts [region][year][model role] to `sum` and `below`.
    ///
    /// Each run's leaver and withdrawal rates and yearly shocks come from its own random stream (seed, run), in
    /// a fixed order (leaver rates by role, withdrawal rates of the roles that train, shocks by year), so a
    /// run's numbers do not depend on how the runs are split among chunks and cores.
    ///
    /// The training pipeline is kept as a ring of cohorts: a cohort that enters in year y is stored already
    /// multiplied by its survival over its D training years and by the NHS-post share, in slot y mod D, and is
    /// added to staff in year y + D, when its slot comes round again. That is the same number as moving it up a
    /// training year at a time (MODEL.md, steps 3 and 4), without moving anything.
    static func projectChunk(
        _ kernel: KernelModel, first: Int, last: Int, runs s: Int, seed: UInt64, deterministic: Bool,
        national: UnsafeMutablePointer<Double>, sum: UnsafeMutablePointer<Double>,
        below: UnsafeMutablePointer<Double>, places: UnsafeMutablePointer<Double>?
    ) {
        let width = Lanes.scalarCount
        let r = kernel.roles
        let g = kernel.regions
        let t = kernel.years
        let (n3, n2, n1) = (kernel.n3, kernel.n2, kernel.n1)
        let blocks = (last - first + width - 1) / width
        // Per block of runs: the share of staff who stay each year [year][k] (and a spare year of zeros), the
        // survival of a training year and the NHS-post share times survival over the whole training [k], and
        // which lanes are real runs.
        let perBlock = (t + 1) * r + r * 2 + 1
        let stateSize = r * 3 + r * 3 + t * r * 2
        let lanes = UnsafeMutablePointer<Lanes>.allocate(capacity: blocks * perBlock + stateSize)
        defer { lanes.deallocate() }
        lanes.initialize(repeating: Lanes(), count: blocks * perBlock + stateSize)
        func stay(_ b: Int) -> UnsafeMutablePointer<Lanes> { lanes + b * perBlock }
        func survive(_ b: Int) -> UnsafeMutablePointer<Lanes> { lanes + b * perBlock + (t + 1) * r }
        func qualify(_ b: Int) -> UnsafeMutablePointer<Lanes> { survive(b) + r }
        func valid(_ b: Int) -> UnsafeMutablePointer<Lanes> { survive(b) + 2 * r }
        let stock = lanes + blocks * perBlock
        let stayed = stock + r
        let arriving = stock + 2 * r
        let cohorts = stock + 3 * r
        let sumAccumulator = cohorts + 3 * r
        let countAccumulator = sumAccumulator + t * r
        // One block's draws, [lane][role], [lane][role] and [lane][year].
        let draws = UnsafeMutablePointer<Double>.allocate(capacity: width * (2 * r + t))
        defer { draws.deallocate() }
        let leave = draws
        let withdraw = draws + width * r
        let shock = draws + 2 * width * r
        let sigma = kernel.sigma
        for b in 0..<blocks {
            let blockStart = first + b * width
            let used = min(width, last - blockStart)
            var validLanes = Lanes(repeating: 0)
            for lane in 0..<used { validLanes[lane] = 1 }
            valid(b).pointee = validLanes
            for lane in 0..<width {
                if lane >= used {
                    for role in 0..<r {
                        leave[lane * r + role] = leave[(used - 1) * r + role]
                        withdraw[lane * r + role] = withdraw[(used - 1) * r + role]
                    }
                    for year in 0..<t { shock[lane * t + year] = shock[(used - 1) * t + year] }
                } else if deterministic {
                    for role in 0..<r {
                        leave[lane * r + role] = kernel.leaverMean[role]
                        withdraw[lane * r + role] = kernel.withdrawalMean[role]
                    }
                    for year in 0..<t { shock[lane * t + year] = 0 }
                } else {
                    var random = RandomSource(seed: seed, stream: UInt64(blockStart + lane))
                    for role in 0..<r {
                        let (mean, c) = (kernel.leaverMean[role], kernel.leaverConcentration[role])
                        leave[lane * r + role] = random.beta(mean * c, (1 - mean) * c)
                    }
                    for role in 0..<r {
                        guard kernel.training[role] > 0 else {
                            withdraw[lane * r + role] = 0
                            continue
                        }
                        let (mean, c) = (kernel.withdrawalMean[role], kernel.withdrawalConcentration[role])
                        withdraw[lane * r + role] = random.beta(mean * c, (1 - mean) * c)
                    }
                    for year in 0..<t { shock[lane * t + year] = sigma * random.normal() }
                }
            }
            // Filled lane by lane through a Double view: inserting single lanes into vectors stalls.
            stay(b).withMemoryRebound(to: Double.self, capacity: t * r * width) { stayLanes in
                for year in 0..<t {
                    for lane in 0..<width {
                        let multiplier = exp(shock[lane * t + year] - 0.5 * sigma * sigma)
                        for (k, role) in kernel.order.enumerated() {
                            stayLanes[(year * r + k) * width + lane] = 1 - min(1, leave[lane * r + role] * multiplier)
                        }
                    }
                }
            }
            survive(b).withMemoryRebound(to: Double.self, capacity: 2 * r * width) { rates in
                for (k, role) in kernel.order.enumerated() {
                    let training = kernel.trainingYears(k)
                    for lane in 0..<width {
                        let survival = 1 - withdraw[lane * r + role]
                        var whole = 1.0
                        for _ in 0..<training { whole *= survival }
                        rates[k * width + lane] = survival
                        rates[(r + k) * width + lane] = whole * kernel.nhsShare[k]
                    }
                }
            }
        }
        let ones = Lanes(repeating: 1)
        let keepsStock = places != nil
        for place in 0...g {
            let nation = place == g
            sumAccumulator.initialize(repeating: Lanes(repeating: 0), count: t * r * 2)
            for b in 0..<blocks {
                let blockStart = first + b * width
                let used = min(width, last - blockStart)
                let stayB = stay(b)
                let surviveB = survive(b)
                let qualifyB = qualify(b)
                let validB = valid(b).pointee
                let masked = used < width
                // Trainees in training year j + 1 at the start qualify after D − j more years, in slot D − j − 1.
                for k in 0..<r {
                    stayed[k] = stayB[k] * kernel.baseline[place * r + k]
                    arriving[k] = Lanes(repeating: 0)
                    let training = kernel.trainingYears(k)
                    for j in 0..<training {
                        var factor = Lanes(repeating: kernel.nhsShare[k])
                        for _ in j..<training { factor *= surviveB[k] }
                        cohorts[k * 3 + training - j - 1] = factor * kernel.trainees[(place * r + k) * 3 + j]
                    }
                }
                for year in 0..<t {
                    // Movers: shares of those who stayed in their roles (all moves out before any arrival).
                    var index = 0
                    while index < kernel.moveCount {
                        let destination = kernel.moves[index].to
                        var arrivals = stayed[kernel.moves[index].from] * kernel.moves[index].share
                        index += 1
                        while index < kernel.moveCount && kernel.moves[index].to == destination {
                            arrivals += stayed[kernel.moves[index].from] * kernel.moves[index].share
                            index += 1
                        }
                        arriving[destination] = arrivals
                    }
                    // Each role's staff at the end of the year: those who stayed and did not move, plus the cohort
                    // that qualifies; the year's entrants (intake and arrivals) start training, or, without
                    // training, take posts. Then those who will stay next year, and the regions' sums and
                    // below-target counts.
                    let intakeY = kernel.intake + (place * t + year) * r
                    let stayNext = stayB + (year + 1) * r
                    let targetY = kernel.target + (min(place, g - 1) * t + year) * r
                    let sums = sumAccumulator + year * r
                    let counts = countAccumulator + year * r
                    let counted = masked ? validB : ones
                    @inline(__always) func record(_ k: Int, _ n: Lanes) {
                        stayed[k] = n * stayNext[k]
                        if nation || keepsStock { stock[k] = n }
                        if !nation {
                            sums[k] += masked ? n * validB : n
                            counts[k] += counted.replacing(with: 0, where: n .>= Lanes(repeating: targetY[k]))
                        }
                    }
                    @inline(__always) func entrants(_ k: Int) -> Lanes { arriving[k] + intakeY[k] }
                    let slot3 = cohorts + year % 3
                    let slot2 = cohorts + year % 2
                    for k in 0..<n3 {
                        record(k, stayed[k] * kernel.keep[k] + slot3[k * 3])
                        slot3[k * 3] = entrants(k) * qualifyB[k]
                    }
                    for k in n3..<n2 {
                        record(k, stayed[k] * kernel.keep[k] + slot2[k * 3])
                        slot2[k * 3] = entrants(k) * qualifyB[k]
                    }
                    for k in n2..<n1 {
                        record(k, stayed[k] * kernel.keep[k] + cohorts[k * 3])
                        cohorts[k * 3] = entrants(k) * qualifyB[k]
                    }
                    for k in n1..<r { record(k, stayed[k] * kernel.keep[k] + entrants(k)) }
                    if nation {
                        var whole = Lanes(repeating: 0)
                        for (k, role) in kernel.order.enumerated() {
                            let row = national + (role * t + year) * s + blockStart
                            for lane in 0..<used { row[lane] = stock[k][lane] }
                            whole += stock[k]
                        }
                        let row = national + (r * t + year) * s + blockStart
                        for lane in 0..<used { row[lane] = whole[lane] }
                        continue
                    }
                    if let places {
                        var whole = Lanes(repeating: 0)
                        for k in 0..<r { whole += stock[k] }
                        for lane in 0..<used { places[(place * t + year) * s + blockStart + lane] = whole[lane] }
                    }
                }
            }
            if nation { continue }
            for index in 0..<(t * r) {
                let cellIndex = place * t * r + index
                let role = kernel.order[index % r]
                let modelIndex = cellIndex - index % r + role
                sum[modelIndex] += sumAccumulator[index].sum()
                below[modelIndex] += countAccumulator[index].sum()
            }
        }
    }

    /// Raw output buffers shared by the chunks; each chunk writes only its own runs and its own partial sums.
    private struct Outputs: @unchecked Sendable {
        let national: UnsafeMutablePointer<Double>
        let sums: UnsafeMutablePointer<Double>
        let below: UnsafeMutablePointer<Double>
        let places: UnsafeMutablePointer<Double>?
    }

    static func summarise(
        _ model: ProjectionModel, national: [Double], sums: [Double], below: [Double], stripes: Int, runs s: Int,
        seed: UInt64, deterministic: Bool, parallel: Bool = true
    ) -> ProjectionResult {
        let r = model.roles.count
        let g = model.regions.count
        let t = model.years
        let cell = g * t * r
        // Partial sums added in stripe order: the same answer on any number of cores.
        var totalSums = [Double](repeating: 0, count: cell)
        var totalBelow = [Double](repeating: 0, count: cell)
        for stripe in 0..<stripes {
            for index in 0..<cell {
                totalSums[index] += sums[stripe * cell + index]
                totalBelow[index] += below[stripe * cell + index]
            }
        }
        let runs = Double(s)
        let regionMean = (0..<r).map { role in
            (0..<g).map { region in (0..<t).map { year in totalSums[(region * t + year) * r + role] / runs } }
        }
        let regionBelow = (0..<r).map { role in
            (0..<g).map { region in (0..<t).map { year in totalBelow[(region * t + year) * r + role] / runs } }
        }
        // Exact percentiles by the 'linear' rule (Hyndman and Fan type 7, NumPy's default) and the share of runs
        // below target, in parallel over the (role, year) cells and then the whole workforce's years.
        let cells = (r + 1) * t
        let roleTargets = (0..<(r * t)).map { index in
            model.roles[index / t].target.reduce(0) { $0 + $1[index % t] }
        }
        let nationalTargets =
            roleTargets + (0..<t).map { year in (0..<r).reduce(0.0) { $0 + roleTargets[$1 * t + year] } }
        var percentiles = [Double](repeating: 0, count: cells * 3)
        var nationalBelow = [Double](repeating: 0, count: cells)
        national.withUnsafeBufferPointer { values in
            percentiles.withUnsafeMutableBufferPointer { result in
                nationalBelow.withUnsafeMutableBufferPointer { belowResult in
                    let shared = PercentileBuffers(
                        values: values.baseAddress!, result: result.baseAddress!, below: belowResult.baseAddress!)
                    forEach(2, parallel: parallel) { half in
                        for index in stride(from: half, to: cells, by: 2) {
                            let column = UnsafeBufferPointer(start: shared.values + index * s, count: s)
                            let goal = nationalTargets[index]
                            shared.below[index] = Double(column.reduce(0) { $0 + ($1 < goal ? 1 : 0) }) / runs
                            let picks = linearPercentiles(column, [0.1, 0.5, 0.9])
                            for (k, value) in picks.enumerated() { shared.result[index * 3 + k] = value }
                        }
                    }
                }
            }
        }
        func table(_ k: Int, _ rows: Range<Int>) -> [[Double]] {
            rows.map { row in (0..<t).map { year in percentiles[(row * t + year) * 3 + k] } }
        }
        return ProjectionResult(
            runs: s, seed: seed, deterministic: deterministic, nationalP10: table(0, 0..<r),
            nationalP50: table(1, 0..<r), nationalP90: table(2, 0..<r),
            nationalProbabilityBelowTarget: (0..<r).map { role in (0..<t).map { nationalBelow[role * t + $0] } },
            regionMean: regionMean, regionProbabilityBelowTarget: regionBelow, totalP10: table(0, r..<(r + 1))[0],
            totalP50: table(1, r..<(r + 1))[0], totalP90: table(2, r..<(r + 1))[0],
            totalProbabilityBelowTarget: (0..<t).map { nationalBelow[r * t + $0] })
    }

    private struct PercentileBuffers: @unchecked Sendable {
        let values: UnsafePointer<Double>
        let result: UnsafeMutablePointer<Double>
        let below: UnsafeMutablePointer<Double>
    }

    /// Percentiles of `values` by linear interpolation between order statistics, computed as NumPy does (the
    /// two-sided formula): for share p, h = (n − 1)p, j = ⌊h⌋, γ = h − j, between the j-th and (j + 1)-th smallest.
    static func linearPercentiles(_ values: UnsafeBufferPointer<Double>, _ shares: [Double]) -> [Double] {
        let n = values.count
        let positions = shares.map { share in
            let h = Double(n - 1) * share
            let j = Int(h.rounded(.down))
            return (j: j, gamma: h - Double(j))
        }
        let ranks = Set(positions.flatMap { [min($0.j, n - 1), min($0.j + 1, n - 1)] }).sorted()
        let statistics = Dictionary(uniqueKeysWithValues: zip(ranks, orderStatistics(values, ranks: ranks)))
        return positions.map { position in
            guard position.j < n - 1 else { return statistics[n - 1]! }
            let below = statistics[position.j]!
            let above = statistics[position.j + 1]!
            let difference = above - below
            return position.gamma < 0.5
                ? below + difference * position.gamma : above - difference * (1 - position.gamma)
        }
    }

    static func linearPercentiles(_ values: [Double], _ shares: [Double]) -> [Double] {
        values.withUnsafeBufferPointer { linearPercentiles($0, shares) }
    }

    /// The k-th smallest of `values` for each k in `ranks` (ascending, 0-based), by counting rather than sorting.
    /// The values are spread over buckets of equal width between the least and the greatest; a value's bucket
    /// never decreases as the value grows, so the k-th smallest is in the bucket where the running count of
    /// values passes k, and only that bucket's few values need ordering. Two passes over the values, without the
    /// mispredicted branches of a partition: several times faster than quickselect on 10,000 runs.
    static func orderStatistics(_ values: UnsafeBufferPointer<Double>, ranks: [Int]) -> [Double] {
        let n = values.count
        guard n > 256 else {
            let sorted = values.sorted()
            return ranks.map { sorted[$0] }
        }
        var low = values[0]
        var high = values[0]
        for value in values {
            low = min(low, value)
            high = max(high, value)
        }
        let buckets = 2048
        let scale = Double(buckets) / (high - low)
        guard high > low, scale.isFinite else {
            let sorted = values.sorted()
            return ranks.map { sorted[$0] }
        }
        @inline(__always) func bucket(_ value: Double) -> Int { min(buckets - 1, Int((value - low) * scale)) }
        var counts = [Int](repeating: 0, count: buckets)
        counts.withUnsafeMutableBufferPointer { counts in
            for value in values { counts[bucket(value)] += 1 }
        }
        // Each rank's bucket and how many values lie in the buckets before it.
        var wanted: [(bucket: Int, before: Int)] = []
        var before = 0
        var current = 0
        for rank in ranks {
            while before + counts[current] <= rank {
                before += counts[current]
                current += 1
            }
            wanted.append((current, before))
        }
        var slot = [Int](repeating: -1, count: buckets)
        var members: [[Double]] = []
        for (bucket, _) in wanted where slot[bucket] < 0 {
            slot[bucket] = members.count
            members.append([])
            members[members.count - 1].reserveCapacity(counts[bucket])
        }
        for value in values {
            let index = slot[bucket(value)]
            if index >= 0 { members[index].append(value) }
        }
        var ordered: [Int: [Double]] = [:]
        return zip(ranks, wanted).map { rank, place in
            let index = slot[place.bucket]
            if members[index].count > n / 4 {
                // Most values in one bucket (a few far outliers): count again within it.
                return members[index].withUnsafeBufferPointer {
                    orderStatistics($0, ranks: [rank - place.before])[0]
                }
            }
            if ordered[index] == nil { ordered[index] = members[index].sorted() }
            return ordered[index]![rank - place.before]
        }
    }

}
