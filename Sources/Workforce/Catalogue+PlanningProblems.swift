extension Catalogue {
    /// What does not hold together in the planning data (service models, team parameters, projection defaults):
    /// unknown roles and sources, a scope of practice not backed by the role's capabilities, figures out of range,
    /// official figures without a source.
    var planningProblems: [CatalogueProblem] {
        var problems: [CatalogueProblem] = []
        let sourceIDs = Set(sources.map(\.id))
        func check(_ parameter: Parameter, file: String, field: String, range: ClosedRange<Double>) {
            let place = CatalogueProblem.Place.other(file, field: field)
            if !parameter.value.isFinite || !range.contains(parameter.value) {
                problems.append(
                    .init(place: place, message: "must be between \(range.lowerBound) and \(range.upperBound)"))
            }
            if [.official, .estimate].contains(parameter.basis) && parameter.sources.isEmpty
                && !(parameter.basis == .official && parameter.value == 1 && field.hasSuffix("groupSize"))
            {
                problems.append(
                    .init(
                        place: place,
                        message:
                            "is marked \(parameter.basis.rawValue) but cites no source; add one or mark it as an assumption"
                    ))
            }
            if parameter.basis == .derived && parameter.note == nil {
                problems.append(.init(place: place, message: "is derived but does not say how (add a note)"))
            }
            for id in parameter.sources where !sourceIDs.contains(id) {
                problems.append(.init(place: place, message: "cites source \"\(id)\", which is not in sources.yaml"))
            }
        }
        if let regions {
            problems += regions.boardSetProblems
            for (index, set) in (regions.laterBoardSets ?? []).enumerated() {
                for id in set.sources where !sourceIDs.contains(id) {
                    problems.append(
                        .init(
                            place: .other("regions.yaml", field: "boardSets[\(index)].sources"),
                            message: "cites source \"\(id)\", which is not in sources.yaml"))
                }
            }
        }
        if let team = teamParameters {
            let file = "team-parameters.yaml"
            check(team.hoursPerWTE, file: file, field: "hoursPerWTE", range: 500...2500)
            check(team.pensionFull, file: file, field: "pensionFull", range: 0...50)
            check(team.pensionLocal, file: file, field: "pensionLocal", range: 0...50)
            check(team.nationalInsurance, file: file, field: "nationalInsurance", range: 0...30)
            check(team.nationalInsuranceThreshold, file: file, field: "nationalInsuranceThreshold", range: 0...100_000)
            check(team.apprenticeshipLevy, file: file, field: "apprenticeshipLevy", range: 0...5)
        } else if !serviceModels.isEmpty {
            problems.append(
                .init(place: .other("team-parameters.yaml", field: "teamParameters"), message: "is missing"))
        }
        if let projection {
            let file = "projection.yaml"
            for (index, item) in projection.published.enumerated() {
                check(item.figure, file: file, field: "published[\(index)].figure", range: 0...10_000_000)
            }
            for (index, role) in projection.roles.enumerated() {
                if self.role(role.role) == nil {
                    problems.append(
                        .init(
                            place: .other(file, field: "roles[\(index)].role"),
                            message: "names role \"\(role.role)\", which is not in the catalogue"))
                }
                check(role.leaverRate, file: file, field: "roles[\(index)].leaverRate", range: 0.0001...0.9999)
                for parameter in [role.share, role.baseline, role.intake, role.withdrawalRate, role.nhsPostShare]
                    .compactMap({ $0 })
                {
                    check(parameter, file: file, field: "roles[\(index)]", range: 0...10_000_000)
                }
            }
        }
        var seen = Set<ServiceModel.ID>()
        for model in serviceModels {
            let file = "service-models/\(model.id).yaml"
            func problem(_ field: String, _ message: String) {
                problems.append(.init(place: .other(file, field: field), message: message))
            }
            if !seen.insert(model.id).inserted { problem("id", "is used by more than one service model") }
            for id in model.sources where !sourceIDs.contains(id) {
                problem("sources", "cites source \"\(id)\", which is not in sources.yaml")
            }
            if model.interventions.isEmpty { problem("interventions", "must list at least one intervention") }
            let staffIDs = model.staff.map(\.role)
            for (index, staff) in model.staff.enumerated() {
                let field = "staff[\(index)]"
                guard role(staff.role) != nil else {
                    problem("\(field).role", "names role \"\(staff.role)\", which is not in the catalogue")
                    continue
                }
                check(staff.clinicalShare, file: file, field: "\(field).clinicalShare", range: 0.05...1)
                check(staff.supervisionReceived, file: file, field: "\(field).supervisionReceived", range: 0...1000)
                if let given = staff.supervisionGiven {
                    check(given, file: file, field: "\(field).supervisionGiven", range: 0...1500)
                }
                if let span = staff.span { check(span, file: file, field: "\(field).span", range: 0.1...50) }
                for supervisor in staff.supervisors ?? [] where role(supervisor) == nil {
                    problem("\(field).supervisors", "names role \"\(supervisor)\", which is not in the catalogue")
                }
                if staff.supervisors != nil && staff.supervisorsNote == nil {
                    problem("\(field).supervisorsNote", "must say why the supervisors differ from the role's entry")
                }
            }
            var interventionIDs = Set<Intervention.ID>()
            for (index, intervention) in model.interventions.enumerated() {
                let field = "interventions[\(index)]"
                if !interventionIDs.insert(intervention.id).inserted {
                    problem("\(field).id", "\"\(intervention.id)\" is used by more than one intervention")
                }
                check(intervention.sessions, file: file, field: "\(field).sessions", range: 0.1...200)
                check(intervention.minutesPerSession, file: file, field: "\(field).minutesPerSession", range: 5...600)
                check(intervention.didNotAttend, file: file, field: "\(field).didNotAttend", range: 0...0.9)
                check(intervention.groupSize, file: file, field: "\(field).groupSize", range: 1...100)
                check(intervention.episodes, file: file, field: "\(field).episodes", range: 0...2_000_000)
                if let share = intervention.share { check(share, file: file, field: "\(field).share", range: 0...1) }
                if !(intervention.weight > 0 && intervention.weight <= 100) {
                    problem("\(field).weight", "must be above 0 and at most 100")
                }
                if intervention.deliveredBy.isEmpty { problem("\(field).deliveredBy", "must name at least one role") }
                for delivery in intervention.deliveredBy {
                    guard let role = role(delivery.role) else {
                        problem(
                            "\(field).deliveredBy", "names role \"\(delivery.role)\", which is not in the catalogue")
                        continue
                    }
                    if !staffIDs.contains(delivery.role) {
                        problem("\(field).deliveredBy", "names \(delivery.role), which is not in this model's staff")
                    }
                    if !role.capabilities.contains(delivery.capability) {
                        problem(
                            "\(field).deliveredBy",
                            "gives \(delivery.role) the capability \"\(delivery.capability)\", which is not one of "
                                + "that role's capabilities in the catalogue")
                    }
                    if !(delivery.efficiency > 0 && delivery.efficiency <= 1) {
                        problem("\(field).deliveredBy", "efficiency for \(delivery.role) must be above 0 and at most 1")
                    }
                }
            }
            if let population = model.population {
                check(population.population, file: file, field: "population.population", range: 1...60_000_000)
                check(population.prevalence, file: file, field: "population.prevalence", range: 0...1)
                check(population.accessRate, file: file, field: "population.accessRate", range: 0...1)
                if model.interventions.contains(where: { $0.share == nil }) {
                    problem("population", "is given, so every intervention needs a share")
                }
            }
            for (index, post) in model.fixedPosts.enumerated() {
                check(post.wte, file: file, field: "fixedPosts[\(index)].wte", range: 0...100)
                if payScale?.bands[post.band] == nil { problem("fixedPosts[\(index)].band", "has no pay figures") }
            }
            for (index, rule) in model.rules.enumerated() {
                for id in rule.roles + rule.per where !staffIDs.contains(id) {
                    problem("rules[\(index)]", "names \(id), which is not in this model's staff")
                }
                if !(rule.ratio > 0) { problem("rules[\(index)].ratio", "must be above 0") }
                for id in rule.sources where !sourceIDs.contains(id) {
                    problem("rules[\(index)].sources", "cites source \"\(id)\", which is not in sources.yaml")
                }
            }
            if model.reference == nil {
                problem(
                    "reference",
                    "is missing: name the published team the defaults are held against, or say why there is none")
            }
            if let team = model.reference {
                if team.name.trimmingSpaces.isEmpty { problem("reference.name", "must say what the team is") }
                if team.serves.trimmingSpaces.isEmpty {
                    problem("reference.serves", "must say the population or activity the team serves")
                }
                if team.posts.isEmpty && (team.exception ?? "").trimmingSpaces.isEmpty {
                    problem("reference", "must list the team's posts, or say in exception why there is no team")
                }
                for id in team.sources where !sourceIDs.contains(id) {
                    problem("reference.sources", "cites source \"\(id)\", which is not in sources.yaml")
                }
                if !team.posts.isEmpty && team.sources.isEmpty {
                    problem("reference.sources", "must name the team's source")
                }
                for (index, post) in team.posts.enumerated() {
                    let field = "reference.posts[\(index)]"
                    check(post.wte, file: file, field: "\(field).wte", range: 0.01...1000)
                    if post.roles.isEmpty { problem("\(field).roles", "must name at least one of the model's roles") }
                    for id in post.roles where !staffIDs.contains(id) {
                        problem("\(field).roles", "names \(id), which is not in this model's staff")
                    }
                    if post.title.trimmingSpaces.isEmpty {
                        problem("\(field).title", "must give the post as published")
                    }
                }
            }
        }
        return problems
    }
}
