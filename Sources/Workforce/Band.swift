/// An NHS Agenda for Change pay band: 1 to 9, with band 8 split into 8a to 8d.
///
/// Source: NHS Employers / Health Careers, "Agenda for Change pay rates"
/// (https://www.healthcareers.nhs.uk/working-health/working-nhs/nhs-pay-and-benefits/agenda-change-pay-rates).
public struct Band: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Every band in order, lowest first.
    public static let all: [Band] = ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"]
        .map { Band(unchecked: $0) }

    public let name: String

    private init(unchecked name: String) { self.name = name }

    /// Reads a band name such as "5" or "8a"; `nil` if it is not an Agenda for Change band.
    public init?(_ text: String) {
        let name = text.trimmingSpaces.lowercased()
        guard Band.all.contains(where: { $0.name == name }) else { return nil }
        self.name = name
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let band = Band(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not an Agenda for Change band")
            )
        }
        self = band
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    /// Position in `Band.all`, used for ordering.
    public var rank: Int { Band.all.firstIndex(of: self) ?? 0 }

    public var description: String { "band \(name)" }

    public static func < (lhs: Band, rhs: Band) -> Bool { lhs.rank < rhs.rank }
}

/// One band or a range of bands, as sources give them ("6" or "6-7").
public struct BandRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public let lower: Band
    public let upper: Band

    public init(_ lower: Band, _ upper: Band? = nil) {
        self.lower = min(lower, upper ?? lower)
        self.upper = max(lower, upper ?? lower)
    }

    /// Reads "6" or "6-7"; `nil` when either side is not a band.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let lower = Band(parts[0]) else { return nil }
        if parts.count == 2 {
            guard let upper = Band(parts[1]), lower <= upper else { return nil }
            self.init(lower, upper)
        } else {
            self.init(lower)
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let range = BandRange(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "\"\(text)\" is not a band or a range of bands such as \"6\" or \"6-7\""
                )
            )
        }
        self = range
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public func contains(_ band: Band) -> Bool { lower <= band && band <= upper }

    /// "6" or "6-7".
    public var text: String { lower == upper ? lower.name : "\(lower.name)-\(upper.name)" }

    /// "band 6" or "bands 6 to 7".
    public var description: String { lower == upper ? "band \(lower.name)" : "bands \(lower.name) to \(upper.name)" }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
