/// One year's Agenda for Change pay: the lowest and highest annual salary of each band, with its source.
public struct PayScale: Hashable, Sendable, Codable {
    /// How the figures were obtained.
    public enum Basis: String, Hashable, Sendable, Codable, CaseIterable {
        /// The employers' or government's own published table.
        case official
        /// Worked out from another table by a stated sum (for example, last year's × 1.033).
        case derived
        /// Copied from someone other than the publisher.
        case secondary
    }

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
    /// Names a second table for the same year (for example one after a reform of the bands, backdated to the
    /// year's start); nil for the year's first table. The table listed last for a year is the one in force.
    public var edition: String?
    /// The first day the rates apply; they apply until the next year's table takes effect.
    public var effectiveFrom: CalendarDay
    public var basis: Basis
    /// How reliable the figures are, in plain words, with the sum when they are derived.
    public var status: String
    public var sources: [Source.ID]
    public var bands: [Band: Range]

    public init(
        year: String, edition: String? = nil, effectiveFrom: CalendarDay, basis: Basis, status: String,
        sources: [Source.ID], bands: [Band: Range]
    ) {
        self.year = year
        self.edition = edition
        self.effectiveFrom = effectiveFrom
        self.basis = basis
        self.status = status
        self.sources = sources
        self.bands = bands
    }

    /// "2026/27" or "2026/27 (reformed bands)".
    public var name: String { edition.map { "\(year) (\($0))" } ?? year }

    /// "2026/27 pay, derived" for a label beside a figure.
    public var shortLabel: String { basis == .official ? name : "\(name), \(basis.rawValue)" }

    /// The salary range a band or range of bands spans: the lowest point of the lower band to the highest of
    /// the upper one; nil when a band is missing from the scale.
    public func range(of bands: BandRange) -> Range? {
        guard let low = self.bands[bands.lower], let high = self.bands[bands.upper] else { return nil }
        return Range(minimum: low.minimum, maximum: high.maximum)
    }

    /// "£39,959 to £48,117 a year (2026/27, derived)".
    public func label(for bands: BandRange) -> String? {
        guard let range = range(of: bands) else { return nil }
        let amount =
            range.minimum == range.maximum
            ? pounds(range.minimum) : "\(pounds(range.minimum)) to \(pounds(range.maximum))"
        return "\(amount) a year (\(shortLabel))"
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

/// The pay-year choice on the planning forms: a known year, or the one in force on the day (a value of its
/// own, since a radio button with an empty value is sent as "on").
public enum PayYearChoice {
    public static let inForce = "in-force"

    /// The year a form asked for, or nil for the year in force.
    public static func year(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value != inForce else { return nil }
        return value
    }
}
