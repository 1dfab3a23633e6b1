import ArgumentParser
import Foundation
import Pages
import Persistence
import Web
import Workforce

extension RolesCommand {
    /// `skillmix roles introduce ID`: what introducing a role takes, with its business case.
    struct Introduce: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What introducing a role takes, for employers, with the business case for a number of posts.")

        @Argument(help: "The role's id, e.g. mental-health-and-wellbeing-practitioner.") var id: String
        @Option(help: "Whole-time posts to cost, from 1 to \(BusinessCase.maximumPosts).") var posts: String?
        @Option(help: "The service model the posts join (default: the first that staffs the role).") var service:
            String?
        @OptionGroup var options: ReadOptions

        func run() async throws {
            try await options.withCatalogue { catalogue in
                let role = try catalogue.requireRole(Role.ID(rawValue: id))
                var pairs: [(name: String, value: String)] = []
                if let posts { pairs.append(("posts", posts)) }
                if let service { pairs.append(("service", service)) }
                let query = try BusinessCaseQuery(pairs: pairs)
                let figures = try TeamDesigner(catalogue: catalogue).businessCase(role: role.id, query: query)
                if options.json {
                    try printJSON(
                        APIRepresentation.introduction(role, businessCase: figures, query: query, catalogue: catalogue))
                    return
                }
                print(IntroductionText(role: role, businessCase: figures, catalogue: catalogue).rendered)
            }
        }
    }

    /// `skillmix roles next-steps ID`: what someone who wants the role can do next.
    struct NextStepsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next-steps", abstract: "How to get into a role: ways in, job searches, providers, answers.")

        @Argument(help: "The role's id, e.g. clinical-psychologist.") var id: String
        @OptionGroup var options: ReadOptions

        func run() async throws {
            try await options.withCatalogue { catalogue in
                let role = try catalogue.requireRole(Role.ID(rawValue: id))
                if options.json {
                    try printJSON(APIRepresentation.nextSteps(role, catalogue: catalogue))
                    return
                }
                let steps = NextSteps(role: role, catalogue: catalogue)
                let finder = RouteFinder(catalogue: catalogue)
                var lines = ["Next steps: \(role.displayName)", ""]
                lines.append("Ways in:")
                for way in steps.waysIn {
                    let from = way.from.map { finder.name(of: $0) }.joined(separator: "; ")
                    lines += wrap("\(way.step), from \(from)", width: 84).map { "  " + $0 }
                    if let competition = way.competition { lines.append("    Competition: \(competition)") }
                }
                lines.append("Job searches on NHS Jobs:")
                lines += steps.searches.map { "  \($0.keyword): \($0.url)" }
                if !steps.providers.isEmpty {
                    lines.append("Training providers: \(steps.providers.joined(separator: "; "))")
                }
                for answer in steps.answers {
                    lines.append(answer.question)
                    lines += wrap(answer.answer + " (" + answer.derived + ")", width: 84).map { "  " + $0 }
                }
                if let best = steps.bestStep {
                    lines.append(
                        "The step that opens the most roles: \(best.route.step), to "
                            + "\(finder.name(of: best.route.to)) (\(best.reach) roles open from there)")
                }
                print(lines.joined(separator: "\n"))
            }
        }
    }
}

/// An introducing pack as text for the terminal.
struct IntroductionText {
    let role: Role
    let businessCase: BusinessCase?
    let catalogue: Catalogue

    var rendered: String {
        let introduction = RoleIntroduction(role: role, catalogue: catalogue)
        let title = "Introducing: \(role.displayName)"
        var lines = [title, String(repeating: "=", count: title.count), ""]
        lines.append("Service models that staff it:")
        if introduction.fits.isEmpty { lines.append("  none of Skillmix's service models yet") }
        for fit in introduction.fits {
            let supervisors = fit.supervisors.map { catalogue.role($0)?.name ?? $0.rawValue }
            lines.append(
                "  \(fit.model.id): \(fit.model.name), \(fit.staff.band); needs "
                    + "\(Formatting.number(fit.staff.supervisionReceived.value)) hours of supervision a year per WTE"
                    + (supervisors.isEmpty ? "" : " from \(supervisors.map(\.inSentence).joined(separator: " or "))"))
        }
        for (label, cost) in [("While training", introduction.trainee), ("Once qualified", introduction.qualified)] {
            guard let cost else { continue }
            lines.append(
                "\(label) (\(cost.bands)): pay \(Formatting.pounds(cost.payEntry)) to \(Formatting.pounds(cost.payTop)); "
                    + "cost to the employer \(Formatting.pounds(cost.costEntry)) to \(Formatting.pounds(cost.costTop))")
        }
        if let figures = businessCase {
            let posts = figures.posts == 1 ? "1 post" : "\(figures.posts) posts"
            lines += ["", "Business case: \(posts) in \(figures.serviceName.inSentence) (\(figures.payYear))"]
            lines.append("  First year: \(Formatting.pounds(figures.firstYear.amount)) = \(figures.firstYear.sum)")
            lines.append(
                "  Each year once qualified: \(Formatting.pounds(figures.recurring.amount)) = \(figures.recurring.sum)")
            lines.append(
                "  Supervision from staff in post: \(Formatting.number(figures.supervisionNeeded)) hours a year")
            lines.append("  Episodes a year: \(Formatting.number(figures.episodesDelivered))")
            for episode in figures.episodes {
                lines.append(
                    "    \(episode.name): \(Formatting.number(episode.delivered)) of \(Formatting.number(episode.demand))"
                )
            }
            lines.append("  Leaves out:")
            lines += figures.limits.flatMap { wrap($0, width: 82).map { "    " + $0 } }
            lines.append("  \(figures.parameters.count) figures used; see --json for each with its basis and sources.")
        }
        lines.append("")
        lines.append("Page: \(SiteRoute.introducing(role.id).path)")
        return lines.joined(separator: "\n")
    }
}
