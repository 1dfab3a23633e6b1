/// Up to five roles someone keeps to look at again, held in a cookie on their device (no account). Read from the
/// cookie strictly: unknown or repeated ids are dropped, and never more than five are kept.
public struct Shortlist: Hashable, Sendable {
    public static let limit = 5
    public private(set) var roles: [Role.ID]

    public init(cookie: String?, known: Set<Role.ID>) {
        var roles: [Role.ID] = []
        for part in (cookie ?? "").split(separator: ".") where roles.count < Self.limit {
            let id = Role.ID(rawValue: String(part))
            if known.contains(id), !roles.contains(id) { roles.append(id) }
        }
        self.roles = roles
    }

    public enum Change: String, Sendable, CaseIterable {
        case add, remove
    }

    /// What went wrong with a change, for the page to say.
    public enum Problem: Error, Hashable, Sendable {
        case full
        case unknownRole
    }

    /// Adds or removes `role`; adding a role already there changes nothing.
    public mutating func apply(_ change: Change, _ role: Role.ID, known: Set<Role.ID>) throws(Problem) {
        guard known.contains(role) else { throw .unknownRole }
        switch change {
        case .add:
            guard !roles.contains(role) else { return }
            guard roles.count < Self.limit else { throw .full }
            roles.append(role)
        case .remove:
            roles.removeAll { $0 == role }
        }
    }

    /// The cookie's value: the ids joined by dots (ids are letters, digits and dashes, so nothing needs escaping).
    public var cookieValue: String { roles.map(\.rawValue).joined(separator: ".") }
}
