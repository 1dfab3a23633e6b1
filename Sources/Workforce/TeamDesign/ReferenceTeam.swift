/// A published team that a service model's defaults are held against: the national model's team or a real
/// service's establishment, with the population or activity it serves, its posts by role, and its sources. Or,
/// where none could be found or read, why not: an `exception`, shown wherever the comparison would be.
public struct ReferenceTeam: Hashable, Sendable, Codable {
    /// One line of the published team: the model's roles it stands for (more than one where the source pools
    /// them, as "senior clinicians or higher-level therapists"), as the source names it, with its band where
    /// published and its whole-time equivalent.
    public struct Post: Hashable, Sendable, Codable {
        public var roles: [Role.ID]
        public var title: String
        public var band: Band?
        public var wte: Parameter

        public init(roles: [Role.ID], title: String, band: Band? = nil, wte: Parameter) {
            self.roles = roles
            self.title = title
            self.band = band
            self.wte = wte
        }
    }

    /// What the team is, such as "the national model's average mental health support team".
    public var name: String
    /// The population or activity the team serves, and how the model's defaults stand for it.
    public var serves: String
    public var posts: [Post]
    /// Why there is no published team to compare with, or why the default design cannot come within the
    /// tolerance of it; nil when the comparison stands on its own.
    public var exception: String?
    public var sources: [Source.ID]
    public var notes: [String]

    /// How far a default design may be from a reference post and still count as calibrated to it.
    public static let tolerance = 0.15

    public init(
        name: String, serves: String, posts: [Post], exception: String? = nil, sources: [Source.ID],
        notes: [String] = []
    ) {
        self.name = name
        self.serves = serves
        self.posts = posts
        self.exception = exception
        self.sources = sources
        self.notes = notes
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["name", "serves", "posts", "exception", "sources", "notes"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        serves = try container.decode(String.self, forKey: .serves)
        posts = try container.decodeIfPresent([Post].self, forKey: .posts) ?? []
        exception = try container.decodeIfPresent(String.self, forKey: .exception)
        sources = try container.decodeIfPresent([Source.ID].self, forKey: .sources) ?? []
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
    }
}

/// A default design beside its service model's reference team, post by post.
public struct ReferenceComparison: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var post: ReferenceTeam.Post
        /// The default design's WTE in the post's roles, summed.
        public var designed: Double
        public var reference: Double { post.wte.value }
        /// Designed less reference, in WTE.
        public var difference: Double { designed - reference }
        /// The difference as a share of the reference: 0.1 is 10% more.
        public var relativeDifference: Double { reference > 0 ? difference / reference : 0 }
        public var withinTolerance: Bool { abs(relativeDifference) <= ReferenceTeam.tolerance + 1e-9 }
    }

    public var team: ReferenceTeam
    public var lines: [Line]
    /// The default design's posts in roles and the reference team's, in WTE (fixed posts such as a manager or
    /// administration are outside the comparison: the model takes them from the same source).
    public var designedTotal: Double
    public var referenceTotal: Double { team.posts.reduce(0) { $0 + $1.wte.value } }

    /// True when every post is within the tolerance; a comparison with an exception says why it need not be.
    public var calibrated: Bool { !lines.isEmpty && lines.allSatisfy(\.withinTolerance) }

    /// `design` is the model's default design; nil for a team that is only an exception, which compares nothing.
    public init(team: ReferenceTeam, design: TeamDesign?) {
        self.team = team
        lines =
            design.map { design in
                team.posts.map { post in
                    Line(
                        post: post,
                        designed: design.posts.filter { post.roles.contains($0.role) }.reduce(0) { $0 + $1.wte })
                }
            } ?? []
        designedTotal = design?.posts.reduce(0) { $0 + $1.wte } ?? 0
    }
}

extension TeamDesigner {
    /// The service model's default design beside its reference team, or nil when the model has no reference
    /// entry at all. A model whose entry is only an exception is not designed: it compares nothing and says why.
    public func referenceComparison(_ id: ServiceModel.ID) throws(WorkforceError) -> ReferenceComparison? {
        guard let team = try requireModel(id).reference else { return nil }
        return ReferenceComparison(team: team, design: team.posts.isEmpty ? nil : try design(DesignInput(service: id)))
    }
}
