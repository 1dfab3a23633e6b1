/// Every reference fact Skillmix knows: groups, roles, entry points, rules, figures and their sources.
public struct Catalogue: Hashable, Sendable, Codable {
    public var stamp: CatalogueStamp
    public var groups: [RoleGroup]
    /// In taxonomy order.
    public var roles: [Role]
    public var entryPoints: [EntryPoint]
    public var rules: [Rule]
    public var figures: [Figure]
    public var sources: [Source]
    /// The career map's edges.
    public var routes: [CareerRoute]
    /// Agenda for Change pay by year, oldest first.
    public var payScales: [PayScale]
    /// Service models for the team designer, in display order.
    public var serviceModels: [ServiceModel]
    /// Working time and on-costs shared by every team design.
    public var teamParameters: TeamParameters?
    /// Defaults for the workforce projection, and the regions and boards it projects.
    public var projection: ProjectionDefaults?
    public var regions: RegionsData?
    /// What changed in each version of the catalogue, newest first.
    public var changes: [CatalogueChange] = []
    /// Short published quotes about the roles, each with its source.
    public var voices: [Voice] = []
    /// What employers have published about introducing each role, by role.
    public var introductions: [Role.ID: EmployerResources] = [:]
    /// The day the catalogue answers for, set at the edge; it picks the pay year in force. Nil means the
    /// latest of everything.
    public var asOf: CalendarDay?

    public init(
        stamp: CatalogueStamp, groups: [RoleGroup], roles: [Role], entryPoints: [EntryPoint], rules: [Rule],
        figures: [Figure], sources: [Source], routes: [CareerRoute] = [], payScales: [PayScale] = [],
        serviceModels: [ServiceModel] = [], teamParameters: TeamParameters? = nil,
        projection: ProjectionDefaults? = nil, regions: RegionsData? = nil
    ) {
        self.stamp = stamp
        self.groups = groups
        self.roles = roles.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        self.entryPoints = entryPoints
        self.rules = rules
        self.figures = figures
        self.sources = sources
        self.routes = routes
        // Stable: two tables of one year keep their file order, and the last is the one in force.
        self.payScales = payScales.enumerated().sorted {
            ($0.element.effectiveFrom, $0.offset) < ($1.element.effectiveFrom, $1.offset)
        }
        .map(\.element)
        self.serviceModels = serviceModels.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        self.teamParameters = teamParameters
        self.projection = projection
        self.regions = regions
    }

    /// The pay scale in force on `asOf` (the latest when no day is set).
    public var payScale: PayScale? { asOf.map(payScale(on:)) ?? payScales.last }

    /// The table in force on `day`: the last one to take effect on or before it, or the earliest known
    /// when the day comes before them all.
    public func payScale(on day: CalendarDay) -> PayScale? {
        payScales.last { $0.effectiveFrom <= day } ?? payScales.first
    }

    /// The table in force for a year such as "2025/26" (the last listed when the year has two).
    public func payScale(year: String) -> PayScale? { payScales.last { $0.year == year } }

    /// The pay years a planner can choose, oldest first, each once.
    public var payYears: [String] {
        payScales.reduce(into: [String]()) { years, scale in
            if !years.contains(scale.year) { years.append(scale.year) }
        }
    }

    /// The table for `year`, or the one in force when `year` is nil. An unknown year is the error `invalid`
    /// makes for the field "payYear", naming the known years.
    public func requirePayScale(
        year: String?, invalid: (_ field: String, _ message: String) -> WorkforceError
    ) throws(WorkforceError) -> PayScale {
        if let year {
            guard let scale = payScale(year: year) else {
                throw invalid(
                    "payYear",
                    "Skillmix has no Agenda for Change pay for \(year.count <= 20 ? year : "that year"). "
                        + "Use one of: \(payYears.joined(separator: ", ")).")
            }
            return scale
        }
        guard let scale = payScale else { throw .designNotFound("the catalogue has no pay scale") }
        return scale
    }

    /// The same catalogue, answering for `day`.
    public func on(_ day: CalendarDay) -> Catalogue {
        var copy = self
        copy.asOf = day
        return copy
    }

    public func role(_ id: Role.ID) -> Role? { roles.first { $0.id == id } }
    public func group(_ id: RoleGroup.ID) -> RoleGroup? { groups.first { $0.id == id } }
    public func source(_ id: Source.ID) -> Source? { sources.first { $0.id == id } }
    public func entryPoint(_ id: EntryPoint.ID) -> EntryPoint? { entryPoints.first { $0.id == id } }

    /// Looks a role up, or throws an error that lists the known ids.
    public func requireRole(_ id: Role.ID) throws(WorkforceError) -> Role {
        guard let role = role(id) else {
            throw .unknownRole(id, known: roles.map(\.id))
        }
        return role
    }

    /// The roles of one group, in taxonomy order.
    public func roles(in group: RoleGroup.ID) -> [Role] { roles.filter { $0.group == group } }

    /// Roles whose progression leads to `role`.
    public func routesInto(_ role: Role.ID) -> [(from: Role, progression: Progression)] {
        roles.flatMap { from in from.progression.filter { $0.to == role }.map { (from, $0) } }
    }

    /// Everything that refers to something the catalogue does not hold, or breaks its rules;
    /// an empty list means the catalogue is consistent.
    public var problems: [CatalogueProblem] {
        var problems: [CatalogueProblem] = []
        let roleIDs = Set(roles.map(\.id))
        let groupIDs = Set(groups.map(\.id))
        let sourceIDs = Set(sources.map(\.id))

        func checkSources(_ ids: [Source.ID], at place: CatalogueProblem.Place) {
            for id in ids where !sourceIDs.contains(id) {
                problems.append(.init(place: place, message: "cites source \"\(id)\", which is not in sources.yaml"))
            }
        }
        func checkRole(_ id: Role.ID, at place: CatalogueProblem.Place) {
            if !roleIDs.contains(id) {
                problems.append(.init(place: place, message: "names role \"\(id)\", which is not in the catalogue"))
            }
        }

        var seen = Set<Role.ID>()
        for role in roles {
            let place = { (field: String) in CatalogueProblem.Place.role(role.id, field: field) }
            if !seen.insert(role.id).inserted {
                problems.append(.init(place: place("id"), message: "is used by more than one role"))
            }
            if !groupIDs.contains(role.group) {
                problems.append(
                    .init(place: place("group"), message: "names group \"\(role.group)\", which is not in groups.yaml"))
            }
            for progression in role.progression { checkRole(progression.to, at: place("progression")) }
            for supervisor in role.supervisedBy { checkRole(supervisor, at: place("supervisedBy")) }
            for (fact, ids) in role.factSources { checkSources(ids, at: place("sources.\(fact.rawValue)")) }
            checkSources(role.furtherSources, at: place("furtherSources"))
            for fact in role.factsWithValues where role.sources(of: fact).isEmpty && !role.unsourced.contains(fact) {
                problems.append(
                    .init(
                        place: place("sources.\(fact.rawValue)"),
                        message:
                            "has no source; add one, or list \"\(fact.rawValue)\" under unsourced so the product says so"
                    )
                )
            }
            if let months = role.training.months, months <= 0 {
                problems.append(.init(place: place("training.months"), message: "must be a positive number of months"))
            }
        }
        for entry in entryPoints {
            for id in entry.directRoles { checkRole(id, at: .entryPoint(entry.id, field: "directRoles")) }
            for id in entry.trainingRoutes { checkRole(id, at: .entryPoint(entry.id, field: "trainingRoutes")) }
            checkSources(entry.sources, at: .entryPoint(entry.id, field: "sources"))
        }
        for group in groups { checkSources(group.sources, at: .other("groups.yaml", field: "\(group.id).sources")) }
        for rule in rules { checkSources(rule.sources, at: .other("rules.yaml", field: "\(rule.id).sources")) }
        for figure in figures {
            checkSources(figure.sources, at: .other("figures.yaml", field: "\(figure.id).sources"))
        }
        let entryIDs = Set(entryPoints.map(\.id.rawValue))
        for collision in entryIDs.intersection(roleIDs.map(\.rawValue)).sorted() {
            problems.append(
                .init(
                    place: .entryPoint(EntryPoint.ID(rawValue: collision), field: "id"),
                    message: "is also a role id; ids must differ"))
        }
        var tables = Set<String>()
        for (index, scale) in payScales.enumerated() {
            checkSources(scale.sources, at: .other("pay-scales.yaml", field: "\(scale.year).sources"))
            if !tables.insert(scale.name).inserted {
                problems.append(
                    .init(
                        place: .other("pay-scales.yaml", field: "\(scale.name)"),
                        message: "is listed twice; give a second table of the year an edition name"))
            }
            if index > 0, payScales[index - 1].year != scale.year,
                payScales[index - 1].effectiveFrom == scale.effectiveFrom || payScales[index - 1].year > scale.year
            {
                problems.append(
                    .init(
                        place: .other("pay-scales.yaml", field: "\(scale.year).effectiveFrom"),
                        message:
                            "overlaps \(payScales[index - 1].year): each year must take effect after the one before it")
                )
            }
            if scale.basis == .derived, !scale.status.contains("×") {
                problems.append(
                    .init(
                        place: .other("pay-scales.yaml", field: "\(scale.year).status"),
                        message: "is derived, so it must show the sum (for example \"each 2025/26 figure × 1.033\")"))
            }
            for band in Band.all where scale.bands[band] == nil {
                problems.append(
                    .init(
                        place: .other("pay-scales.yaml", field: "\(scale.year).bands"),
                        message: "has no figures for band \(band.name)"))
            }
            for (band, range) in scale.bands where range.minimum > range.maximum || range.minimum <= 0 {
                problems.append(
                    .init(
                        place: .other("pay-scales.yaml", field: "\(scale.year).bands.\(band.name)"),
                        message: "needs a positive minimum no higher than its maximum"))
            }
        }
        for source in sources {
            if let reason = SourceChecks.copySiteReason(source.url) {
                problems.append(.init(place: .other("sources.yaml", field: "\(source.id).url"), message: reason))
            }
        }
        for (index, change) in changes.enumerated() {
            checkSources(change.sources, at: .other("changelog.yaml", field: "changes[\(index)].sources"))
            if index > 0, changes[index - 1].date < change.date {
                problems.append(
                    .init(
                        place: .other("changelog.yaml", field: "changes[\(index)].date"),
                        message: "is later than the change above it; list changes newest first"))
            }
        }
        var routeIDs = Set<CareerRoute.ID>()
        for route in routes {
            let place = { (field: String) in CatalogueProblem.Place.other("routes.yaml", field: "\(route.id).\(field)")
            }
            if !routeIDs.insert(route.id).inserted {
                problems.append(.init(place: place("id"), message: "is used by more than one route"))
            }
            for (field, end) in [("from", route.from), ("to", route.to)] {
                switch end {
                case .role(let id) where !roleIDs.contains(id):
                    problems.append(
                        .init(place: place(field), message: "names role \"\(id)\", which is not in the catalogue"))
                case .entryPoint(let id) where !entryIDs.contains(id.rawValue):
                    problems.append(
                        .init(
                            place: place(field),
                            message: "names entry point \"\(id)\", which is not in entry-points.yaml"))
                default: break
                }
            }
            if route.from == route.to {
                problems.append(.init(place: place("to"), message: "leads back to where it starts"))
            }
            if route.months < 0 || route.experienceMonths < 0 {
                problems.append(.init(place: place("months"), message: "must not be negative"))
            }
            if let selfFunded = route.selfFundedMonths, !(0...max(0, route.months)).contains(selfFunded) {
                problems.append(
                    .init(place: place("selfFundedMonths"), message: "must be between 0 and the route's months"))
            }
            if route.sources.isEmpty { problems.append(.init(place: place("sources"), message: "has no source")) }
            checkSources(route.sources, at: place("sources"))
        }
        return problems + planningProblems + employerProblems
    }
}

extension Role {
    /// The facts that hold a value and therefore need a source.
    public var factsWithValues: [Fact] {
        var facts: [Fact] = [.group]
        if ages != nil { facts.append(.ages) }
        if !settings.isEmpty { facts.append(.settings) }
        if !entryRequirements.isEmpty { facts.append(.entryRequirements) }
        facts.append(.training)
        if !registration.isEmpty { facts.append(.registration) }
        if bands.trainee != nil || bands.qualified != nil || !bands.progression.isEmpty { facts.append(.bands) }
        if !capabilities.isEmpty { facts.append(.capabilities) }
        if !supervisedBy.isEmpty { facts.append(.supervisedBy) }
        if !progression.isEmpty { facts.append(.progression) }
        if introduced != nil { facts.append(.introduced) }
        if !intake.isEmpty { facts.append(.intake) }
        return facts
    }
}

/// Identifies one version of the catalogue: the editors' version label and a checksum of its files.
public struct CatalogueStamp: Hashable, Sendable, Codable, CustomStringConvertible {
    public var version: String
    public var checksum: String

    public init(version: String, checksum: String) {
        self.version = version
        self.checksum = checksum
    }

    public var description: String { "\(version) (\(checksum.prefix(12)))" }
}

/// Something in the catalogue that does not hold together, and where it is.
public struct CatalogueProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Place: Hashable, Sendable {
        case role(Role.ID, field: String)
        case entryPoint(EntryPoint.ID, field: String)
        case other(String, field: String)
    }

    public var place: Place
    public var message: String

    public init(place: Place, message: String) {
        self.place = place
        self.message = message
    }

    public var description: String {
        switch place {
        case .role(let id, let field): "role \"\(id)\", field \(field): \(message)"
        case .entryPoint(let id, let field): "entry point \"\(id)\", field \(field): \(message)"
        case .other(let file, let field): "\(file), field \(field): \(message)"
        }
    }
}
