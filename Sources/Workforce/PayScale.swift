/// One year's Agenda for Change pay: the lowest and highest annual salary of each band, with its source.
public struct PayScale: Hashable, Sendable, Codable {
    public struct Range: Hashable, Sendable, Codable {
        public var minimum: Int
        public var maximum: Int

        public init(minimum: Int, maximum: Int) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// "2025/26".
    public var year: String
    public var effectiveFrom: String?
    /// How reliable the figures are, in plain words.
    public var status: String
    public var sources: [Source.ID]
    public var bands: [Band: Range]

    public init(year: String, effectiveFrom: String?, status: String, sources: [Source.ID], bands: [Band: Range]) {
        self.year = year
        self.effectiveFrom = effectiveFrom
        self.status = status
        self.sources = sources
        self.bands = bands
    }

    /// The salary range a band or range of bands spans: the lowest point of the lower band to the highest of
    /// the upper one; nil when a band is missing from the scale.
    public func range(of bands: BandRange) -> Range? {
        guard let low = self.bands[bands.lower], let high = self.bands[bands.upper] else { return nil }
        return Range(minimum: low.minimum, maximum: high.maximum)
    }

    /// "£38,682 to £46,580 a year (2025/26)".
    public func label(for bands: BandRange) -> String? {
        guard let range = range(of: bands) else { return nil }
        let amount =
            range.minimum == range.maximum
            ? pounds(range.minimum) : "\(pounds(range.minimum)) to \(pounds(range.maximum))"
        return "\(amount) a year (\(year))"
    }

    private func pounds(_ value: Int) -> String { "£" + value.groupedWithCommas }
}

extension Band: CodingKeyRepresentable {
    public var codingKey: any CodingKey { BandKey(stringValue: name) }

    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }

    private struct BandKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
