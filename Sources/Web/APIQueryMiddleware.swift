import Foundation
import Hummingbird

/// What openapi.yaml says each API operation's query may hold: read from the document itself, so that the
/// document stays the one statement of the contract. Generated code ignores parameters it does not know and
/// cannot say clearly which value it could not read; this check runs first and names the parameter.
struct APIQueryContract: Sendable {
    struct Rule: Sendable {
        enum Kind: Sendable { case string, integer, number }
        var kind: Kind = .string
        var allowed: [String]?
        var minimum: Double?
        var maximum: Double?
        var maxLength: Int?
        /// An array parameter, given once for each value.
        var repeats = false
        var required = false
    }

    struct Operation: Sendable {
        var segments: [Substring]
        var method: String
        var rules: [String: Rule]
    }

    let operations: [Operation]

    /// Reads every operation's query parameters from the document (JSON). A document this cannot read is a
    /// packaging fault; `buildApplication` refuses to start with it.
    init(document json: String) throws {
        guard let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let paths = document["paths"] as? [String: Any]
        else { throw OpenAPIDocumentError(reason: "it has no paths") }
        let shared = (document["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        var operations: [Operation] = []
        for (path, item) in paths {
            guard let item = item as? [String: Any] else { continue }
            for (method, operation) in item {
                guard let operation = operation as? [String: Any] else { continue }
                let listed = (item["parameters"] as? [Any] ?? []) + (operation["parameters"] as? [Any] ?? [])
                var rules: [String: Rule] = [:]
                for case let parameter as [String: Any] in listed {
                    let resolved = Self.resolve(parameter, shared: shared)
                    guard resolved["in"] as? String == "query", let name = resolved["name"] as? String else { continue }
                    var rule = Rule(schema: resolved["schema"] as? [String: Any] ?? [:])
                    rule.required = resolved["required"] as? Bool ?? false
                    rules[name] = rule
                }
                operations.append(
                    Operation(segments: path.split(separator: "/"), method: method.uppercased(), rules: rules))
            }
        }
        self.operations = operations
    }

    private static func resolve(_ parameter: [String: Any], shared: [String: Any]) -> [String: Any] {
        guard let reference = parameter["$ref"] as? String,
            let name = reference.split(separator: "/").last,
            let found = shared[String(name)] as? [String: Any]
        else { return parameter }
        return found
    }

    /// The documented operation for a method and path, preferring literal segments over `{parameters}`.
    func operation(method: String, path: String) -> Operation? {
        let parts = path.split(separator: "/")
        let method = method == "HEAD" ? "GET" : method
        return operations.filter { operation in
            operation.method == method && operation.segments.count == parts.count
                && zip(operation.segments, parts).allSatisfy { $0 == $1 || $0.hasPrefix("{") }
        }.max { $0.segments.filter { !$0.hasPrefix("{") }.count < $1.segments.filter { !$0.hasPrefix("{") }.count }
    }

    /// Refuses, with a 400 naming the parameter, a query the operation's document does not allow: an unknown or
    /// repeated parameter (unless it is an array), one with no value, a value outside its enum, range or length,
    /// and a required parameter left out.
    func check(_ pairs: [(name: String, value: String)], for operation: Operation, path: String) throws {
        var seen: Set<String> = []
        for (name, value) in pairs {
            let shownName = String(name.prefix(60))
            guard let rule = operation.rules[name] else {
                let accepted = operation.rules.keys.sorted()
                throw AppError.badQuery(
                    "\"\(shownName)\" is not a query parameter of \(path.shown). "
                        + (accepted.isEmpty
                            ? "This address takes none." : "It takes: \(accepted.joined(separator: ", ")).")
                )
            }
            guard seen.insert(name).inserted || rule.repeats else {
                throw AppError.badQuery("\"\(shownName)\" is given more than once. Give it once.")
            }
            guard !value.isEmpty else {
                throw AppError.badQuery(
                    "\"\(shownName)\" is given with no value. Give it a value, or leave it out for the default.")
            }
            try rule.check(value, name: shownName)
        }
        if let missing = operation.rules.filter({ $0.value.required && !seen.contains($0.key) }).keys.sorted().first {
            throw AppError.badQuery("\(missing) is required: give it in the query.")
        }
    }
}

extension APIQueryContract.Rule {
    init(schema given: [String: Any]) {
        var schema = given
        if schema["type"] as? String == "array" {
            repeats = true
            schema = schema["items"] as? [String: Any] ?? [:]
        }
        switch schema["type"] as? String {
        case "integer": kind = .integer
        case "number": kind = .number
        default: kind = .string
        }
        allowed = (schema["enum"] as? [Any])?.map { "\($0)" }
        minimum = (schema["minimum"] as? NSNumber)?.doubleValue
        maximum = (schema["maximum"] as? NSNumber)?.doubleValue
        maxLength = (schema["maxLength"] as? NSNumber)?.intValue
    }

    func check(_ value: String, name: String) throws {
        let shown = "\"\(value.prefix(40))\(value.count > 40 ? "…" : "")\""
        if let allowed, !allowed.contains(value) {
            throw AppError.badQuery("\(name) must be one of: \(allowed.joined(separator: ", ")); it was \(shown).")
        }
        if let maxLength, value.count > maxLength {
            throw AppError.badQuery("\(name) may be at most \(maxLength) characters; it was \(value.count).")
        }
        let number: Double?
        switch kind {
        case .string: return
        case .integer: number = Int(value).map(Double.init)
        case .number: number = Double(value).flatMap { $0.isFinite ? $0 : nil }
        }
        let range = [minimum.map { "at least \(Self.text($0))" }, maximum.map { "at most \(Self.text($0))" }]
            .compactMap { $0 }.joined(separator: " and ")
        let wanted = (kind == .integer ? "a whole number" : "a number") + (range.isEmpty ? "" : ", \(range)")
        guard let number, minimum.map({ number >= $0 }) ?? true, maximum.map({ number <= $0 }) ?? true else {
            throw AppError.badQuery("\(name) must be \(wanted); it was \(shown).")
        }
    }

    private static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

extension AppError {
    static func badQuery(_ detail: String) -> AppError {
        AppError(status: .badRequest, title: "There is a problem with the query", detail: detail)
    }
}

/// Checks the query of every documented /api/v1 operation against `APIQueryContract` before its handler runs.
struct APIQueryMiddleware<Context: RequestContext>: RouterMiddleware {
    let contract: APIQueryContract

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let path = request.uri.path.routePath
        if path.hasPrefix("/api/"),
            let operation = contract.operation(method: request.method.rawValue, path: path)
        {
            try contract.check(try request.queryPairs(), for: operation, path: path)
        }
        return try await next(request, context)
    }
}
