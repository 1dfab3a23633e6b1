import Workforce

/// Checks a returned design against every rule of its service model with plain arithmetic, independent of
/// the optimiser: what the design claims must follow from the catalogue's figures and the request.
struct DesignChecker {
    let catalogue: Catalogue

    func violations(_ design: TeamDesign) -> [String] {
        var found: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { found.append(message()) }
        }
        func near(_ a: Double, _ b: Double, _ scale: Double = 1) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(scale)) }
        guard let model = catalogue.serviceModels.first(where: { $0.id == design.service }),
            let shared = catalogue.teamParameters, let scale = catalogue.payScales.last
        else { return ["the design's service model, pay scale or parameters are missing"] }
        let input = design.input

        func costPerWTE(_ band: Band) -> Double {
            let range = scale.bands[band]!
            let pay = Double(input.payPoint == .top ? range.maximum : range.minimum)
            let pension = (input.onCosts == .full ? shared.pensionFull : shared.pensionLocal).value
            return pay + pay * pension / 100 + pay * shared.apprenticeshipLevy.value / 100
                + shared.nationalInsurance.value / 100 * max(0, pay - shared.nationalInsuranceThreshold.value)
        }
        var wte: [Role.ID: Double] = [:]
        var total = 0.0
        for post in design.posts {
            guard let staff = model.staffRole(post.role) else {
                found.append("\(post.role) is not in the service model's staff")
                continue
            }
            wte[post.role] = post.wte
            check(post.wte >= -1e-9, "\(post.role) has negative WTE")
            check(near(post.costPerWTE, costPerWTE(staff.band), post.costPerWTE), "\(post.role) cost per WTE")
            check(near(post.cost, post.wte * post.costPerWTE, post.cost), "\(post.role) cost")
            total += post.wte * costPerWTE(staff.band)
            if let step = input.posts.step {
                check(near(post.wte / step, (post.wte / step).rounded()), "\(post.role) is not in steps of \(step)")
            }
        }
        for post in model.fixedPosts { total += post.wte.value * costPerWTE(post.band) }
        check(near(design.totalCost, total, total), "total cost \(design.totalCost) is not the sum \(total)")
        if let budget = input.budget { check(design.totalCost <= budget + 1e-6 * budget, "over budget") }

        // Bounds.
        for staff in model.staff {
            let x = wte[staff.role] ?? 0
            if input.unavailable.contains(staff.role) { check(x <= 1e-7, "\(staff.role) is unavailable but used") }
            let limit = input.limits[staff.role.rawValue]
            if let low = limit?.minimum ?? staff.minimum { check(x >= low - 1e-7, "\(staff.role) below its minimum") }
            if let high = limit?.maximum ?? staff.maximum { check(x <= high + 1e-7, "\(staff.role) above its maximum") }
        }

        // Demand and scope: hours only where the role may deliver, episodes met no more than the hours allow.
        var interventionHours: [Role.ID: Double] = [:]
        for result in design.interventions {
            guard let intervention = model.intervention(result.id) else {
                found.append("unknown intervention \(result.id)")
                continue
            }
            let hours =
                intervention.sessions.value * intervention.minutesPerSession.value / 60
                / (1 - intervention.didNotAttend.value) / intervention.groupSize.value
            var demand = intervention.episodes.value
            if let entered = input.demand[result.id.rawValue] {
                demand = entered
            } else if let people = input.population, let share = intervention.share {
                demand = people.population * people.prevalence * people.accessRate * share.value
            }
            check(near(result.demand, demand, demand), "\(result.id) demand \(result.demand), expected \(demand)")
            var delivered = 0.0
            for share in result.hoursByRole {
                guard let delivery = intervention.deliveredBy.first(where: { $0.role == share.role }) else {
                    found.append("\(share.role) works on \(result.id), outside its scope")
                    continue
                }
                delivered += delivery.efficiency * share.hours / hours
                interventionHours[share.role, default: 0] += share.hours
            }
            check(result.met <= demand + 1e-6 * max(1, demand), "\(result.id) meets more than its demand")
            check(result.met <= delivered + 1e-6 * max(1, delivered), "\(result.id) meets more than its hours deliver")
        }

        // Time and supervision.
        for staff in model.staff {
            let x = wte[staff.role] ?? 0
            let given = design.supervision.filter { $0.from == staff.role }
            let received = design.supervision.filter { $0.to == staff.role }
            let givenHours = given.reduce(0) { $0 + $1.hours }
            let available = shared.hoursPerWTE.value * staff.clinicalShare.value * x
            let used = (interventionHours[staff.role] ?? 0) + givenHours
            check(used <= available + 1e-6 * max(1, available), "\(staff.role) works \(used) of \(available) hours")
            let needed = staff.supervisionReceived.value * x
            check(
                received.reduce(0) { $0 + $1.hours } >= needed - 1e-6 * max(1, needed),
                "\(staff.role) receives too little supervision")
            let allowed = staff.supervisors ?? catalogue.role(staff.role)?.supervisedBy ?? []
            for flow in received {
                check(allowed.contains(flow.from), "\(flow.from) may not supervise \(staff.role)")
            }
            if givenHours > 1e-6 {
                guard let capacity = staff.supervisionGiven else {
                    found.append("\(staff.role) supervises here but may not")
                    continue
                }
                check(givenHours <= capacity.value * x + 1e-6 * max(1, givenHours), "\(staff.role) supervises too much")
                if let span = staff.span {
                    let supervisees = given.reduce(0.0) { sum, flow in
                        sum + flow.hours / (model.staffRole(flow.to)?.supervisionReceived.value ?? 1)
                    }
                    check(supervisees <= span.value * x + 1e-6 * max(1, supervisees), "\(staff.role) span exceeded")
                }
            }
        }

        // The service model's ratio rules.
        for rule in model.rules {
            let have = rule.roles.reduce(0) { $0 + (wte[$1] ?? 0) }
            let per = rule.per.reduce(0) { $0 + (wte[$1] ?? 0) }
            check(have >= rule.ratio * per - 1e-6 * max(1, per), "rule \(rule.id) broken")
        }
        return found
    }
}
