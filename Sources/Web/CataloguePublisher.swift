import Catalogue
import Logging
import Persistence
import Synchronization
import Workforce

/// Makes the published catalogue: the bundled files with every published change applied in the order of its
/// revision, checked by the loader, and installed in the database, from where every instance serves it. When a
/// newer bundle is installed, it finds the facts that the bundle changed and that editors had changed too.
public final class CataloguePublisher: Sendable {
    public let bundle: CatalogueDocument
    let store: Store
    /// The last published document made, by revision: editors' pages ask for it often.
    private let last = Mutex<(ids: [CatalogueEdit.ID], document: CatalogueDocument)?>(nil)

    public init(bundle: CatalogueDocument, store: Store) {
        self.bundle = bundle
        self.store = store
    }

    /// A published change that no longer applies to the bundle, and why.
    public struct Failure: Sendable {
        public var edit: CatalogueEdit
        public var error: CatalogueError
    }

    /// Applies `edits`, in order, to `bundle` and marks the result with the last revision. A change that no longer
    /// applies (a newer bundle has broken it) is left out and returned as a failure, so that the rest still serve.
    static func compose(_ bundle: CatalogueDocument, _ edits: [CatalogueEdit]) throws -> (
        CatalogueDocument, [Failure]
    ) {
        var document = bundle
        var failures: [Failure] = []
        let base = try bundle.version
        do {
            try document.apply(edits.map { ($0.proposed, $0.fact) }, changelog: edits.map { change($0, base: base) })
            _ = try document.catalogue()
        } catch {
            // One at a time, each checked by loading: slow, but only after a bundle has broken a change.
            document = bundle
            for edit in edits {
                var next = document
                do {
                    try next.apply([(edit.proposed, edit.fact)], changelog: [change(edit, base: base)])
                    _ = try next.catalogue()
                    document = next
                } catch {
                    failures.append(Failure(edit: edit, error: error))
                }
            }
        }
        try document.markRevision(edits.last?.revision ?? 0)
        return (document, failures)
    }

    /// The changelog's entry for a published change.
    static func change(_ edit: CatalogueEdit, base: String) -> CatalogueChange {
        let verb =
            switch edit.kind {
            case .change: "Changed"
            case .revert: "Reverted a change to"
            case .bundle: "Took the bundled catalogue's value of"
            }
        return CatalogueChange(
            version: "\(base)+r\(edit.revision ?? 0)",
            date: CalendarDay(String((edit.publishedAt ?? "").prefix(10))) ?? .epoch,
            summary: "\(verb) \(edit.fact.field) in \(edit.fact.file), proposed by an editor here and approved by "
                + "another (sources checked on \(edit.checked)).",
            reason: edit.reason, sources: edit.proposed.sources)
    }

    /// The published document (bundle and published changes) and its revision. The work of applying and
    /// checking runs on `pool` when one is given (requests give theirs; start-up has none yet). When the last
    /// document made holds all but the newest changes, only those are applied to it.
    public func published(pool: ComputePool? = nil) async throws -> (document: CatalogueDocument, revision: Int) {
        let edits = try await store.publishedEdits()
        let revision = edits.last?.revision ?? 0
        let ids = edits.map(\.id)
        let cached = last.withLock { $0 }
        if let cached, cached.ids == ids { return (cached.document, revision) }
        let bundle = self.bundle
        let document = try await Self.run(on: pool) { () throws -> CatalogueDocument in
            if let cached, cached.ids.count < ids.count, Array(ids.prefix(cached.ids.count)) == cached.ids {
                let newer = Array(edits.dropFirst(cached.ids.count))
                var document = cached.document
                do {
                    let base = try bundle.version
                    try document.apply(
                        newer.map { ($0.proposed, $0.fact) }, changelog: newer.map { Self.change($0, base: base) })
                    try document.markRevision(revision)
                    return document
                } catch {
                    // Start again from the bundle, which leaves out whatever no longer applies.
                }
            }
            return try Self.compose(bundle, edits).0
        }
        last.withLock { $0 = (ids, document) }
        return (document, revision)
    }

    /// Makes the published catalogue and installs it; returns it with what the install did.
    @discardableResult
    public func publish(pool: ComputePool? = nil) async throws -> (Catalogue, CatalogueInstallOutcome) {
        let (document, revision) = try await published(pool: pool)
        let catalogue = try await Self.run(on: pool) { try document.catalogue() }
        return (catalogue, try await store.install(catalogue, revision: revision))
    }

    /// At start: notes every fact whose latest published change rests on a bundled value that this bundle no
    /// longer has (a conflict for editors to resolve) or that no longer applies, then publishes.
    public func publishAtStart(logger: Logger) async throws -> CatalogueInstallOutcome {
        let edits = try await store.publishedEdits()
        var latest: [FactAddress: CatalogueEdit] = [:]
        for edit in edits { latest[edit.fact] = edit }
        var conflicts: [(CatalogueEdit.ID, String?)] = []
        for edit in latest.values {
            let now = try bundle.value(of: edit.fact)?.snapshot
            if now != edit.bundleValue {
                conflicts.append((edit.id, now ?? Self.missingFromBundle))
            } else if edit.conflict != nil {
                conflicts.append((edit.id, nil))
            }
        }
        let (document, failures) = try Self.compose(bundle, edits)
        last.withLock { $0 = (edits.map(\.id), document) }
        for failure in failures {
            logger.warning("Published change \(failure.edit.id) no longer applies: \(failure.error)")
            conflicts.removeAll { $0.0 == failure.edit.id }
            conflicts.append((failure.edit.id, Self.noLongerApplies + failure.error.description))
        }
        try await store.setConflicts(conflicts)
        return try await publish().1
    }

    /// Runs `work` on `pool`, or here when there is none.
    static func run<T: Sendable>(on pool: ComputePool?, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard let pool else { return try work() }
        return try await pool.run { _ in try work() }
    }

    static let missingFromBundle = "(the bundled catalogue no longer has this fact)"
    static let noLongerApplies = "(this change no longer fits the bundled catalogue) "
}
