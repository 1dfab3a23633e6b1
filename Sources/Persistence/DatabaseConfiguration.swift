import Foundation

/// Which database the store uses: an SQLite file (the default) or PostgreSQL (for several app instances).
public enum DatabaseConfiguration: Hashable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    /// `searchPath` puts every table in one schema (used by the tests to isolate each run).
    case postgres(url: String, searchPath: String? = nil)

    /// The default: a file beside where the app is run.
    public static let defaultSQLite = DatabaseConfiguration.sqlite(path: "skillmix.sqlite")

    /// Reads `sqlite:PATH`, `sqlite://PATH`, `postgres://…` or `postgresql://…`.
    public init(url: String) throws(StoreError) {
        let text = url.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite://") {
            self = try .sqlitePath(String(text.dropFirst("sqlite://".count)), url: url)
        } else if text.hasPrefix("sqlite:") {
            self = try .sqlitePath(String(text.dropFirst("sqlite:".count)), url: url)
        } else {
            throw .badDatabaseURL(url)
        }
    }

    private static func sqlitePath(_ path: String, url: String) throws(StoreError) -> DatabaseConfiguration {
        guard !path.isEmpty else { throw .badDatabaseURL(url) }
        return .sqlite(path: path)
    }

    /// Safe to log: the PostgreSQL password is hidden.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite file \(path)"
        case .postgres(let url, let searchPath):
            var shown = url
            if let components = URLComponents(string: url), components.password != nil {
                var redacted = components
                redacted.password = "***"
                shown = redacted.string ?? "postgres://…"
            }
            return "PostgreSQL \(shown)" + (searchPath.map { " (schema \($0))" } ?? "")
        }
    }
}

/// Database problems, each saying what went wrong and what to do.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case badDatabaseURL(String)
    case cannotConnect(String, reason: String)
    case notMigrated
    case corruptRow(table: String, id: String, reason: String)
    /// The database does not answer (stopped, restarting, unreachable, out of connections): try again soon.
    case unavailable(reason: String)
    /// The database answers but refuses to write (a read-only file or folder, a read-only server).
    case readOnly(String, reason: String)
    /// The database is damaged (a failed integrity check, a page that cannot be read, not a database at all).
    case damaged(String, reason: String)

    public var description: String {
        switch self {
        case .badDatabaseURL(let url):
            "\"\(url)\" is not a database URL Skillmix understands. Use sqlite:PATH (for example sqlite:skillmix.sqlite) or postgres://USER:PASSWORD@HOST:PORT/DATABASE."
        case .cannotConnect(let database, let reason):
            "Cannot open the database (\(database)): \(reason). Check that it exists and that DATABASE_URL is right."
        case .notMigrated:
            "The database has no catalogue yet. Run `skillmix migrate` (or start the app once) to set it up."
        case .corruptRow(let table, let id, let reason):
            ["designs", "projections"].contains(table)
                ? "The saved document \(id) in \(table) cannot be read: \(reason). It may have been damaged on disk "
                    + "or written by a newer version of Skillmix."
                : "A row in \(table) (id \(id)) cannot be read: \(reason). Run `skillmix migrate` to reload the catalogue."
        case .unavailable(let reason):
            "The database is not answering (\(reason)). Check that it is running; Skillmix reconnects by itself."
        case .readOnly(let database, let reason):
            "Cannot write to the database (\(database)): \(reason). Make the file and the folder it is in writable "
                + "by the user that runs Skillmix (SQLite writes a journal beside the file), or point DATABASE_URL "
                + "at a database it can write."
        case .damaged(let database, let reason):
            "The database (\(database)) is damaged: \(reason). Restore it from a backup, or move the file aside "
                + "to start with an empty database (saved designs and projections are kept in it). "
                + "`sqlite3 FILE .recover` may save what can be read."
        }
    }
}
