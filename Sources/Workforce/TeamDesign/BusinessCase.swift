/// The figures an employer takes to a business case meeting for adding posts of one role to a service: what the
/// posts cost in their first year and every year after, the supervision they need from staff already in post,
/// and the episodes a year they can deliver, worked out by the team designer's own model (Engine A of MODEL.md)
/// with every figure it used listed.
public struct BusinessCase: Hashable, Sendable, Codable {
    /// The most posts one business case costs: more than any one service hires at once.
    public static let maximumPosts = 100

    /// Episodes of one intervention the posts deliver.
    public struct Episodes: Hashable, Sendable, Codable {
        public var intervention: Intervention.ID
        public var name: String
        public var hoursPerEpisode: Double
        /// The model's default demand, episodes a year.
        public var demand: Double
        public var delivered: Double
    }

    /// One cost with the sum that makes it.
    public struct Cost: Hashable, Sendable, Codable {
        public var amount: Double
        public var sum: String
    }

    public var role: Role.ID
    public var roleName: String
    public var service: ServiceModel.ID
    public var serviceName: String
    public var posts: Int
    /// The Agenda for Change year the posts are costed at, such as "2026/27".
    public var payYear: String
    /// One whole-time qualified post a year, with on-costs, at the model's band.
    public var qualifiedBand: Band
    public var costPerQualifiedPost: Double
    /// One whole-time trainee post a year, when the role trains in a salaried post.
    public var traineeBand: Band?
    public var costPerTraineePost: Double?
    /// Months of salaried training before a trainee is qualified, when the role trains in post.
    public var trainingMonths: Int?
    public var firstYear: Cost
    public var recurring: Cost
    /// Hours of supervision a year the qualified posts need from staff already in post, and who can give it.
    public var supervisionNeeded: Double
    public var supervisors: [Role.ID]
    /// Clinical hours a year the qualified posts provide, and the hours the episodes use.
    public var clinicalHours: Double
    public var hoursUsed: Double
    public var episodes: [Episodes]
    public var costBasis: String
    /// Every figure the sums used, with its basis and sources.
    public var parameters: [TeamDesign.ParameterUse]
    /// What the figures leave out, in plain words.
    public var limits: [String]

    public var episodesDelivered: Double { episodes.reduce(0) { $0 + $1.delivered } }
    /// True when the model's default demand, not the posts' time, limits the episodes (to within the solver's
    /// tolerance).
    public var limitedByDemand: Bool { clinicalHours - hoursUsed > 1e-4 * max(1, clinicalHours) }
    /// Recurring cost per episode a year, or nil when the posts deliver none.
    public var costPerEpisode: Double? { episodesDelivered > 0 ? recurring.amount / episodesDelivered : nil }
}

extension TeamDesigner {
    /// The business case for `posts` whole-time posts of `roleID` in the service model `serviceID`, at the
    /// designer's default pay point, on-costs and demand. The episodes come from the designer's linear program
    /// with the new posts as the whole team: their supervision is given by staff already in post (and counted
    /// as the hours they need), and the model's composition rules, which are about whole teams, are left out.
    public func businessCase(role roleID: Role.ID, service serviceID: ServiceModel.ID, posts: Int)
        throws(WorkforceError) -> BusinessCase
    {
        let role = try catalogue.requireRole(roleID)
        let model = try requireModel(serviceID)
        guard let staff = model.staffRole(role.id) else {
            let fitting = catalogue.serviceModels.filter { $0.staffRole(role.id) != nil }.map(\.id.rawValue)
            throw .invalidDesign(
                field: "service",
                message: "\(model.name) does not staff the \(role.name.inSentence) role. "
                    + (fitting.isEmpty
                        ? "No service model in Skillmix does yet."
                        : "Service models that do: \(fitting.joined(separator: ", ")).")
            )
        }
        guard (1...BusinessCase.maximumPosts).contains(posts) else {
            throw .invalidDesign(
                field: "posts", message: "give a whole number of posts from 1 to \(BusinessCase.maximumPosts).")
        }
        let input = DesignInput(service: model.id)
        let scale = try payScale(for: input)
        var problem = try self.problem(for: input, model: model)
        guard let index = problem.roleIndex(role.id), let parameters = catalogue.teamParameters else {
            throw .designNotFound("the service model's staff could not be read")
        }
        // The new posts alone: every other role out, the posts fixed, supervision from outside the team.
        for other in problem.roles.indices {
            problem.roles[other].lower = other == index ? Double(posts) : 0
            problem.roles[other].upper = other == index ? Double(posts) : 0
            problem.roles[other].supervisionNeeded = 0
        }
        problem.rules = []
        problem.budget = nil
        problem.step = nil
        problem.fixedCost = 0
        problem.fixedWTE = 0
        guard let plan = try problem.solve() else {
            throw .designNotFound("the posts alone could not be planned; please report it")
        }
        let term = problem.roles[index]
        let episodes = problem.interventions.enumerated().compactMap { i, intervention -> BusinessCase.Episodes? in
            guard intervention.deliveries.contains(where: { $0.role == index }) else { return nil }
            return .init(
                intervention: intervention.id, name: intervention.name, hoursPerEpisode: intervention.hoursPerEpisode,
                demand: intervention.demand, delivered: intervention.demand - plan.unmet[i])
        }
        let hoursUsed = plan.hours.joined().reduce(0, +)

        let qualified = term.costPerWTE
        var trainee: (band: Band, cost: Double)?
        if role.training.salaried == true, let band = role.bands.trainee?.lower,
            let cost = costPerWTE(band, input: input, scale: scale, parameters: parameters)
        {
            trainee = (band, cost)
        }
        let months = trainee == nil ? nil : role.training.months
        let count = Formatting.number(Double(posts))
        let recurring = BusinessCase.Cost(
            amount: qualified * Double(posts),
            sum: "\(count) × \(Formatting.pounds(qualified)) (one qualified post, \(term.band))")
        let firstYear: BusinessCase.Cost
        if let trainee, let months {
            let training = min(12, months)
            let amount = Double(posts) * (trainee.cost * Double(training) + qualified * Double(12 - training)) / 12
            firstYear = .init(
                amount: amount,
                sum: training == 12
                    ? "\(count) × \(Formatting.pounds(trainee.cost)) (one trainee post, \(trainee.band))"
                    : "\(count) × (\(Formatting.pounds(trainee.cost)) × \(training) ÷ 12 in training at "
                        + "\(trainee.band) + \(Formatting.pounds(qualified)) × \(12 - training) ÷ 12 qualified)")
        } else {
            firstYear = recurring
        }

        var limits = [
            "The posts are whole-time and costed at the top point of their band with the full employer pension "
                + "rate, as the team designer costs them by default. Recruitment, accommodation, equipment and "
                + "training fees are not included.",
            "The episodes are what qualified posts can deliver against the service model's default demand, where "
                + "its weights say the need is greatest; a trainee's clinical time while training is not in the "
                + "catalogue, so the training year's episodes are not counted.",
        ]
        if trainee == nil, role.training.salaried != true {
            limits.append(
                "Training for this role is not recorded as salaried, so the first year is costed as a qualified post.")
        }
        if let months, months > 12 {
            limits.append(
                "Training takes \(months) months, so later training years cost the trainee rate too; the recurring "
                    + "cost is for qualified posts.")
        }
        let fits = Set(episodes.map(\.intervention))
        return BusinessCase(
            role: role.id, roleName: role.name, service: model.id, serviceName: model.name, posts: posts,
            payYear: scale.name, qualifiedBand: term.band, costPerQualifiedPost: qualified,
            traineeBand: trainee?.band, costPerTraineePost: trainee?.cost, trainingMonths: months,
            firstYear: firstYear, recurring: recurring,
            supervisionNeeded: staff.supervisionReceived.value * Double(posts),
            supervisors: model.supervisors(of: role),
            clinicalHours: term.clinicalHours * Double(posts), hoursUsed: hoursUsed, episodes: episodes,
            costBasis: costBasis(input, scale: scale),
            parameters: sharedParameters(input) + staffParameters(staff)
                + model.interventions.filter { fits.contains($0.id) }.flatMap {
                    interventionParameters($0, model: model, input: input)
                },
            limits: limits)
    }
}

/// What a person asks of a business case: how many posts, and in which service model (by default the first
/// model that staffs the role).
public struct BusinessCaseQuery: Hashable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case posts, service
    }

    public var posts: Int
    public var service: ServiceModel.ID?

    public init(posts: Int = 1, service: ServiceModel.ID? = nil) {
        self.posts = posts
        self.service = service
    }

    /// Reads `posts` and `service` from a query string's pairs, refusing any other name, a name given twice
    /// and a number of posts that is not a whole number from 1 to `BusinessCase.maximumPosts`.
    public init(pairs: [(name: String, value: String)]) throws(WorkforceError) {
        self.init()
        var seen: Set<String> = []
        for (name, value) in pairs {
            guard let field = Field(rawValue: name) else {
                throw .invalidDesign(
                    field: name,
                    message: "is not something a business case asks for. Give posts and service only.")
            }
            guard seen.insert(name).inserted else {
                throw .invalidDesign(field: name, message: "is given more than once. Give it once.")
            }
            switch field {
            case .posts:
                let range = 1...Double(BusinessCase.maximumPosts)
                switch CheckedNumber.read(value, in: range, whole: true) {
                case .success(let number):
                    posts = number.flatMap(CheckedNumber.wholeNumber) ?? 1
                case .failure(let problem):
                    throw .invalidDesign(
                        field: "posts",
                        message: problem.sentence(label: "The number of posts", example: "2", entered: value))
                }
            case .service:
                service = value.isEmpty ? nil : ServiceModel.ID(rawValue: value)
            }
        }
    }

    /// The query string that asks for this, empty for the defaults.
    public var queryItems: [(name: String, value: String)] {
        var items: [(String, String)] = []
        if posts != 1 { items.append(("posts", String(posts))) }
        if let service { items.append(("service", service.rawValue)) }
        return items
    }
}

extension TeamDesigner {
    /// The business case `query` asks for, or nil when no service model staffs the role and none was named.
    public func businessCase(role: Role.ID, query: BusinessCaseQuery) throws(WorkforceError) -> BusinessCase? {
        // The catalogue keeps its service models in display order.
        let fallback = catalogue.serviceModels.first { $0.staffRole(role) != nil }
        guard let service = query.service ?? fallback?.id else { return nil }
        guard catalogue.serviceModel(service) != nil else {
            throw .invalidDesign(
                field: "service",
                message: "there is no service model \"\(service)\". Known ids: "
                    + catalogue.serviceModels.map(\.id.rawValue).joined(separator: ", ") + ".")
        }
        return try businessCase(role: role, service: service, posts: query.posts)
    }
}
