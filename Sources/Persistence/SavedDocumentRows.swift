import Foundation
import Workforce

// Row format 1 of saved designs and projections: the JSON that a `TeamDesign` and a `ProjectionReport` encoded to
// in December 2026, spelled out here and mapped to and from the domain by hand, so that a change to a domain type
// is a compile error in this file and never a silent change to what is stored or a failure to open what was saved
// before. Fixtures of rows saved by that version (Tests/PersistenceTests/Fixtures) must keep opening. A change that
// needs a different shape adds format 2 beside this one and keeps this decoder.

/// A saved row that is well-formed JSON but holds a value this version cannot take (an unknown band or basis).
struct RowValueError: Error, CustomStringConvertible {
    var field: String
    var value: String
    var description: String { "\(field) holds \"\(value.prefix(60))\", which this version does not know" }
}

private func known<Value: RawRepresentable>(_ raw: String, _ field: String) throws -> Value
where Value.RawValue == String {
    guard let value = Value(rawValue: raw) else { throw RowValueError(field: field, value: raw) }
    return value
}

private func band(_ raw: String, _ field: String) throws -> Band {
    guard let band = Band(raw) else { throw RowValueError(field: field, value: raw) }
    return band
}

struct ParameterRow1: Codable {
    var value: Double
    var basis: String
    var sources: [String]?
    var note: String?

    init(_ parameter: Parameter) {
        value = parameter.value
        basis = parameter.basis.rawValue
        sources = parameter.sources.map(\.rawValue)
        note = parameter.note
    }

    func parameter() throws -> Parameter {
        Parameter(
            value, basis: try known(basis, "parameter basis"), sources: (sources ?? []).map(Source.ID.init(rawValue:)),
            note: note)
    }
}

struct ParameterUseRow1: Codable {
    var label: String
    var value: Double
    var unit: String
    var parameter: ParameterRow1

    init(_ use: TeamDesign.ParameterUse) {
        label = use.label
        value = use.value
        unit = use.unit
        parameter = ParameterRow1(use.parameter)
    }

    func use() throws -> TeamDesign.ParameterUse {
        TeamDesign.ParameterUse(label: label, value: value, unit: unit, parameter: try parameter.parameter())
    }
}

struct RoleWTERow1: Codable {
    var role: String
    var name: String
    var wte: Double

    init(_ count: TeamDesign.RoleWTE) {
        role = count.role.rawValue
        name = count.name
        wte = count.wte
    }

    var count: TeamDesign.RoleWTE { .init(role: .init(rawValue: role), name: name, wte: wte) }
}

struct AlternativeRow1: Codable {
    var title: String
    var summary: String
    var posts: [RoleWTERow1]
    var totalWTE: Double
    var cost: Double
    var costChange: Double
    var episodesMet: Double

    init(_ option: TeamDesign.Alternative) {
        title = option.title
        summary = option.summary
        posts = option.posts.map(RoleWTERow1.init)
        totalWTE = option.totalWTE
        cost = option.cost
        costChange = option.costChange
        episodesMet = option.episodesMet
    }

    var option: TeamDesign.Alternative {
        .init(
            title: title, summary: summary, posts: posts.map(\.count), totalWTE: totalWTE, cost: cost,
            costChange: costChange, episodesMet: episodesMet)
    }
}

/// A saved design's input, as the domain encoded it (every field present but the optional ones).
struct DesignInputRow1: Codable {
    struct Population: Codable {
        var population: Double
        var prevalence: Double
        var accessRate: Double
    }
    struct Limit: Codable {
        var minimum: Double?
        var maximum: Double?
    }

    var service: String
    var demand: [String: Double]?
    var population: Population?
    var budget: Double?
    var posts: String?
    var onCosts: String?
    var payPoint: String?
    var unavailable: [String]?
    var limits: [String: Limit]?
    var current: [String: Double]?
    var payYear: String?

    init(_ input: DesignInput) {
        service = input.service.rawValue
        demand = input.demand
        population = input.population.map {
            Population(population: $0.population, prevalence: $0.prevalence, accessRate: $0.accessRate)
        }
        budget = input.budget
        posts = input.posts.rawValue
        onCosts = input.onCosts.rawValue
        payPoint = input.payPoint.rawValue
        unavailable = input.unavailable.map(\.rawValue)
        limits = input.limits.mapValues { Limit(minimum: $0.minimum, maximum: $0.maximum) }
        current = input.current
        payYear = input.payYear
    }

    func input() throws -> DesignInput {
        DesignInput(
            service: .init(rawValue: service), demand: demand ?? [:],
            population: population.map {
                .init(population: $0.population, prevalence: $0.prevalence, accessRate: $0.accessRate)
            },
            budget: budget, posts: try posts.map { try known($0, "input.posts") } ?? .continuous,
            onCosts: try onCosts.map { try known($0, "input.onCosts") } ?? .full,
            payPoint: try payPoint.map { try known($0, "input.payPoint") } ?? .top,
            unavailable: (unavailable ?? []).map(Role.ID.init(rawValue:)),
            limits: (limits ?? [:]).mapValues { .init(minimum: $0.minimum, maximum: $0.maximum) },
            current: current ?? [:], payYear: payYear)
    }
}

/// Row format 1 of a saved design.
struct DesignRow1: Codable {
    struct Post: Codable {
        var role: String
        var name: String
        var band: String
        var wte: Double
        var costPerWTE: Double
        var cost: Double
        var clinicalHours: Double
        var interventionHours: Double
        var supervisionGiven: Double
        var supervisionReceived: Double
    }
    struct FixedPost: Codable {
        var name: String
        var band: String
        var wte: Double
        var cost: Double
    }
    struct RoleHours: Codable {
        var role: String
        var hours: Double
    }
    struct Intervention: Codable {
        var id: String
        var name: String
        var hoursPerEpisode: Double
        var demand: Double
        var met: Double
        var hoursByRole: [RoleHours]
    }
    struct Supervision: Codable {
        var from: String
        var to: String
        var hours: Double
    }
    struct Price: Codable {
        var text: String
        var value: Double
    }
    struct Explanation: Codable {
        var binding: [String]
        var prices: [Price]
        var nextRole: String?
        var unused: [String]
    }
    struct Scenario: Codable {
        var label: String
        var totalWTE: Double
        var cost: Double
        var episodesDemanded: Double
        var episodesMet: Double
        var posts: [RoleWTERow1]
    }
    struct ComparisonLine: Codable {
        var role: String
        var name: String
        var current: Double
        var proposed: Double
        var action: String
    }
    struct Comparison: Codable {
        var lines: [ComparisonLine]
        var currentCost: Double
        var currentEpisodesMet: Double
        var summary: String
    }

    var service: String
    var serviceName: String
    var catalogueVersion: String
    var input: DesignInputRow1
    var posts: [Post]
    var fixedPosts: [FixedPost]
    var interventions: [Intervention]
    var supervision: [Supervision]
    var totalWTE: Double
    var totalCost: Double
    var episodesDemanded: Double
    var episodesMet: Double
    var costBasis: String
    var explanation: Explanation
    var alternatives: [AlternativeRow1]
    var newRoles: [AlternativeRow1]
    var sensitivity: [Scenario]
    var comparison: Comparison?
    var parameters: [ParameterUseRow1]
    var notes: [String]
    var payYear: String?

    init(_ design: TeamDesign) {
        service = design.service.rawValue
        serviceName = design.serviceName
        catalogueVersion = design.catalogueVersion
        input = DesignInputRow1(design.input)
        posts = design.posts.map {
            Post(
                role: $0.role.rawValue, name: $0.name, band: $0.band.name, wte: $0.wte, costPerWTE: $0.costPerWTE,
                cost: $0.cost, clinicalHours: $0.clinicalHours, interventionHours: $0.interventionHours,
                supervisionGiven: $0.supervisionGiven, supervisionReceived: $0.supervisionReceived)
        }
        fixedPosts = design.fixedPosts.map { FixedPost(name: $0.name, band: $0.band.name, wte: $0.wte, cost: $0.cost) }
        interventions = design.interventions.map {
            Intervention(
                id: $0.id.rawValue, name: $0.name, hoursPerEpisode: $0.hoursPerEpisode, demand: $0.demand, met: $0.met,
                hoursByRole: $0.hoursByRole.map { RoleHours(role: $0.role.rawValue, hours: $0.hours) })
        }
        supervision = design.supervision.map {
            Supervision(from: $0.from.rawValue, to: $0.to.rawValue, hours: $0.hours)
        }
        totalWTE = design.totalWTE
        totalCost = design.totalCost
        episodesDemanded = design.episodesDemanded
        episodesMet = design.episodesMet
        costBasis = design.costBasis
        explanation = Explanation(
            binding: design.explanation.binding,
            prices: design.explanation.prices.map { Price(text: $0.text, value: $0.value) },
            nextRole: design.explanation.nextRole, unused: design.explanation.unused)
        alternatives = design.alternatives.map(AlternativeRow1.init)
        newRoles = design.newRoles.map(AlternativeRow1.init)
        sensitivity = design.sensitivity.map {
            Scenario(
                label: $0.label, totalWTE: $0.totalWTE, cost: $0.cost, episodesDemanded: $0.episodesDemanded,
                episodesMet: $0.episodesMet, posts: $0.posts.map(RoleWTERow1.init))
        }
        comparison = design.comparison.map { comparison in
            Comparison(
                lines: comparison.lines.map {
                    ComparisonLine(
                        role: $0.role.rawValue, name: $0.name, current: $0.current, proposed: $0.proposed,
                        action: $0.action)
                },
                currentCost: comparison.currentCost, currentEpisodesMet: comparison.currentEpisodesMet,
                summary: comparison.summary)
        }
        parameters = design.parameters.map(ParameterUseRow1.init)
        notes = design.notes
        payYear = design.payYear
    }

    func design() throws -> TeamDesign {
        TeamDesign(
            service: .init(rawValue: service), serviceName: serviceName, catalogueVersion: catalogueVersion,
            input: try input.input(),
            posts: try posts.map {
                .init(
                    role: .init(rawValue: $0.role), name: $0.name, band: try band($0.band, "posts.band"), wte: $0.wte,
                    costPerWTE: $0.costPerWTE, cost: $0.cost, clinicalHours: $0.clinicalHours,
                    interventionHours: $0.interventionHours, supervisionGiven: $0.supervisionGiven,
                    supervisionReceived: $0.supervisionReceived)
            },
            fixedPosts: try fixedPosts.map {
                .init(name: $0.name, band: try band($0.band, "fixedPosts.band"), wte: $0.wte, cost: $0.cost)
            },
            interventions: interventions.map {
                .init(
                    id: .init(rawValue: $0.id), name: $0.name, hoursPerEpisode: $0.hoursPerEpisode, demand: $0.demand,
                    met: $0.met,
                    hoursByRole: $0.hoursByRole.map { .init(role: .init(rawValue: $0.role), hours: $0.hours) })
            },
            supervision: supervision.map {
                .init(from: .init(rawValue: $0.from), to: .init(rawValue: $0.to), hours: $0.hours)
            },
            totalWTE: totalWTE, totalCost: totalCost, episodesDemanded: episodesDemanded, episodesMet: episodesMet,
            costBasis: costBasis,
            explanation: .init(
                binding: explanation.binding, prices: explanation.prices.map { .init(text: $0.text, value: $0.value) },
                nextRole: explanation.nextRole, unused: explanation.unused),
            alternatives: alternatives.map(\.option), newRoles: newRoles.map(\.option),
            sensitivity: sensitivity.map {
                .init(
                    label: $0.label, totalWTE: $0.totalWTE, cost: $0.cost, episodesDemanded: $0.episodesDemanded,
                    episodesMet: $0.episodesMet, posts: $0.posts.map(\.count))
            },
            comparison: comparison.map { comparison in
                .init(
                    lines: comparison.lines.map {
                        .init(
                            role: .init(rawValue: $0.role), name: $0.name, current: $0.current, proposed: $0.proposed,
                            action: $0.action)
                    },
                    currentCost: comparison.currentCost, currentEpisodesMet: comparison.currentEpisodesMet,
                    summary: comparison.summary)
            },
            parameters: try parameters.map { try $0.use() }, notes: notes, payYear: payYear)
    }
}

/// A saved projection's scenario, as the domain encoded it.
struct ScenarioRow1: Codable {
    struct RoleOverride: Codable {
        var baseline: Double?
        var leaverRate: Double?
        var withdrawalRate: Double?
        var nhsPostShare: Double?
        var intake: Double?
        var target: Double?
        var capacity: Double?
    }

    var name: String?
    var geography: String?
    var years: Int?
    var runs: Int?
    var seed: UInt64?
    var targetAdditional: Double?
    var targetYear: Int?
    var intakeScale: Double?
    var roles: [String: RoleOverride]?
    var baselineCSV: String?
    var groupTargets: [String: Double]?
    var supervisionRatio: Double?
    var trainingBudget: Double?
    var planningMargin: Double?
    var payYear: String?
    var boardSet: String?
    var rampLimit: Double?

    init(_ scenario: ProjectionScenario) {
        name = scenario.name
        geography = scenario.geography.rawValue
        years = scenario.years
        runs = scenario.runs
        seed = scenario.seed
        targetAdditional = scenario.targetAdditional
        targetYear = scenario.targetYear
        intakeScale = scenario.intakeScale
        roles = scenario.roles.mapValues {
            RoleOverride(
                baseline: $0.baseline, leaverRate: $0.leaverRate, withdrawalRate: $0.withdrawalRate,
                nhsPostShare: $0.nhsPostShare, intake: $0.intake, target: $0.target, capacity: $0.capacity)
        }
        baselineCSV = scenario.baselineCSV
        groupTargets = scenario.groupTargets
        supervisionRatio = scenario.supervisionRatio
        trainingBudget = scenario.trainingBudget
        planningMargin = scenario.planningMargin
        payYear = scenario.payYear
        boardSet = scenario.boardSet
        rampLimit = scenario.rampLimit
    }

    func scenario() throws -> ProjectionScenario {
        ProjectionScenario(
            name: name, geography: try geography.map { try known($0, "scenario.geography") } ?? .regions,
            years: years ?? 10, runs: runs ?? 1000, seed: seed ?? 1, targetAdditional: targetAdditional,
            targetYear: targetYear, intakeScale: intakeScale ?? 1,
            roles: (roles ?? [:]).mapValues {
                .init(
                    baseline: $0.baseline, leaverRate: $0.leaverRate, withdrawalRate: $0.withdrawalRate,
                    nhsPostShare: $0.nhsPostShare, intake: $0.intake, target: $0.target, capacity: $0.capacity)
            },
            baselineCSV: baselineCSV, supervisionRatio: supervisionRatio, trainingBudget: trainingBudget,
            planningMargin: planningMargin, groupTargets: groupTargets, payYear: payYear, boardSet: boardSet,
            rampLimit: rampLimit)
    }
}

/// Row format 1 of a saved projection (and of a commissioning plan, which is a projection with its plan).
struct ProjectionRow1: Codable {
    struct Series: Codable {
        var id: String
        var name: String
        var trainingYears: Int
        var baseline: Double
        var target: [Double]
        var p10: [Double]
        var p50: [Double]
        var p90: [Double]
        var probabilityBelowTarget: [Double]

        init(_ series: ProjectionReport.Series) {
            id = series.id
            name = series.name
            trainingYears = series.trainingYears
            baseline = series.baseline
            target = series.target
            p10 = series.p10
            p50 = series.p50
            p90 = series.p90
            probabilityBelowTarget = series.probabilityBelowTarget
        }

        var series: ProjectionReport.Series {
            .init(
                id: id, name: name, trainingYears: trainingYears, baseline: baseline, target: target, p10: p10,
                p50: p50, p90: p90, probabilityBelowTarget: probabilityBelowTarget)
        }
    }
    struct Place: Codable {
        var id: String
        var name: String
        var finalMean: Double
        var finalTarget: Double
        var series: Series
    }
    struct RolePlan: Codable {
        var id: String
        var name: String
        var defaultPlaces: [Double]
        var places: [Double]
        var shortfallBefore: [Double]
        var shortfallAfter: [Double]
        var traineeCost: Double
        var targetBasis: String?
        var capacity: Double?
        var sustainingPlaces: Double?
    }
    struct BindingLimit: Codable {
        var limit: String
        var roleID: String?
        var years: [Int]
        var afterHorizon: Bool
        var value: Double
        var text: String
    }
    struct Commissioning: Codable {
        var roles: [RolePlan]
        var defaultCost: [Double]
        var cost: [Double]
        var shortfallWeight: Double
        var supervisionRatio: Double
        var planningMargin: Double
        var budget: Double?
        var objective: Double
        var placesSolved: Int
        var placesTotal: Int
        var notes: [String]
        var payYear: String?
        var rampLimit: Double?
        var lookahead: Int?
        var national: Bool?
        var finalWorkforce: Double?
        var defaultFinalWorkforce: Double?
        var bindingLimits: [BindingLimit]?
        var warnings: [String]?
    }

    var scenario: ScenarioRow1
    var catalogueVersion: String
    var baseYear: Int
    var years: [Int]
    var roles: [Series]
    var total: Series
    var places: [Place]
    var parameters: [ParameterUseRow1]
    var notes: [String]
    var commissioning: Commissioning?

    init(_ report: ProjectionReport) {
        scenario = ScenarioRow1(report.scenario)
        catalogueVersion = report.catalogueVersion
        baseYear = report.baseYear
        years = report.years
        roles = report.roles.map(Series.init)
        total = Series(report.total)
        places = report.places.map {
            Place(
                id: $0.id, name: $0.name, finalMean: $0.finalMean, finalTarget: $0.finalTarget,
                series: Series($0.series))
        }
        parameters = report.parameters.map(ParameterUseRow1.init)
        notes = report.notes
        commissioning = report.commissioning.map { plan in
            Commissioning(
                roles: plan.roles.map {
                    RolePlan(
                        id: $0.id, name: $0.name, defaultPlaces: $0.defaultPlaces, places: $0.places,
                        shortfallBefore: $0.shortfallBefore, shortfallAfter: $0.shortfallAfter,
                        traineeCost: $0.traineeCost, targetBasis: $0.targetBasis?.rawValue, capacity: $0.capacity,
                        sustainingPlaces: $0.sustainingPlaces)
                },
                defaultCost: plan.defaultCost, cost: plan.cost, shortfallWeight: plan.shortfallWeight,
                supervisionRatio: plan.supervisionRatio, planningMargin: plan.planningMargin, budget: plan.budget,
                objective: plan.objective, placesSolved: plan.placesSolved, placesTotal: plan.placesTotal,
                notes: plan.notes, payYear: plan.payYear, rampLimit: plan.rampLimit, lookahead: plan.lookahead,
                national: plan.national, finalWorkforce: plan.finalWorkforce,
                defaultFinalWorkforce: plan.defaultFinalWorkforce,
                bindingLimits: plan.bindingLimits.isEmpty
                    ? nil
                    : plan.bindingLimits.map {
                        BindingLimit(
                            limit: $0.limit.rawValue, roleID: $0.roleID, years: $0.years, afterHorizon: $0.afterHorizon,
                            value: $0.value, text: $0.text)
                    },
                warnings: plan.warnings.isEmpty ? nil : plan.warnings)
        }
    }

    func report() throws -> ProjectionReport {
        ProjectionReport(
            scenario: try scenario.scenario(), catalogueVersion: catalogueVersion, baseYear: baseYear, years: years,
            roles: roles.map(\.series), total: total.series,
            places: places.map {
                .init(
                    id: $0.id, name: $0.name, finalMean: $0.finalMean, finalTarget: $0.finalTarget,
                    series: $0.series.series)
            },
            parameters: try parameters.map { try $0.use() }, notes: notes,
            commissioning: try commissioning.map { plan in
                .init(
                    roles: try plan.roles.map {
                        .init(
                            id: $0.id, name: $0.name, defaultPlaces: $0.defaultPlaces, places: $0.places,
                            shortfallBefore: $0.shortfallBefore, shortfallAfter: $0.shortfallAfter,
                            traineeCost: $0.traineeCost,
                            targetBasis: try $0.targetBasis.map { try known($0, "commissioning.roles.targetBasis") },
                            capacity: $0.capacity, sustainingPlaces: $0.sustainingPlaces)
                    },
                    defaultCost: plan.defaultCost, cost: plan.cost, shortfallWeight: plan.shortfallWeight,
                    supervisionRatio: plan.supervisionRatio, planningMargin: plan.planningMargin, budget: plan.budget,
                    objective: plan.objective, placesSolved: plan.placesSolved, placesTotal: plan.placesTotal,
                    notes: plan.notes, payYear: plan.payYear, rampLimit: plan.rampLimit, lookahead: plan.lookahead,
                    national: plan.national, finalWorkforce: plan.finalWorkforce,
                    defaultFinalWorkforce: plan.defaultFinalWorkforce,
                    bindingLimits: try (plan.bindingLimits ?? []).map { row in
                        .init(
                            limit: try known(row.limit, "commissioning.bindingLimits.limit"), roleID: row.roleID,
                            years: row.years, afterHorizon: row.afterHorizon,
                            value: row.value, text: row.text)
                    }, warnings: plan.warnings ?? [])
            })
    }
}
