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

        public init(
            role: Role.ID, name: String, band: Band, wte: Double, costPerWTE: Double, cost: Double,
            clinicalHours: Double, interventionHours: Double, supervisionGiven: Double, supervisionReceived: Double
        ) {
            self.role = role
            self.name = name
            self.band = band
            self.wte = wte
            self.costPerWTE = costPerWTE
            self.cost = cost
            self.clinicalHours = clinicalHours
            self.interventionHours = interventionHours
            self.supervisionGiven = supervisionGiven
            self.supervisionReceived = supervisionReceived
        }
    }

    public struct FixedPostCost: Hashable, Sendable, Codable {
        public var name: String
        public var band: Band
        public var wte: Double
        public var cost: Double

        public init(name: String, band: Band, wte: Double, cost: Double) {
            self.name = name
            self.band = band
            self.wte = wte
            self.cost = cost
        }
    }

    public struct RoleHours: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var hours: Double

        public init(role: Role.ID, hours: Double) {
            self.role = role
            self.hours = hours
        }
    }

    public struct InterventionResult: Hashable, Sendable, Codable {
        public var id: Intervention.ID
        public var name: String
        public var hoursPerEpisode: Double
        public var demand: Double
        public var met: Double
        public var hoursByRole: [RoleHours]

        public init(
            id: Intervention.ID, name: String, hoursPerEpisode: Double, demand: Double, met: Double,
            hoursByRole: [RoleHours]
        ) {
            self.id = id
            self.name = name
            self.hoursPerEpisode = hoursPerEpisode
            self.demand = demand
            self.met = met
            self.hoursByRole = hoursByRole
        }
    }

    public struct SupervisionFlow: Hashable, Sendable, Codable {
        public var from: Role.ID
        public var to: Role.ID
        public var hours: Double

        public init(from: Role.ID, to: Role.ID, hours: Double) {
            self.from = from
            self.to = to
            self.hours = hours
        }
    }

    /// A price from the optimiser's duals, in plain words.
    public struct ShadowPrice: Hashable, Sendable, Codable {
        public var text: String
        /// Pounds (or episodes, for the budget) per unit.
        public var value: Double

        public init(text: String, value: Double) {
            self.text = text
            self.value = value
        }
    }

    public struct Explanation: Hashable, Sendable, Codable {
        /// The constraints that shape the answer.
        public var binding: [String]
        public var prices: [ShadowPrice]
        /// The role the optimiser would add next, and why.
        public var nextRole: String?
        /// Roles in the service model the design does not use, and what would change that.
        public var unused: [String]

        public init(binding: [String], prices: [ShadowPrice], nextRole: String?, unused: [String]) {
            self.binding = binding
            self.prices = prices
            self.nextRole = nextRole
            self.unused = unused
        }
    }

    public struct RoleWTE: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var name: String
        public var wte: Double

        public init(role: Role.ID, name: String, wte: Double) {
            self.role = role
            self.name = name
            self.wte = wte
        }
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

        public init(
            title: String, summary: String, posts: [RoleWTE], totalWTE: Double, cost: Double, costChange: Double,
            episodesMet: Double
        ) {
            self.title = title
            self.summary = summary
            self.posts = posts
            self.totalWTE = totalWTE
            self.cost = cost
            self.costChange = costChange
            self.episodesMet = episodesMet
        }
    }

    /// The design redone with one thing changed.
    public struct Scenario: Hashable, Sendable, Codable {
        public var label: String
        public var totalWTE: Double
        public var cost: Double
        public var episodesDemanded: Double
        public var episodesMet: Double
        public var posts: [RoleWTE]

        public init(
            label: String, totalWTE: Double, cost: Double, episodesDemanded: Double, episodesMet: Double,
            posts: [RoleWTE]
        ) {
            self.label = label
            self.totalWTE = totalWTE
            self.cost = cost
            self.episodesDemanded = episodesDemanded
            self.episodesMet = episodesMet
            self.posts = posts
        }
    }

    public struct ComparisonLine: Hashable, Sendable, Codable {
        public var role: Role.ID
        public var name: String
        public var current: Double
        public var proposed: Double
        public var action: String

        public init(role: Role.ID, name: String, current: Double, proposed: Double, action: String) {
            self.role = role
            self.name = name
            self.current = current
            self.proposed = proposed
            self.action = action
        }
    }

    public struct Comparison: Hashable, Sendable, Codable {
        public var lines: [ComparisonLine]
        public var currentCost: Double
        /// Episodes the current team could deliver, at best, for this demand.
        public var currentEpisodesMet: Double
        public var summary: String

        public init(lines: [ComparisonLine], currentCost: Double, currentEpisodesMet: Double, summary: String) {
            self.lines = lines
            self.currentCost = currentCost
            self.currentEpisodesMet = currentEpisodesMet
            self.summary = summary
        }
    }

    /// A default or entered figure the design used, with its provenance.
    public struct ParameterUse: Hashable, Sendable, Codable {
        public var label: String
        public var value: Double
        public var unit: String
        public var parameter: Parameter

        public init(label: String, value: Double, unit: String, parameter: Parameter) {
            self.label = label
            self.value = value
            self.unit = unit
            self.parameter = parameter
        }

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

    public init(
        service: ServiceModel.ID, serviceName: String, catalogueVersion: String, input: DesignInput, posts: [Post],
        fixedPosts: [FixedPostCost], interventions: [InterventionResult], supervision: [SupervisionFlow],
        totalWTE: Double, totalCost: Double, episodesDemanded: Double, episodesMet: Double, costBasis: String,
        explanation: Explanation, alternatives: [Alternative], newRoles: [Alternative], sensitivity: [Scenario],
        comparison: Comparison?, parameters: [ParameterUse], notes: [String], payYear: String? = nil
    ) {
        self.service = service
        self.serviceName = serviceName
        self.catalogueVersion = catalogueVersion
        self.input = input
        self.posts = posts
        self.fixedPosts = fixedPosts
        self.interventions = interventions
        self.supervision = supervision
        self.totalWTE = totalWTE
        self.totalCost = totalCost
        self.episodesDemanded = episodesDemanded
        self.episodesMet = episodesMet
        self.costBasis = costBasis
        self.explanation = explanation
        self.alternatives = alternatives
        self.newRoles = newRoles
        self.sensitivity = sensitivity
        self.comparison = comparison
        self.parameters = parameters
        self.notes = notes
        self.payYear = payYear
    }

    public var shareOfNeedMet: Double { episodesDemanded > 0 ? episodesMet / episodesDemanded : 1 }
}
