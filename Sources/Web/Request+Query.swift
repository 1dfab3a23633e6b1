import Foundation
import Hummingbird
import Workforce

extension Request {
    /// The query string as ordered name/value pairs, with `+` read as a space (as HTML forms send it) and
    /// percent-escapes decoded. A malformed escape is a 400 that says so.
    func queryPairs() throws -> [(name: String, value: String)] {
        guard let query = uri.query, !query.isEmpty else { return [] }
        return try Self.formPairs(query, source: "The web address is malformed")
    }

    /// Splits `a=1&b=2` (a query string or an `application/x-www-form-urlencoded` body) into decoded pairs.
    static func formPairs(_ text: String, source title: String) throws -> [(name: String, value: String)] {
        try text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) throws -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                guard let decoded = spaced.removingPercentEncoding else {
                    throw AppError(
                        status: .badRequest, title: title,
                        detail:
                            "\"\(part.prefix(60))\" has a broken %-escape. Check the address, or start again from the page before."
                    )
                }
                return decoded
            }
            return (try decode(pieces[0]), pieces.count > 1 ? try decode(pieces[1]) : "")
        }
    }

    /// The body as text, refusing more than `limit` bytes (413) and a body still arriving after `seconds`
    /// (408): the idle timeout alone lets a client that sends a byte now and then hold a request open for ever.
    func bodyText(limit: Int, seconds: Int) async throws -> String {
        let body = self.body
        let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        guard let buffer else {
            throw AppError(
                status: .requestTimeout, title: "The request took too long to arrive",
                detail: "The whole request must arrive within \(seconds) seconds. Send it again.")
        }
        return String(buffer: buffer)
    }

    /// Reads the roles-index filters from the query.
    func roleFilter(catalogue: Catalogue) throws -> RoleFilter {
        try RoleFilter(parameters: queryPairs(), groups: catalogue.groups.map(\.id))
    }
}

extension Request {
    /// Reads the route planner's query: `from`, `to`, `optimise` (time or unpaid) and `months-in-role`.
    func routeQuery() throws -> RouteQuery { try Self.routeQuery(queryPairs()) }

    /// The route planner's query from pairs already read.
    static func routeQuery(_ pairs: [(name: String, value: String)]) throws -> RouteQuery {
        var query = RouteQuery()
        for (name, rawValue) in pairs {
            let value = rawValue.trimmingCharacters(in: .whitespaces)
            switch name {
            case "from": query.from = value.isEmpty ? nil : value
            case "to": query.to = value.isEmpty ? nil : value
            case "optimise", "optimize":
                guard !value.isEmpty else { continue }
                guard let objective = RouteFinder.Objective(rawValue: value) else {
                    throw WorkforceError.unknownFilterValue(
                        parameter: "optimise", value: value, allowed: RouteFinder.Objective.allCases.map(\.rawValue)
                    )
                }
                query.objective = objective
            case "months-in-role":
                guard !value.isEmpty else { continue }
                guard let months = Int(value), (0...600).contains(months) else {
                    throw WorkforceError.invalidNumber(
                        parameter: "months-in-role", value: value, expected: "a whole number of months from 0 to 600"
                    )
                }
                query.monthsInRole = months
            default:
                throw WorkforceError.unknownFilterValue(
                    parameter: "the query", value: name, allowed: ["from", "to", "optimise", "months-in-role"]
                )
            }
        }
        return query
    }
}

extension Request {
    /// For addresses that take no query: a stray parameter is a mistake worth telling the caller about.
    func rejectQuery() throws {
        if let first = try queryPairs().first {
            throw AppError(
                status: .badRequest, title: "Unexpected query parameter",
                detail:
                    "\(uri.path) takes no query parameters, but \"\(first.name)\" was given. Remove it and try again."
            )
        }
    }
}
