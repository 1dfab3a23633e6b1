import Foundation
import Logging
import Persistence

/// Everything the app is configured with, read once: environment first, then command-line flags, then
/// defaults that run locally on an SQLite file.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseConfiguration
    public var logLevel: Logger.Level
    /// How often each instance checks the database for a newer catalogue (another instance may have loaded it).
    public var catalogueRefreshSeconds: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseConfiguration = .defaultSQLite,
        logLevel: Logger.Level = .info, catalogueRefreshSeconds: Int = 10
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.catalogueRefreshSeconds = catalogueRefreshSeconds
    }

    /// Reads `SKILLMIX_HOST`, `PORT`, `DATABASE_URL`, `LOG_LEVEL` and `SKILLMIX_CATALOGUE_REFRESH_SECONDS`.
    /// (Not `HOST`: zsh sets it to the machine name, which would expose the app beyond loopback.)
    public init(environment: [String: String]) throws(ConfigurationError) {
        self.init()
        if let host = environment["SKILLMIX_HOST"], !host.isEmpty { self.host = host }
        if let text = environment["PORT"], !text.isEmpty {
            guard let port = Int(text), (1...65535).contains(port) else {
                throw ConfigurationError(setting: "PORT", value: text, expected: "a port number from 1 to 65535")
            }
            self.port = port
        }
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            do {
                database = try DatabaseConfiguration(url: url)
            } catch {
                throw ConfigurationError(setting: "DATABASE_URL", value: url, expected: error.description)
            }
        }
        if let text = environment["LOG_LEVEL"], !text.isEmpty {
            guard let level = Logger.Level(rawValue: text.lowercased()) else {
                throw ConfigurationError(
                    setting: "LOG_LEVEL", value: text,
                    expected: Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                )
            }
            logLevel = level
        }
        if let text = environment["SKILLMIX_CATALOGUE_REFRESH_SECONDS"], !text.isEmpty {
            guard let seconds = Int(text), (1...3600).contains(seconds) else {
                throw ConfigurationError(
                    setting: "SKILLMIX_CATALOGUE_REFRESH_SECONDS", value: text,
                    expected: "a whole number from 1 to 3600"
                )
            }
            catalogueRefreshSeconds = seconds
        }
    }
}

/// A setting with a value the app cannot use.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var setting: String
    public var value: String
    public var expected: String

    public var description: String { "\(setting)=\"\(value)\" cannot be used: expected \(expected)." }
}
