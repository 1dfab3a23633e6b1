import Foundation
import Logging
import NIOPosix
import Persistence
import PostgresKit

/// A fresh, empty database for one test: an SQLite file by default, or its own schema in the PostgreSQL
/// database named by `POSTGRES_URL` when that is set (CI runs the store and web suites both ways).
public enum TestDatabase {
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var kind: String { postgresURL == nil ? "sqlite" : "postgresql" }

    public static var logger: Logger {
        var logger = Logger(label: "skillmix-tests")
        logger.logLevel = .warning
        return logger
    }

    /// A configuration pointing at a new, empty database.
    public static func fresh() async throws -> DatabaseConfiguration {
        guard let postgresURL else {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("skillmix-test-\(UUID().uuidString).sqlite").path
            return .sqlite(path: path)
        }
        let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let configuration = try SQLPostgresConfiguration(url: postgresURL).coreConfiguration
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
        )
        do {
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
        return .postgres(url: postgresURL, searchPath: schema)
    }
}
