import Foundation

/// A seeded pseudo-random source: xoshiro256** (Blackman and Vigna), seeded through SplitMix64. The same seed
/// gives the same numbers on every machine, so a projection is reproducible from its seed. Written here because
/// the standard library has no seedable generator and no package on our machines offers Beta or Gamma draws.
public struct RandomSource: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// One of many independent streams of one seed (for example one per Monte Carlo run).
    public init(seed: UInt64, stream: UInt64) {
        self.init(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03 &+ 0x8BB8_4B93_962E_ACC9))
    }

    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    public mutating func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = state.3 << 45 | state.3 >> 19
        return result
    }

    /// Uniform on the open interval (0, 1).
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Standard normal, by the ziggurat method (Marsaglia and Tsang 2000, in Doornik's 2005 form with 128
    /// layers): nearly every draw is one 64-bit number, one multiplication and one comparison; the rest fall in
    /// a wedge (two exponentials) or in the tail beyond 3.44 (two logarithms).
    public mutating func normal() -> Double {
        let table = Ziggurat.shared
        while true {
            let bits = next()
            // Bits 0–6 pick the layer; the top 53 bits give u, uniform on (−1, 1).
            let layer = Int(bits & 0x7F)
            let u = 2 * ((Double(bits >> 11) + 0.5) * 0x1.0p-53) - 1
            if abs(u) < table.ratio[layer] { return u * table.x[layer] }
            if layer == 0 {
                // The tail beyond R, by Marsaglia's exponential rejection.
                while true {
                    let x = log(uniform()) / Ziggurat.r
                    let y = log(uniform())
                    if -2 * y >= x * x { return u < 0 ? x - Ziggurat.r : Ziggurat.r - x }
                }
            }
            let x = u * table.x[layer]
            let outer = exp(-0.5 * (table.x[layer] * table.x[layer] - x * x))
            let inner = exp(-0.5 * (table.x[layer + 1] * table.x[layer + 1] - x * x))
            if inner + uniform() * (outer - inner) < 1 { return x }
        }
    }

    /// Gamma(shape, 1), by Marsaglia and Tsang (2000); shapes below 1 use the boost Gamma(a + 1) · U^(1/a).
    public mutating func gamma(shape: Double) -> Double {
        if shape < 1 { return gamma(shape: shape + 1) * pow(uniform(), 1 / shape) }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniform()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// Beta(α, β) as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
    public mutating func beta(_ alpha: Double, _ beta: Double) -> Double {
        let x = gamma(shape: alpha)
        let y = gamma(shape: beta)
        return x / (x + y)
    }
}

/// The ziggurat's layers for the standard normal: x[i] is the right edge of layer i (x[0] = V / f(R) for the base
/// layer with its tail, x[1] = R, x[128] = 0), ratio[i] = x[i + 1] / x[i].
private struct Ziggurat: Sendable {
    static let r = 3.442619855899
    static let area = 9.91256303526217e-3
    static let shared = Ziggurat()

    let x: [Double]
    let ratio: [Double]

    init() {
        var x = [Double](repeating: 0, count: 129)
        var f = exp(-0.5 * Self.r * Self.r)
        x[0] = Self.area / f
        x[1] = Self.r
        for i in 2..<128 {
            x[i] = (-2 * log(Self.area / x[i - 1] + f)).squareRoot()
            f = exp(-0.5 * x[i] * x[i])
        }
        self.x = x
        ratio = (0..<128).map { x[$0 + 1] / x[$0] }
    }
}
