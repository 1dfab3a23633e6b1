/// Someone's report that a fact on a role page is wrong: which fact, what is wrong, and their source if they
/// have one. Anyone may send one; editors resolve it.
public struct ProblemReport: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<ProblemReport>

    public enum Status: String, Hashable, Sendable, CaseIterable {
        case open, fixed, declined
    }

    public var id: ID
    public var role: Role.ID
    public var fact: Fact
    public var text: String
    public var source: String?
    public var createdAt: String
    public var status: Status
    /// What the editor did, or why they declined.
    public var resolution: String?
    public var resolvedBy: String?

    public init(
        id: ID, role: Role.ID, fact: Fact, text: String, source: String?, createdAt: String, status: Status,
        resolution: String? = nil, resolvedBy: String? = nil
    ) {
        self.id = id
        self.role = role
        self.fact = fact
        self.text = text
        self.source = source
        self.createdAt = createdAt
        self.status = status
        self.resolution = resolution
        self.resolvedBy = resolvedBy
    }

    public static let maximumText = 2_000
    public static let maximumSource = 500

    /// The form's fields.
    public enum FormField {
        public static let fact = "fact"
        public static let text = "what-is-wrong"
        public static let source = "source"
        public static let outcome = "outcome"
        public static let resolution = "resolution"
    }

    /// A field of the form that cannot be taken, and why.
    public struct FormError: Error, Hashable, Sendable {
        public var field: String
        public var message: String
    }

    /// Reads a report from the role page's form; the error names the field.
    public static func read(form values: [String: String]) throws(FormError) -> (
        fact: Fact, text: String, source: String?
    ) {
        func fail(_ field: String, _ message: String) -> FormError { FormError(field: field, message: message) }
        guard let fact = values[FormField.fact].flatMap(Fact.init(rawValue:)) else {
            throw fail(FormField.fact, "Choose the fact that is wrong.")
        }
        let text = (values[FormField.text] ?? "").trimmingSpaces
        guard !text.isEmpty else { throw fail(FormField.text, "Say what is wrong, in a sentence or two.") }
        guard text.count <= maximumText else {
            throw fail(FormField.text, "Keep it to \(maximumText) characters; you wrote \(text.count).")
        }
        let source = (values[FormField.source] ?? "").trimmingSpaces
        guard source.count <= maximumSource else {
            throw fail(FormField.source, "Give an address of at most \(maximumSource) characters.")
        }
        if !source.isEmpty, !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
            throw fail(FormField.source, "Give the source's web address, starting https://, or leave it blank.")
        }
        return (fact, text, source.isEmpty ? nil : source)
    }
}
