/// The catalogue's defaults for the workforce projection: the national totals and targets, and per role its
/// share of the total, leaving, training and intake, each figure with its provenance (projection.yaml).
public struct ProjectionDefaults: Hashable, Sendable, Codable {
    public struct Move: Hashable, Sendable, Codable {
        public var to: Role.ID
        public var share: Parameter
    }

    public struct RoleDefaults: Hashable, Sendable, Codable {
        public var role: Role.ID
        /// Share of the national total (normalised over the roles without their own baseline).
        public var share: Parameter?
        /// The role's own national starting WTE, where one is published.
        public var baseline: Parameter?
        public var leaverRate: Parameter
        public var withdrawalRate: Parameter?
        public var nhsPostShare: Parameter?
        /// National intake a year (training places, or recruits for roles without training).
        public var intake: Parameter?
        public var moves: [Move]?
    }

    public var baseYear: Int
    public var total: Parameter
    public var total2019: Parameter
    public var target2024: Parameter
    public var targetAdditional: Parameter
    public var targetYear: Int
    public var therapistPractitionerIntake: Parameter
    public var growthToReplace: Parameter
    public var leaverShock: Parameter
    public var concentration: Parameter
    /// For commissioning: how far a training programme's places may grow or shrink from one year to the next.
    public var rampLimit: Parameter?
    /// For commissioning: a programme's capacity, as a multiple of today's places, where none is published.
    public var capacityMultiple: Parameter?
    public var roles: [RoleDefaults]
    /// Published figures about the workforce and its training, shown as they are.
    public var published: [PublishedFigure]
}

/// A published figure shown beside the projection (not all of them enter it).
public struct PublishedFigure: Hashable, Sendable, Codable {
    public var label: String
    public var unit: String
    public var figure: Parameter
}

/// The NHS England regions and their integrated care boards, with populations.
public struct NHSRegion: Hashable, Sendable, Codable, Identifiable {
    public struct Board: Hashable, Sendable, Codable, Identifiable {
        public var id: String
        public var name: String
        public var population: Int
        /// The April 2026 change to the board, if any.
        public var change: String?
    }

    public var id: String
    public var name: String
    public var boards: [Board]

    public var population: Int { boards.reduce(0) { $0 + $1.population } }
}

/// Where the regions' populations come from.
public struct RegionsData: Hashable, Sendable, Codable {
    public var populationBasis: String
    public var sources: [Source.ID]
    public var regions: [NHSRegion]
    /// The sets of boards that replaced the first one, oldest first; nil when there are none.
    public var laterBoardSets: [BoardSet]?

    public init(populationBasis: String, sources: [Source.ID], regions: [NHSRegion], laterBoardSets: [BoardSet]? = nil)
    {
        self.populationBasis = populationBasis
        self.sources = sources
        self.regions = regions
        self.laterBoardSets = laterBoardSets
    }
}
