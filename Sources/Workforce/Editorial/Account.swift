/// Someone who keeps the facts true: an administrator, an editor or a reviewer.
public struct Account: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<Account>

    public enum Role: String, Hashable, Sendable, CaseIterable, Comparable {
        /// Manages accounts, and may edit and review.
        case administrator
        /// Proposes changes to facts.
        case editor
        /// Approves or returns other people's changes.
        case reviewer

        /// "an administrator".
        public var withArticle: String { self == .administrator ? "an administrator" : "an \(rawValue)" }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Reads "admin" as well as the full names, as people type them on the command line.
        public init?(text: String) {
            switch text.lowercased() {
            case "admin", "administrator": self = .administrator
            case "editor": self = .editor
            case "reviewer": self = .reviewer
            default: return nil
            }
        }
    }

    public var id: ID
    /// Lower-cased, as the account was created.
    public var email: String
    public var role: Role
    public var disabled: Bool
    public var createdAt: String

    public init(id: ID, email: String, role: Role, disabled: Bool, createdAt: String) {
        self.id = id
        self.email = email
        self.role = role
        self.disabled = disabled
        self.createdAt = createdAt
    }

    /// Checks an address as an account name: one @, something either side, no spaces, at most 254 characters.
    /// Returns it lower-cased, or nil.
    public static func normalisedEmail(_ text: String) -> String? {
        let email = text.trimmingSpaces.lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            email.allSatisfy({ $0.isASCII && !$0.isWhitespace && !$0.isNewline })
        else { return nil }
        return email
    }

    /// Why a new password is not good enough, or nil. Long enough to resist guessing; no other rules, as the
    /// NCSC advises.
    public static func passwordProblem(_ password: String) -> String? {
        if password.count < 12 { return "Use a password of at least 12 characters." }
        if password.utf8.count > 72 {
            return "Use a password of at most 72 bytes (a longer one would be cut short by the hashing)."
        }
        return nil
    }
}
