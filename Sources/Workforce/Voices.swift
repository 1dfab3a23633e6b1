/// A short quote from someone who does, supervises, leads or uses a role, copied word for word from a published
/// source and attributed. Never written by Skillmix: the loader refuses a quote without a known source.
public struct Voice: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Voice>

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case practitioner, trainee, leader
        case serviceManager = "service-manager"
        case personUsingServices = "person-using-services"

        public var label: String {
            switch self {
            case .practitioner: "Practitioner"
            case .trainee: "Trainee"
            case .leader: "Leader"
            case .serviceManager: "Service manager"
            case .personUsingServices: "Someone who uses services"
            }
        }
    }

    /// The longest quote the loader accepts: a few sentences, not a passage.
    public static let maximumLength = 600

    public var id: ID
    public var roles: [Role.ID]
    public var speaker: String
    public var speakerRole: String
    public var kind: Kind
    public var quote: String
    public var source: Source.ID
}

/// What employers have published about introducing a role: guides and frameworks, the risks services met and
/// what they did, and salary support for trainees. Each item rests on the sources it names.
public struct EmployerResources: Hashable, Sendable, Codable {
    public struct Resource: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            case implementationGuide = "implementation-guide"
            case competenceFramework = "competence-framework"
            case curriculum
            case jobDescription = "job-description"
            case guidance

            public var label: String {
                switch self {
                case .implementationGuide: "Implementation guide"
                case .competenceFramework: "Competence framework or standard"
                case .curriculum: "Curriculum"
                case .jobDescription: "Job description"
                case .guidance: "Guidance"
                }
            }
        }

        public var title: String
        public var kind: Kind
        public var source: Source.ID
    }

    public struct Risk: Hashable, Sendable, Codable {
        public var risk: String
        /// What services or the guidance did about it; nil when the sources say nothing.
        public var response: String?
        public var sources: [Source.ID]
    }

    public struct Support: Hashable, Sendable, Codable {
        public var text: String
        public var sources: [Source.ID]
    }

    public var resources: [Resource] = []
    public var risks: [Risk] = []
    public var salarySupport: [Support] = []

    public init(resources: [Resource] = [], risks: [Risk] = [], salarySupport: [Support] = []) {
        self.resources = resources
        self.risks = risks
        self.salarySupport = salarySupport
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["resources", "risks", "salarySupport"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        resources = try container.decodeIfPresent([Resource].self, forKey: .resources) ?? []
        risks = try container.decodeIfPresent([Risk].self, forKey: .risks) ?? []
        salarySupport = try container.decodeIfPresent([Support].self, forKey: .salarySupport) ?? []
    }

    public var isEmpty: Bool { resources.isEmpty && risks.isEmpty && salarySupport.isEmpty }
}

extension Catalogue {
    /// The quotes about `role`, in file order.
    public func voices(about role: Role.ID) -> [Voice] { voices.filter { $0.roles.contains(role) } }

    /// Problems with the quotes and the employers' resources: unknown roles and sources, empty or long quotes,
    /// quotes without a speaker, and items that rest on no source.
    var employerProblems: [CatalogueProblem] {
        var problems: [CatalogueProblem] = []
        let roleIDs = Set(roles.map(\.id))
        let sourceIDs = Set(sources.map(\.id))
        var seen: Set<Voice.ID> = []
        for (index, voice) in voices.enumerated() {
            func place(_ field: String) -> CatalogueProblem.Place {
                .other("voices.yaml", field: "voices[\(index)].\(field)")
            }
            if !seen.insert(voice.id).inserted { problems.append(.init(place: place("id"), message: "is used twice")) }
            if !sourceIDs.contains(voice.source) {
                problems.append(
                    .init(
                        place: place("source"),
                        message: "cites source \"\(voice.source)\", which is not in sources.yaml: every quote needs "
                            + "the published source it is copied from"))
            }
            if voice.roles.isEmpty { problems.append(.init(place: place("roles"), message: "names no role")) }
            for role in voice.roles where !roleIDs.contains(role) {
                problems.append(
                    .init(place: place("roles"), message: "names role \"\(role)\", which is not in the catalogue"))
            }
            if voice.quote.allSatisfy(\.isWhitespace) || voice.quote.count > Voice.maximumLength {
                problems.append(
                    .init(
                        place: place("quote"),
                        message: "must be a short quote of 1 to \(Voice.maximumLength) characters"))
            }
            if voice.speaker.allSatisfy(\.isWhitespace) || voice.speakerRole.allSatisfy(\.isWhitespace) {
                problems.append(
                    .init(place: place("speaker"), message: "needs the speaker and their role, as published"))
            }
        }
        for (role, resources) in introductions.sorted(by: { $0.key < $1.key }) {
            func place(_ field: String) -> CatalogueProblem.Place {
                .other("introducing.yaml", field: "roles.\(role).\(field)")
            }
            if !roleIDs.contains(role) {
                problems.append(.init(place: place("id"), message: "is not a role in the catalogue"))
            }
            let cited =
                resources.resources.map { ("resources", [$0.source]) } + resources.risks.map { ("risks", $0.sources) }
                + resources.salarySupport.map { ("salarySupport", $0.sources) }
            for (field, ids) in cited {
                if ids.isEmpty { problems.append(.init(place: place(field), message: "has an item with no source")) }
                for id in ids where !sourceIDs.contains(id) {
                    problems.append(
                        .init(place: place(field), message: "cites source \"\(id)\", which is not in sources.yaml"))
                }
            }
        }
        return problems
    }
}
