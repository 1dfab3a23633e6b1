import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Persistence
import Prometheus
import Web

/// `skillmix serve`: runs the web app and the API until SIGTERM or SIGINT, then drains and stops.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the web app and the JSON API (default http://127.0.0.1:8080)."
    )

    @Option(help: "The address to listen on (default: SKILLMIX_HOST, else 127.0.0.1).")
    var host: String?

    @Option(help: "The port to listen on (default: PORT, else 8080).")
    var port: Int?

    @Option(
        name: .customLong("log-level"),
        help: "trace, debug, info, notice, warning, error or critical (default: LOG_LEVEL, else info).")
    var logLevel: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let port, !(1...65535).contains(port) {
            throw ValidationError("--port must be a number from 1 to 65535; you gave \(port).")
        }
        if let logLevel, Logger.Level(rawValue: logLevel.lowercased()) == nil {
            throw ValidationError(
                "--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")); you gave \(logLevel)."
            )
        }
    }

    func run() async throws {
        var configuration = try database.configuration()
        if let host { configuration.host = host }
        if let port { configuration.port = port }
        if let logLevel, let level = Logger.Level(rawValue: logLevel.lowercased()) { configuration.logLevel = level }

        // Every entry on one line and of bounded size, whatever a request put into it.
        LoggingSystem.bootstrap { label in EscapingLogHandler(wrapping: StreamLogHandler.standardOutput(label: label)) }
        var logger = Logger(label: "skillmix")
        logger.logLevel = configuration.logLevel
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let app = try await buildApplication(configuration: configuration, logger: logger, registry: registry)
        logger.info("Skillmix is starting on http://\(configuration.host):\(configuration.port)")
        try await app.runService()
    }
}

/// `skillmix migrate`: brings the schema and the catalogue in the database up to date.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply database migrations and load the bundled catalogue if it is newer than the stored one."
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let configuration = try database.configuration()
        let (store, outcome, _) = try await prepareStore(configuration.database, logger: commandLogger())
        try await store.close()
        print("Database: \(configuration.database)")
        print(outcome)
    }
}
