/// A number used as a default, with where it comes from and how far to trust it.
public struct Parameter: Hashable, Sendable, Codable {
    /// How a figure was arrived at, from most to least trustworthy.
    public enum Basis: String, Hashable, Sendable, Codable, CaseIterable {
        /// Published by the NHS, a government department or a regulator.
        case official
        /// A published estimate: a reputable secondary source or a single study.
        case estimate
        /// Our arithmetic on published figures; `note` shows the sum.
        case derived
        /// Our assumption, with no published figure behind it; `note` says what is assumed.
        case assumption

        public var label: String {
            switch self {
            case .official: "Official figure"
            case .estimate: "Published estimate"
            case .derived: "Derived from published figures"
            case .assumption: "Assumption"
            }
        }
    }

    public var value: Double
    public var basis: Basis
    public var sources: [Source.ID]
    /// How the figure was derived, or what is assumed.
    public var note: String?

    public init(_ value: Double, basis: Basis, sources: [Source.ID] = [], note: String? = nil) {
        self.value = value
        self.basis = basis
        self.sources = sources
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["value", "basis", "sources", "note"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decode(Double.self, forKey: .value)
        basis = try container.decode(Basis.self, forKey: .basis)
        sources = try container.decodeIfPresent([Source.ID].self, forKey: .sources) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// The same provenance with a value the user chose instead.
    public func overridden(by value: Double) -> Parameter {
        Parameter(value, basis: .assumption, sources: [], note: "Entered by the user in place of the default.")
    }
}

/// Any key, to list the keys a decoder holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Refuses keys the type does not know. Catches a YAML flow mapping whose unquoted comma split a note in
    /// two (the second half becomes a stray key), which plain decoding would silently drop.
    func rejectUnknownKeys(allowed: Set<String>) throws {
        let container = try self.container(keyedBy: AnyCodingKey.self)
        if let stray = container.allKeys.first(where: { !allowed.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath + [stray],
                    debugDescription: "is not a field here (allowed: \(allowed.sorted().joined(separator: ", "))); "
                        + "if it is part of a note, put the note in quotes"))
        }
    }
}
