/// A designed team: the optimum for one service and demand, why it is the optimum, its alternatives and how
/// it responds to change. Every figure is for one year.
public struct TeamDesign: Hashable, Sendable, Codable {
    public struct Post: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var name: String
        public var band: Band
        public var wte: Double
        /// Pounds a year per WTE, with on-costs.
        public var costPerWTE: Double
        public var cost: Double
        /// Clinical hours the posts provide.
        public var clinicalHours: Double
        /// Hours on interventions.
        public var interventionHours: Double
        public var supervisionGiven: Double
        public var supervisionReceived: Double
    }

    public struct FixedPostCost: Hashable, Sendable, Codable {
        public var name: String
        public var band: Band
        public var wte: Double
        public var cost: Double
    }

    public struct RoleHours: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var hours: Double
    }

    public struct InterventionResult: Hashable, Sendable, Codable {
        public var id: Intervention.ID
        public var name: String
        public var hoursPerEpisode: Double
        public var demand: Double
        public var met: Double
        public var hoursByRole: [RoleHours]
    }

    public struct SupervisionFlow: Hashable, Sendable, Codable {
        public var from: Role.ID
        public var to: Role.ID
        public var hours: Double
    }

    /// A price from the optimiser's duals, in plain words.
    public struct ShadowPrice: Hashable, Sendable, Codable {
        public var text: String
        /// Pounds (or episodes, for the budget) per unit.
        public var value: Double
    }

    public struct Explanation: Hashable, Sendable, Codable {
        /// The constraints that shape the answer.
        public var binding: [String]
        public var prices: [ShadowPrice]
        /// The role the optimiser would add next, and why.
        public var nextRole: String?
        /// Roles in the service model the design does not use, and what would change that.
        public var unused: [String]
    }

    public struct RoleWTE: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var name: String
        public var wte: Double
    }

    /// Another design for the same service: a real option, not the optimum.
    public struct Alternative: Hashable, Sendable, Codable {
        public var title: String
        public var summary: String
        public var posts: [RoleWTE]
        public var totalWTE: Double
        public var cost: Double
        /// Relative to the optimum's cost: 0.05 is 5% more.
        public var costChange: Double
        public var episodesMet: Double
    }

    /// The design redone with one thing changed.
    public struct Scenario: Hashable, Sendable, Codable {
        public var label: String
        public var totalWTE: Double
        public var cost: Double
        public var episodesDemanded: Double
        public var episodesMet: Double
        public var posts: [RoleWTE]
    }

    public struct ComparisonLine: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var name: String
        public var current: Double
        public var proposed: Double
        public var action: String
    }

    public struct Comparison: Hashable, Sendable, Codable {
        public var lines: [ComparisonLine]
        public var currentCost: Double
        /// Episodes the current team could deliver, at best, for this demand.
        public var currentEpisodesMet: Double
        public var summary: String
    }

    /// A default or entered figure the design used, with its provenance.
    public struct ParameterUse: Hashable, Sendable, Codable {
        public var label: String
        public var value: Double
        public var unit: String
        public var parameter: Parameter

        /// A figure as used: its value is the parameter's.
        public init(_ label: String, _ parameter: Parameter, unit: String) {
            self.label = label
            self.value = parameter.value
            self.unit = unit
            self.parameter = parameter
        }
    }

    public var service: ServiceModel.ID
    public var serviceName: String
    public var catalogueVersion: String
    public var input: DesignInput
    public var posts: [Post]
    public var fixedPosts: [FixedPostCost]
    public var interventions: [InterventionResult]
    public var supervision: [SupervisionFlow]
    public var totalWTE: Double
    /// Pounds a year, fixed posts included.
    public var totalCost: Double
    public var episodesDemanded: Double
    public var episodesMet: Double
    /// How posts are costed, in plain words.
    public var costBasis: String
    public var explanation: Explanation
    public var alternatives: [Alternative]
    /// What each new role (introduced since 2017) would change.
    public var newRoles: [Alternative]
    public var sensitivity: [Scenario]
    public var comparison: Comparison?
    public var parameters: [ParameterUse]
    public var notes: [String]
    /// The Agenda for Change table the posts were costed at, such as "2026/27"; nil in designs saved before
    /// Skillmix recorded it.
    public var payYear: String? = nil

    public var shareOfNeedMet: Double { episodesDemanded > 0 ? episodesMet / episodesDemanded : 1 }
}
