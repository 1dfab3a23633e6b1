import ArgumentParser
import Foundation
import Pages
import Persistence
import Web
import Workforce

/// `skillmix start`: "Where can I start?" as a few questions, answered with options.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Where you can start, and the roles open to you ranked, from a few answers about you.")

    @Option(help: "Your degree: psychology, other or none.") var degree: String
    @Option(help: "Relevant paid or voluntary work or life experience: yes or no.") var experience: String
    @Option(help: "A professional qualification: none, health-or-social-care or counselling.") var qualification:
        String?
    @Option(help: "The role you work in now, if any (a role id).") var current: String?
    @Option(help: "Could you pay for some of your training yourself: yes or no.") var fund: String
    @Option(help: "Ages you want to work with: children, young-people, adults, older-adults (repeat for more).")
    var ages: [String] = []
    @OptionGroup var options: ReadOptions

    func run() async throws {
        try await options.withCatalogue { catalogue in
            var pairs: [(name: String, value: String)] = [
                ("degree", degree), ("experience", experience), ("fund", fund),
            ]
            if let qualification { pairs.append(("qualification", qualification)) }
            if let current { pairs.append(("current", current)) }
            pairs += ages.map { ("ages", $0) }
            let answers = try StartingAnswers(pairs: pairs, roles: catalogue.roles.map(\.id))
            let advice = StartingAdvice(answers: answers, catalogue: catalogue)
            if options.json {
                try printJSON(APIRepresentation.startingAdvice(advice, catalogue: catalogue))
                return
            }
            let finder = RouteFinder(catalogue: catalogue)
            var lines = ["Where you start:"]
            lines += advice.starts.map { "  \(finder.name(of: $0.place)): \($0.reason)" }
            lines.append("")
            lines.append("Roles open to you, best first:")
            for (index, suggestion) in advice.suggestions.enumerated() {
                lines.append("\(index + 1). \(finder.name(of: .role(suggestion.role)))")
                lines += suggestion.reasons.flatMap { wrap($0, width: 84).map { "     " + $0 } }
            }
            if !advice.unreachable.isEmpty {
                lines.append("")
                lines.append(
                    "No route known from here: "
                        + advice.unreachable.map { finder.name(of: .role($0)) }.joined(separator: ", "))
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
