/// What an employer needs to decide on introducing a role, gathered from the catalogue: the service models it
/// fits (with the interventions it delivers and the supervision it needs there), what a post costs in training
/// and once qualified at the pay year in force, its training and governance, and the time from deciding to a
/// qualified person in post. What the catalogue does not hold is left out here and said so on the page.
public struct RoleIntroduction: Hashable, Sendable {
    /// One service model that staffs the role.
    public struct Fit: Hashable, Sendable {
        public var model: ServiceModel
        public var staff: StaffRole
        /// The model's interventions this role can deliver.
        public var interventions: [Intervention]
        /// Roles in the model that can give this role its supervision.
        public var supervisors: [Role.ID]
    }

    /// What one whole-time post costs at a band: pay from the entry to the top point, and the employer's cost of
    /// each (pay plus the full employer pension rate, National Insurance and the levy).
    public struct PostCost: Hashable, Sendable {
        public var bands: BandRange
        public var payEntry: Double
        public var payTop: Double
        public var costEntry: Double
        public var costTop: Double
    }

    public var role: Role
    public var fits: [Fit]
    public var scale: PayScale?
    public var trainee: PostCost?
    public var qualified: PostCost?
    public var onCosts: String?
    /// The shortest experience a route into the role asks for before its training, in months, and that route.
    public var experienceMonths: Int?
    public var trainingMonths: Int?

    public init(role: Role, catalogue: Catalogue) {
        self.role = role
        fits = catalogue.serviceModels.compactMap { model in
            guard let staff = model.staffRole(role.id) else { return nil }
            let delivering = model.interventions.filter { $0.deliveredBy.contains { $0.role == role.id } }
            return Fit(
                model: model, staff: staff, interventions: delivering, supervisors: model.supervisors(of: role))
        }
        scale = catalogue.payScale
        let parameters = catalogue.teamParameters
        func cost(_ bands: BandRange?) -> PostCost? {
            guard let bands, let range = scale?.range(of: bands), let parameters else { return nil }
            let entry = Double(range.minimum)
            let top = Double(range.maximum)
            return PostCost(
                bands: bands, payEntry: entry, payTop: top, costEntry: parameters.annualCost(pay: entry, basis: .full),
                costTop: parameters.annualCost(pay: top, basis: .full))
        }
        trainee = role.training.salaried == true ? cost(role.bands.trainee) : nil
        qualified = cost(role.bands.qualified)
        onCosts = parameters?.onCostDates(on: catalogue.asOf)
        let into = catalogue.routes.filter { $0.to == .role(role.id) }
        experienceMonths = into.map(\.experienceMonths).min()
        trainingMonths = role.training.months
    }
}

extension ServiceModel {
    /// The roles in this model that can give `role` its supervision, as the team designer reads them: those the
    /// model names for it, or else the role's own supervisors (its own profession among them), that supervise
    /// in this model.
    public func supervisors(of role: Role) -> [Role.ID] {
        let named = staffRole(role.id)?.supervisors ?? role.supervisedBy
        return named.filter { staffRole($0)?.supervisionGiven != nil }
    }
}
