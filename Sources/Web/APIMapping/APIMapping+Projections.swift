import API
import Pages
import Workforce

// Explicit mappings between the projection planner's values and the generated types: a scenario in (the
// domain then checks it, naming any field that is wrong), a report with its echoed scenario out.

extension ProjectionScenario {
    init(_ scenario: Components.Schemas.ProjectionScenario) throws(WorkforceError) {
        var seed: UInt64 = 1
        if let given = scenario.seed {
            guard let nonNegative = UInt64(exactly: given) else {
                throw .invalidProjection(field: "seed", message: "The seed must be 0 or a positive whole number.")
            }
            seed = nonNegative
        }
        self.init(
            name: scenario.name, geography: scenario.geography == .boards ? .boards : .regions,
            years: scenario.years ?? 10, runs: scenario.runs ?? 1000, seed: seed,
            targetAdditional: scenario.targetAdditional, targetYear: scenario.targetYear,
            intakeScale: scenario.intakeScale ?? 1,
            roles: (scenario.roles?.additionalProperties ?? [:]).mapValues {
                .init(
                    baseline: $0.baseline, leaverRate: $0.leaverRate, withdrawalRate: $0.withdrawalRate,
                    nhsPostShare: $0.nhsPostShare, intake: $0.intake, target: $0.target, capacity: $0.capacity)
            },
            baselineCSV: scenario.baselineCSV, supervisionRatio: scenario.supervisionRatio,
            trainingBudget: scenario.trainingBudget, planningMargin: scenario.planningMargin,
            groupTargets: scenario.groupTargets?.additionalProperties, payYear: scenario.payYear,
            boardSet: scenario.boardSet, rampLimit: scenario.rampLimit)
    }
}

extension Components.Schemas.ProjectionScenario {
    /// The scenario a report was made from, every default spelled out.
    init(_ scenario: ProjectionScenario) {
        let geography: GeographyPayload =
            switch scenario.geography {
            case .regions: .regions
            case .boards: .boards
            }
        self.init(
            name: scenario.name, geography: geography, boardSet: scenario.boardSet, years: scenario.years,
            runs: scenario.runs, seed: Int(exactly: scenario.seed), targetAdditional: scenario.targetAdditional,
            targetYear: scenario.targetYear, intakeScale: scenario.intakeScale,
            roles: .init(
                additionalProperties: scenario.roles.mapValues {
                    .init(
                        baseline: $0.baseline, leaverRate: $0.leaverRate, withdrawalRate: $0.withdrawalRate,
                        nhsPostShare: $0.nhsPostShare, intake: $0.intake, target: $0.target,
                        capacity: $0.capacity)
                }),
            baselineCSV: scenario.baselineCSV, supervisionRatio: scenario.supervisionRatio,
            trainingBudget: scenario.trainingBudget, planningMargin: scenario.planningMargin,
            payYear: scenario.payYear, rampLimit: scenario.rampLimit,
            groupTargets: scenario.groupTargets.map { .init(additionalProperties: $0) })
    }
}

extension Components.Schemas.ProjectionResponse {
    /// A projection as the API returns it; `id` is nil for one that was not saved (the CLI).
    init(_ report: ProjectionReport, id: String?, createdAt: String?) {
        self.init(
            id: id, createdAt: createdAt,
            links: id.map { id in
                .init(
                    page: SiteRoute.projection(id).path, api: SiteRoute.api(.projection(id)).path,
                    csv: SiteRoute.projectionExport(id, .csv).path, json: SiteRoute.projectionExport(id, .json).path)
            },
            catalogueVersion: report.catalogueVersion,
            projection: .init(
                scenario: .init(report.scenario), catalogueVersion: report.catalogueVersion,
                baseYear: report.baseYear, years: report.years, total: .init(report.total),
                roles: report.roles.map(Components.Schemas.ProjectionSeries.init),
                places: report.places.map {
                    .init(
                        id: $0.id, name: $0.name, finalMean: $0.finalMean, finalTarget: $0.finalTarget,
                        series: .init($0.series))
                },
                parameters: report.parameters.map(Components.Schemas.ParameterUse.init), notes: report.notes,
                commissioning: report.commissioning.map { plan in
                    .init(
                        roles: plan.roles.map {
                            .init(
                                id: $0.id, name: $0.name, defaultPlaces: $0.defaultPlaces, places: $0.places,
                                shortfallBefore: $0.shortfallBefore, shortfallAfter: $0.shortfallAfter,
                                traineeCost: $0.traineeCost,
                                targetBasis: $0.targetBasis.map(Self.basis),
                                capacity: $0.capacity, sustainingPlaces: $0.sustainingPlaces)
                        },
                        defaultCost: plan.defaultCost, cost: plan.cost, shortfallWeight: plan.shortfallWeight,
                        supervisionRatio: plan.supervisionRatio, planningMargin: plan.planningMargin,
                        budget: plan.budget, objective: plan.objective, placesSolved: plan.placesSolved,
                        placesTotal: plan.placesTotal, payYear: plan.payYear, notes: plan.notes,
                        rampLimit: plan.rampLimit, lookahead: plan.lookahead, national: plan.national,
                        cumulativeCost: plan.cumulativeCost, defaultCumulativeCost: plan.defaultCumulativeCost,
                        finalWorkforce: plan.finalWorkforce, defaultFinalWorkforce: plan.defaultFinalWorkforce,
                        costPerWTEGained: plan.costPerWTEGained, warnings: plan.warnings,
                        bindingLimits: plan.bindingLimits.map {
                            .init(
                                limit: Self.limit($0.limit), roleID: $0.roleID,
                                years: $0.years, afterHorizon: $0.afterHorizon, value: $0.value, text: $0.text)
                        })
                }))
    }
}

extension Components.Schemas.ProjectionSeries {
    init(_ series: ProjectionReport.Series) {
        self.init(
            id: series.id, name: series.name, trainingYears: series.trainingYears, baseline: series.baseline,
            target: series.target, p10: series.p10, p50: series.p50, p90: series.p90,
            probabilityBelowTarget: series.probabilityBelowTarget)
    }
}

extension Components.Schemas.ProjectionResponse {
    typealias Plan = ProjectionPayload.CommissioningPayload

    static func basis(_ basis: CommissioningPlan.TargetBasis) -> Plan.RolesPayloadPayload.TargetBasisPayload {
        switch basis {
        case .nationalShare: .nationalShare
        case .groupTarget: .groupTarget
        case .ownTarget: .ownTarget
        case .keepIntake: .keepIntake
        }
    }

    static func limit(_ limit: CommissioningLimit) -> Plan.BindingLimitsPayloadPayload.LimitPayload {
        switch limit {
        case .supervision: .supervision
        case .capacity: .capacity
        case .growth: .growth
        case .shrink: .shrink
        case .sustain: .sustain
        case .keepIntake: .keepIntake
        case .budget: .budget
        }
    }
}
