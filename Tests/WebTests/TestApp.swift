import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Persistence
import Prometheus
import TestSupport
import Web

/// The real application, in-process, on a fresh database loaded with the bundled catalogue.
struct TestApp: Sendable {
    let dependencies: AppDependencies
    /// The database, so that a second instance can share it.
    let database: DatabaseConfiguration
    var store: Store { dependencies.store }
    var snapshot: CatalogueSnapshot { dependencies.snapshot }
    var router: Router<AppRequestContext> { get throws { try buildRouter(dependencies) } }

    static func make(
        pool: ComputePool.Configuration = .init(workers: 1, queueLength: 16, jobSeconds: 30),
        limits: RequestLimits = RequestLimits(), clock: @escaping @Sendable () -> Date = Date.init,
        database: DatabaseConfiguration? = nil
    ) async throws -> TestApp {
        let chosen: DatabaseConfiguration
        if let database { chosen = database } else { chosen = try await TestDatabase.fresh() }
        let (store, _, publisher) = try await prepareStore(chosen, logger: TestDatabase.logger)
        let snapshot = CatalogueSnapshot(try await store.catalogue(), clock: clock)
        let dependencies = AppDependencies(
            store: store, snapshot: snapshot, registry: PrometheusCollectorRegistry(), logger: TestDatabase.logger,
            pool: ComputePool(configuration: pool), publisher: publisher, limits: limits,
            // The cheapest bcrypt cost: the tests sign in many times.
            accounts: AccountSettings(bcryptCost: 4)
        )
        return TestApp(dependencies: dependencies, database: chosen)
    }

    /// Runs `body` against the app, then closes the database and the compute pool.
    static func with(
        pool: ComputePool.Configuration = .init(workers: 1, queueLength: 16, jobSeconds: 30),
        limits: RequestLimits = RequestLimits(), clock: @escaping @Sendable () -> Date = Date.init,
        _ body: @escaping @Sendable (TestApp, any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = try await make(pool: pool, limits: limits, clock: clock)
        do {
            try await Application(router: try app.router).test(.router) { client in try await body(app, client) }
            try await app.close()
        } catch {
            try? await app.close()
            throw error
        }
    }

    func close() async throws {
        try await dependencies.pool.shutdown()
        try await store.close()
    }
}

struct Answer {
    var status: HTTPResponse.Status
    var contentType: String
    var body: String

    /// The visible text of an HTML answer: tags removed, entities for quotes and ampersands decoded, spaces folded.
    var text: String {
        var out = body.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] ?? [:]
    }
}

extension TestClientProtocol {
    func get(_ uri: String, accept: String? = nil) async throws -> Answer {
        var headers = HTTPFields()
        if let accept { headers[.accept] = accept }
        return try await execute(uri: uri, method: .get, headers: headers) { response in
            Answer(
                status: response.status, contentType: response.headers[.contentType] ?? "",
                body: String(buffer: response.body)
            )
        }
    }
}

extension TestClientProtocol {
    /// Sends a body (a form or JSON) and returns the answer with its Location header.
    func send(
        _ uri: String, method: HTTPRequest.Method = .post, body: String,
        contentType: String = "application/x-www-form-urlencoded", headers extra: HTTPFields = [:]
    ) async throws -> (answer: Answer, location: String?) {
        // As a browser sends a form from one of our own pages.
        var headers: HTTPFields = [.contentType: contentType, HTTPField.Name("Sec-Fetch-Site")!: "same-origin"]
        headers.append(contentsOf: extra)
        return try await execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)) {
            response in
            (
                Answer(
                    status: response.status, contentType: response.headers[.contentType] ?? "",
                    body: String(buffer: response.body)),
                response.headers[.location]
            )
        }
    }
}
