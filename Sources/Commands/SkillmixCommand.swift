import ArgumentParser

/// The `skillmix` command tree. `serve` is one subcommand among the others.
public struct SkillmixCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "skillmix",
        abstract: "Roles, careers and workforce planning for the NHS psychological professions in England.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, RolesCommand.self, PathCommand.self, StartCommand.self,
            RoutesCommand.self,
            InsightsCommand.self, DesignCommand.self, ProjectCommand.self, CommissionCommand.self,
            SolveCommand.self, CatalogueCommand.self, UsersCommand.self,
        ],
        defaultSubcommand: nil
    )

    public init() {}
}

extension SkillmixCommand {
    /// Parses the process's arguments and runs the chosen command; errors go to stderr with a non-zero exit.
    public static func runFromCommandLine() async {
        await main()
    }
}
