@preconcurrency import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// SQLite connections as the store needs them: on threads of their own, and waiting a bounded time for a lock.
///
/// SQLiteNIO installs a busy handler that retries for ever without sleeping and runs every call on the
/// process-wide thread pool (one thread per core). Two writers spinning on a lock could then take every thread
/// while the holder waits for one to commit, and the whole store would stop. Each connection here replaces that
/// handler with `busy_timeout` (a lock not had in 5 s is SQLITE_BUSY, which the store reports as unavailable,
/// a 503) and the pool's calls run on a thread pool with a thread for every connection.
struct SQLiteSource: ConnectionPoolSource {
    static let connectionsPerEventLoop = 4
    static let busyTimeoutMilliseconds = 5_000

    let inner: SQLiteConnectionSource

    init(path: String, threads: NIOThreadPool) {
        inner = SQLiteConnectionSource(configuration: .init(storage: .file(path: path)), threadPool: threads)
    }

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        inner.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            connection.query("PRAGMA busy_timeout = \(Self.busyTimeoutMilliseconds)").map { _ in connection }
        }
    }
}
