import ArgumentParser
import Foundation
import Logging
import Persistence
import Web
import Workforce

/// The database a command works on: `--database-url`, else `DATABASE_URL`, else the local SQLite file.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help:
            "sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DATABASE (default: DATABASE_URL, else sqlite:skillmix.sqlite)."
    )
    var databaseURL: String?

    /// The app configuration from the environment with this command's flags on top.
    func configuration() throws -> AppConfiguration {
        var configuration = try AppConfiguration(environment: ProcessInfo.processInfo.environment)
        if let databaseURL { configuration.database = try DatabaseConfiguration(url: databaseURL) }
        return configuration
    }
}

/// A logger for commands: warnings and errors on stderr, so stdout stays clean for tables and JSON.
func commandLogger(level: Logger.Level = .warning) -> Logger {
    var logger = Logger(label: "skillmix") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = level
    return logger
}

/// Opens the database, brings its schema and catalogue up to date, runs `body`, and closes it.
func withPreparedStore<R>(_ options: DatabaseOptions, _ body: (Store) async throws -> R) async throws -> R {
    let (store, _, _) = try await prepareStore(options.configuration().database, logger: commandLogger())
    do {
        let result = try await body(store)
        try await store.close()
        return result
    } catch {
        try? await store.close()
        throw error
    }
}

/// The day a command answers for, which picks the pay year in force: `--on YYYY-MM-DD`, else today in England.
struct DayOption: ParsableArguments {
    @Option(
        name: .customLong("on"),
        help: "Answer as on this day, YYYY-MM-DD (default: today); it picks the pay year in force.")
    var text: String?

    func validate() throws {
        if let text, CalendarDay(text) == nil {
            throw ValidationError(
                "--on must be a real date written as YYYY-MM-DD, such as 2026-04-01; got \"\(text.prefix(40))\".")
        }
    }

    /// The day asked for, or today in England.
    var day: CalendarDay { text.flatMap(CalendarDay.init) ?? EnglishDay(Date()).day }
}

extension Store {
    /// The catalogue, answering for the day the command was given.
    func catalogue(on option: DayOption) async throws -> Catalogue { try await catalogue().on(option.day) }
}

/// What a command that reads the catalogue takes: the database, the day and whether to print JSON.
struct ReadOptions: ParsableArguments {
    @Flag(help: "Print JSON (the API's shape).") var json = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    /// Runs `body` with the catalogue as on the chosen day, the store closed afterwards.
    func withCatalogue(_ body: (Catalogue) async throws -> Void) async throws {
        try await withPreparedStore(database) { store in try await body(try await store.catalogue(on: day)) }
    }
}
