import Foundation
import Logging
import NIOCore
import Persistence
import ServiceLifecycle
import Synchronization
import Workforce

/// The catalogue as this instance serves it: read from the database, kept in memory, and replaced when
/// the database holds a newer one. Rendered responses are cached per catalogue version, because every
/// page and API answer is a pure function of the catalogue and the request.
public final class CatalogueSnapshot: Sendable {
    private struct State {
        var stored: Catalogue
        /// `stored` answering for `day`.
        var catalogue: Catalogue
        var day: CalendarDay
        /// The instants between which `day` is today; outside them the day is worked out again.
        var dayStarts: Date
        var dayEnds: Date
        var responses: [String: ByteBuffer] = [:]
        /// Values worked out from the catalogue (a default design beside its reference team), kept like responses.
        var worked: [String: any Sendable] = [:]
        /// The ETag of every public answer: the catalogue revision and the day.
        var revisionTag: String = ""

        mutating func tag() {
            revisionTag = "\"\(catalogue.stamp.version)-\(catalogue.stamp.checksum.prefix(12))-\(day)\""
        }
    }

    private let state: Mutex<State>
    private let clock: @Sendable () -> Date
    /// At most this many rendered responses are kept; the cache is emptied when it fills.
    private let cacheLimit = 1024

    /// `clock` gives the time; the catalogue answers for the day it falls on in England.
    public init(_ catalogue: Catalogue, clock: @escaping @Sendable () -> Date = Date.init) {
        self.clock = clock
        let today = EnglishDay(clock())
        var state = State(
            stored: catalogue, catalogue: catalogue.on(today.day), day: today.day, dayStarts: today.starts,
            dayEnds: today.ends)
        state.tag()
        self.state = Mutex(state)
    }

    /// The ETag for answers made from the catalogue as it is served now.
    public var revisionTag: String {
        let now = clock()
        return state.withLock { state in
            Self.turnDay(&state, now: now)
            return state.revisionTag
        }
    }

    /// The catalogue, answering for today (it picks, for example, the pay year in force).
    public var catalogue: Catalogue {
        let now = clock()
        return state.withLock { state in
            Self.turnDay(&state, now: now)
            return state.catalogue
        }
    }

    public func replace(with catalogue: Catalogue) {
        state.withLock { state in
            state.stored = catalogue
            state.catalogue = catalogue.on(state.day)
            state.responses = [:]
            state.worked = [:]
            state.tag()
        }
    }

    /// The cached body for `key`, or renders it, caches it and returns it.
    func cached(_ key: String, render: (Catalogue) throws -> ByteBuffer) rethrows -> ByteBuffer {
        let (catalogue, hit) = cachedBody(key)
        if let hit { return hit }
        let body = try render(catalogue)
        keep(body, as: key, for: catalogue)
        return body
    }

    /// The same, for a page whose rendering waits (on the compute pool, say).
    func cached(_ key: String, render: (Catalogue) async throws -> ByteBuffer) async rethrows -> ByteBuffer {
        let (catalogue, hit) = cachedBody(key)
        if let hit { return hit }
        let body = try await render(catalogue)
        keep(body, as: key, for: catalogue)
        return body
    }

    /// The value kept for `key`, or works it out from the catalogue of the day and keeps it (unless the catalogue
    /// was replaced meanwhile): for figures a page shows that need a solve, such as a default design.
    func worked<Value: Sendable>(_ key: String, _ work: (Catalogue) async throws -> Value) async rethrows -> Value {
        let now = clock()
        let (catalogue, kept) = state.withLock { state in
            Self.turnDay(&state, now: now)
            // Unwrapped before the cast: a missing entry cast to an optional `Value` would read as a kept nil.
            guard let entry = state.worked[key] else { return (state.catalogue, nil as Value?) }
            return (state.catalogue, entry as? Value)
        }
        if let kept { return kept }
        let value = try await work(catalogue)
        state.withLock { state in
            guard state.catalogue.stamp == catalogue.stamp, state.catalogue.asOf == catalogue.asOf else { return }
            if state.worked.count >= cacheLimit { state.worked.removeAll(keepingCapacity: true) }
            state.worked[key] = value
        }
        return value
    }

    /// The catalogue of the day and the body cached for `key`, if any.
    func cachedBody(_ key: String) -> (Catalogue, ByteBuffer?) {
        let now = clock()
        return state.withLock { state in
            Self.turnDay(&state, now: now)
            return (state.catalogue, state.responses[key])
        }
    }

    /// Caches `body`, unless the catalogue it was rendered from has been replaced meanwhile.
    func keep(_ body: ByteBuffer, as key: String, for catalogue: Catalogue) {
        state.withLock { state in
            guard state.catalogue.stamp == catalogue.stamp, state.catalogue.asOf == catalogue.asOf else { return }
            if state.responses.count >= cacheLimit { state.responses.removeAll(keepingCapacity: true) }
            state.responses[key] = body
        }
    }

    /// Moves to a new day when `now` has left the current one, emptying the cache: pages name the pay year
    /// in force, which a new day can change.
    private static func turnDay(_ state: inout State, now: Date) {
        guard now < state.dayStarts || now >= state.dayEnds else { return }
        let today = EnglishDay(now)
        state.day = today.day
        state.dayStarts = today.starts
        state.dayEnds = today.ends
        state.catalogue = state.stored.on(today.day)
        state.responses = [:]
        state.worked = [:]
        state.tag()
    }
}

/// The calendar day an instant falls on in England (Europe/London, so that the day turns at midnight in
/// summer too), and the instants it starts and ends.
public struct EnglishDay: Sendable {
    public var day: CalendarDay
    public var starts: Date
    public var ends: Date

    public init(_ now: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let starts = calendar.startOfDay(for: now)
        // The components of a real instant always make a real day; the fallback only satisfies the type.
        day = CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? .epoch
        self.starts = starts
        ends = calendar.date(byAdding: .day, value: 1, to: starts) ?? starts.addingTimeInterval(86_400)
    }
}

/// Checks the database every few seconds and swaps in a newer catalogue, so that several instances
/// sharing one PostgreSQL database all serve the catalogue that `skillmix migrate` last loaded.
struct CatalogueRefresher: Service {
    let store: Store
    let snapshot: CatalogueSnapshot
    let interval: Duration
    let logger: Logger

    func run() async throws {
        // Stop at once on SIGTERM, so no check races the store being closed.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                do {
                    let stamp = try await store.catalogueStamp()
                    if let stamp, stamp != snapshot.catalogue.stamp {
                        snapshot.replace(with: try await store.catalogue())
                        logger.info("Serving catalogue \(stamp)")
                    }
                } catch {
                    logger.warning("Could not check the catalogue version: \(error)")
                }
            }
        }
    }
}
