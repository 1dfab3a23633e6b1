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
    /// Where solves and projections run: threads, waiting jobs and each job's time limit.
    public var pool: ComputePool.Configuration
    /// Limits on what one client may send and save.
    public var limits: RequestLimits
    /// Seconds a connection may sit idle (or half-sent) before it is closed.
    public var idleTimeoutSeconds: Int
    /// Editors' accounts: the password hashing cost and whether cookies are marked Secure.
    public var accounts = AccountSettings()

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseConfiguration = .defaultSQLite,
        logLevel: Logger.Level = .info, catalogueRefreshSeconds: Int = 10,
        pool: ComputePool.Configuration = .sizedToMachine, limits: RequestLimits = RequestLimits(),
        idleTimeoutSeconds: Int = 20
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.catalogueRefreshSeconds = catalogueRefreshSeconds
        self.pool = pool
        self.limits = limits
        self.idleTimeoutSeconds = idleTimeoutSeconds
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
        func whole(_ name: String, _ range: ClosedRange<Int>, meaning: String) throws(ConfigurationError) -> Int? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw ConfigurationError(
                    setting: name, value: text,
                    expected: "\(meaning): a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        if let value = try whole("SKILLMIX_WORKERS", 1...256, meaning: "threads for solves") { pool.workers = value }
        if let value = try whole("SKILLMIX_QUEUE_LENGTH", 0...10_000, meaning: "jobs waiting") {
            pool.queueLength = value
        }
        if let value = try whole("SKILLMIX_JOB_SECONDS", 1...3600, meaning: "seconds per job") {
            pool.jobSeconds = value
        }
        if let value = try whole("SKILLMIX_WRITES_PER_HOUR", 0...1_000_000, meaning: "saves per address an hour") {
            limits.writesPerHour = value
        }
        if let value = try whole("SKILLMIX_RETENTION_DAYS", 1...36_500, meaning: "days to keep saved documents") {
            limits.retentionDays = value
        }
        if let value = try whole("SKILLMIX_BODY_SECONDS", 1...3600, meaning: "seconds for a request body") {
            limits.bodySeconds = value
        }
        if let value = try whole("SKILLMIX_IDLE_TIMEOUT_SECONDS", 1...3600, meaning: "seconds") {
            idleTimeoutSeconds = value
        }
        if let value = try whole("SKILLMIX_BCRYPT_COST", 4...15, meaning: "a bcrypt cost") {
            accounts.bcryptCost = value
        }
        if let text = environment["SKILLMIX_SECURE_COOKIES"], !text.isEmpty {
            guard
                let value = ["1": true, "true": true, "yes": true, "0": false, "false": false, "no": false][
                    text.lowercased()]
            else {
                throw ConfigurationError(setting: "SKILLMIX_SECURE_COOKIES", value: text, expected: "true or false")
            }
            accounts.secureCookies = value
        }
        if let text = environment["SKILLMIX_TRUST_FORWARDED_FOR"], !text.isEmpty {
            guard
                let value = ["1": true, "true": true, "yes": true, "0": false, "false": false, "no": false][
                    text.lowercased()]
            else {
                throw ConfigurationError(
                    setting: "SKILLMIX_TRUST_FORWARDED_FOR", value: text, expected: "true or false")
            }
            limits.trustForwardedFor = value
        }
    }
}

/// What one client may send and save. Bodies: 64 KB for a design (form or JSON), 512 KB for a projection
/// (it may carry a pasted CSV); longer addresses than `maximumURILength` are refused with 414.
public struct RequestLimits: Sendable, Equatable {
    /// Documents (designs, projections) one address may save in an hour; 0 turns the limit off.
    public var writesPerHour: Int
    /// Days to keep anonymous saved documents; nil keeps them for ever.
    public var retentionDays: Int?
    /// Take the client's address from the first X-Forwarded-For entry (only behind a proxy that sets it).
    public var trustForwardedFor: Bool

    public static let designBodyBytes = 64 * 1024
    public static let projectionBodyBytes = 512 * 1024
    public static let maximumURILength = 4096
    /// Seconds within which a request's whole body must arrive (408 otherwise).
    public var bodySeconds: Int

    public init(
        writesPerHour: Int = 300, retentionDays: Int? = nil, trustForwardedFor: Bool = false, bodySeconds: Int = 30
    ) {
        self.bodySeconds = bodySeconds
        self.writesPerHour = writesPerHour
        self.retentionDays = retentionDays
        self.trustForwardedFor = trustForwardedFor
    }
}

/// How editors' accounts are kept.
public struct AccountSettings: Sendable, Equatable {
    /// bcrypt's cost: each step doubles the work of a sign-in (and of a guess).
    public var bcryptCost: Int
    /// Mark the session cookie Secure: set when the app is served over HTTPS.
    public var secureCookies: Bool
    /// Failed sign-ins allowed per account, and per address, in a quarter of an hour.
    public var failuresPerAccount: Int
    public var failuresPerAddress: Int

    public init(
        bcryptCost: Int = 11, secureCookies: Bool = false, failuresPerAccount: Int = 5, failuresPerAddress: Int = 20
    ) {
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.failuresPerAccount = failuresPerAccount
        self.failuresPerAddress = failuresPerAddress
    }
}

/// A setting with a value the app cannot use.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var setting: String
    public var value: String
    public var expected: String

    public var description: String { "\(setting)=\"\(value)\" cannot be used: expected \(expected)." }
}
