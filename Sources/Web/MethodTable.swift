import Hummingbird

/// The methods each registered address answers, so that a method it does not take gets 405 with `Allow`
/// (Hummingbird's router answers 404 for a known path with an unknown method).
struct MethodTable: Sendable {
    private let entries: [(segments: [Substring], methods: Set<String>)]

    /// Built from a router's registered routes (`Router.routes`).
    init(routes: [(path: String, method: String)]) {
        var table: [String: Set<String>] = [:]
        for route in routes { table[route.path, default: []].insert(route.method) }
        entries = table.map { path, methods in
            var methods = methods
            if methods.contains("GET") { methods.insert("HEAD") }
            return (path.split(separator: "/"), methods)
        }
    }

    /// The methods `path` answers, sorted; empty when no route has this path.
    func allowed(for path: String) -> [String] {
        let parts = path.split(separator: "/")
        var methods: Set<String> = []
        for entry in entries where entry.segments.count == parts.count {
            let matches = zip(entry.segments, parts).allSatisfy { pattern, part in
                pattern == part || pattern.hasPrefix("{") || pattern.hasPrefix(":") || pattern == "*"
            }
            if matches { methods.formUnion(entry.methods) }
        }
        return methods.sorted()
    }
}

extension String {
    /// The path as the router matches it: empty segments and a trailing slash do not count, so
    /// `//api/v1/designs/` is `/api/v1/designs`. Middleware that picks requests by path must compare this.
    var routePath: String { "/" + split(separator: "/").joined(separator: "/") }

    /// A path or id as it may be echoed in a message: at most 100 characters.
    var shown: String { count > 100 ? String(prefix(100)) + "…" : self }
}
