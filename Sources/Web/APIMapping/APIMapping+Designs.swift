import API
import Pages
import Persistence
import Workforce

// Explicit mappings between the team designer's values and the generated types: a design request into the
// domain's input (the domain then checks it against the service model, naming any field that is wrong), and a
// design, with its echoed input, out.

extension DesignInput {
    init(_ request: Components.Schemas.DesignRequest) {
        self.init(
            service: .init(rawValue: request.service), demand: request.demand?.additionalProperties ?? [:],
            population: request.population.map {
                .init(population: $0.population, prevalence: $0.prevalence, accessRate: $0.accessRate)
            },
            budget: request.budget, posts: request.posts.map(PostSize.init) ?? .continuous,
            onCosts: request.onCosts.map(OnCostBasis.init) ?? .full,
            payPoint: request.payPoint.map(PayPoint.init) ?? .top,
            unavailable: (request.unavailable ?? []).map(Role.ID.init(rawValue:)),
            limits: (request.limits?.additionalProperties ?? [:]).mapValues {
                .init(minimum: $0.minimum, maximum: $0.maximum)
            },
            current: request.current?.additionalProperties ?? [:], payYear: request.payYear)
    }
}

extension DesignInput.PostSize {
    init(_ size: Components.Schemas.DesignRequest.PostsPayload) {
        switch size {
        case .continuous: self = .continuous
        case .half: self = .half
        case .whole: self = .whole
        }
    }
}

extension OnCostBasis {
    init(_ basis: Components.Schemas.DesignRequest.OnCostsPayload) {
        switch basis {
        case .full: self = .full
        case .local: self = .local
        }
    }
}

extension DesignInput.PayPoint {
    init(_ point: Components.Schemas.DesignRequest.PayPointPayload) {
        switch point {
        case .top: self = .top
        case .entry: self = .entry
        }
    }
}

extension Components.Schemas.DesignRequest {
    /// The input a design was made from, every default spelled out.
    init(_ input: DesignInput) {
        let posts: PostsPayload =
            switch input.posts {
            case .continuous: .continuous
            case .half: .half
            case .whole: .whole
            }
        let onCosts: OnCostsPayload =
            switch input.onCosts {
            case .full: .full
            case .local: .local
            }
        let payPoint: PayPointPayload =
            switch input.payPoint {
            case .top: .top
            case .entry: .entry
            }
        self.init(
            service: input.service.rawValue, demand: .init(additionalProperties: input.demand),
            population: input.population.map {
                .init(population: $0.population, prevalence: $0.prevalence, accessRate: $0.accessRate)
            },
            budget: input.budget, posts: posts, onCosts: onCosts, payPoint: payPoint, payYear: input.payYear,
            unavailable: input.unavailable.map(\.rawValue),
            limits: .init(
                additionalProperties: input.limits.mapValues { .init(minimum: $0.minimum, maximum: $0.maximum) }),
            current: .init(additionalProperties: input.current))
    }
}

extension Components.Schemas.DesignResponse {
    /// A design as the API returns it; `saved` is nil for a design that was not saved (the CLI).
    init(_ design: TeamDesign, saved: SavedDesign?) {
        self.init(
            id: saved?.id, createdAt: saved?.createdAt,
            links: saved.map { saved in
                .init(
                    page: SiteRoute.design(saved.id).path, api: SiteRoute.api(.design(saved.id)).path,
                    csv: SiteRoute.designExport(saved.id, .csv).path,
                    json: SiteRoute.designExport(saved.id, .json).path,
                    mps: SiteRoute.designExport(saved.id, .mps).path)
            },
            catalogueVersion: design.catalogueVersion, design: .init(design))
    }
}

extension Components.Schemas.Design {
    init(_ design: TeamDesign) {
        self.init(
            service: design.service.rawValue, serviceName: design.serviceName,
            catalogueVersion: design.catalogueVersion, input: .init(design.input),
            posts: design.posts.map { post in
                .init(
                    role: post.role.rawValue, name: post.name, band: post.band.name, wte: post.wte,
                    costPerWTE: post.costPerWTE, cost: post.cost, clinicalHours: post.clinicalHours,
                    interventionHours: post.interventionHours, supervisionGiven: post.supervisionGiven,
                    supervisionReceived: post.supervisionReceived)
            },
            fixedPosts: design.fixedPosts.map { .init(name: $0.name, band: $0.band.name, wte: $0.wte, cost: $0.cost) },
            interventions: design.interventions.map { result in
                .init(
                    id: result.id.rawValue, name: result.name, hoursPerEpisode: result.hoursPerEpisode,
                    demand: result.demand, met: result.met,
                    hoursByRole: result.hoursByRole.map { .init(role: $0.role.rawValue, hours: $0.hours) })
            },
            supervision: design.supervision.map { .init(from: $0.from.rawValue, to: $0.to.rawValue, hours: $0.hours) },
            totalWTE: design.totalWTE, totalCost: design.totalCost, episodesDemanded: design.episodesDemanded,
            episodesMet: design.episodesMet, costBasis: design.costBasis, payYear: design.payYear,
            explanation: .init(
                binding: design.explanation.binding,
                prices: design.explanation.prices.map { .init(text: $0.text, value: $0.value) },
                nextRole: design.explanation.nextRole, unused: design.explanation.unused),
            alternatives: design.alternatives.map(Components.Schemas.DesignOption.init),
            newRoles: design.newRoles.map(Components.Schemas.DesignOption.init),
            sensitivity: design.sensitivity.map { scenario in
                .init(
                    label: scenario.label, totalWTE: scenario.totalWTE, cost: scenario.cost,
                    episodesDemanded: scenario.episodesDemanded, episodesMet: scenario.episodesMet,
                    posts: scenario.posts.map(Components.Schemas.PostCount.init))
            },
            comparison: design.comparison.map { comparison in
                .init(
                    summary: comparison.summary, currentCost: comparison.currentCost,
                    currentEpisodesMet: comparison.currentEpisodesMet,
                    lines: comparison.lines.map {
                        .init(
                            role: $0.role.rawValue, name: $0.name, current: $0.current, proposed: $0.proposed,
                            action: $0.action)
                    })
            },
            parameters: design.parameters.map(Components.Schemas.ParameterUse.init), notes: design.notes)
    }
}

extension Components.Schemas.DesignOption {
    init(_ option: TeamDesign.Alternative) {
        self.init(
            title: option.title, summary: option.summary, posts: option.posts.map(Components.Schemas.PostCount.init),
            totalWTE: option.totalWTE, cost: option.cost, costChange: option.costChange,
            episodesMet: option.episodesMet)
    }
}

extension Components.Schemas.PostCount {
    init(_ count: TeamDesign.RoleWTE) {
        self.init(role: count.role.rawValue, name: count.name, wte: count.wte)
    }
}
