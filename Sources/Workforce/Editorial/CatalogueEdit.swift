import Foundation

/// Where a fact lives in the catalogue's files: a file and a path inside it, written
/// `roles/01-clinical-psychologist.yaml#bands` or `figures.yaml#figures[workforce-2023]` (an item of a list
/// found by its `id`) or `pay-scales.yaml#payScales[#1]` (an item of a list without ids, by place).
public struct FactAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Step: Hashable, Sendable {
        case key(String)
        /// The item of a list whose `id` is this.
        case item(String)
        /// The item at this place in a list whose items have no `id`.
        case index(Int)
    }

    public var file: String
    public var path: [Step]

    public init(file: String, path: [Step]) {
        self.file = file
        self.path = path
    }

    /// Reads an address as written by `description`; nil for anything else (an unknown fact id in a form or a
    /// link is answered with a 404 by the caller).
    public init?(_ text: String) {
        guard text.utf8.count <= 300, let hash = text.firstIndex(of: "#") else { return nil }
        let file = String(text[..<hash])
        guard Self.isFileName(file) else { return nil }
        var steps: [Step] = []
        var rest = Substring(text[text.index(after: hash)...])
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                if inner.first == "#" {
                    guard let place = Int(inner.dropFirst()), place >= 0, place < 10_000 else { return nil }
                    steps.append(.index(place))
                } else {
                    guard Self.isName(inner) else { return nil }
                    steps.append(.item(String(inner)))
                }
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.first == "." {
                    guard !steps.isEmpty else { return nil }
                    rest = rest.dropFirst()
                }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let key = rest[..<end]
                guard Self.isName(key) else { return nil }
                steps.append(.key(String(key)))
                rest = rest[end...]
            }
        }
        guard !steps.isEmpty, case .key = steps[0] else { return nil }
        self.init(file: file, path: steps)
    }

    public var description: String {
        var text = file + "#"
        for (place, step) in path.enumerated() {
            switch step {
            case .key(let key): text += (place == 0 ? "" : ".") + key
            case .item(let id): text += "[\(id)]"
            case .index(let index): text += "[#\(index)]"
            }
        }
        return text
    }

    /// The sourced field of a role that this address names (`roles/…yaml#bands`, one of `Fact`): its sources and
    /// uncertainty live beside it, under the role's `sources` and `uncertain`, and are edited with it.
    public var roleField: String? {
        guard file.hasPrefix("roles/"), path.count == 1, case .key(let key) = path[0], Fact(rawValue: key) != nil
        else { return nil }
        return key
    }

    /// The path inside the file, as the loader names fields (`figures[workforce-2023]`).
    public var field: String {
        String(description.dropFirst(file.count + 1))
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    /// A catalogue file's name: letters, digits, dashes, underscores, dots and one folder, ending in .yaml.
    static func isFileName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") && !name.contains("..") && !name.hasPrefix("/") && name.utf8.count <= 120
            && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_./".contains($0) }
    }

    /// A key or an id: letters, digits and `-_/:` (pay years are written 2026/27).
    public static func isName<S: StringProtocol>(_ name: S) -> Bool {
        !name.isEmpty && name.utf8.count <= 120
            && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_/:".contains($0) }
    }
}

/// A fact's value as an editor sees and sets it: the value itself (YAML, or plain text for a single value), the
/// sources it rests on, and the note on what about it is uncertain.
public struct FactValue: Hashable, Sendable {
    public var value: String
    /// True when `value` is a single value (text or number) rather than YAML.
    public var isText: Bool
    public var sources: [Source.ID]
    /// Whether the fact carries its own sources (a role's field, or an entry with `sources`).
    public var carriesSources: Bool
    public var uncertainty: String?

    public init(value: String, isText: Bool, sources: [Source.ID], carriesSources: Bool, uncertainty: String?) {
        self.value = value
        self.isText = isText
        self.sources = sources
        self.carriesSources = carriesSources
        self.uncertainty = uncertainty
    }

    /// One text that changes whenever any part does: what conflicts and history compare.
    public var snapshot: String {
        value + "\n--- sources: " + sources.map(\.rawValue).joined(separator: ", ") + "\n--- uncertain: "
            + (uncertainty ?? "")
    }
}

/// A change to one fact, from draft to review to publication. Approval gives it the next catalogue revision; a
/// reverted change is undone by a new change (kind `revert`) that goes through review in the same way.
public struct CatalogueEdit: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<CatalogueEdit>

    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// Waiting for a reviewer.
        case waiting
        /// Sent back to its author with a comment.
        case returned
        case published
        /// Taken back by its author before review.
        case withdrawn
        /// Published, then set aside when editors took a newer bundled catalogue's value instead.
        case superseded

        /// Still open: its fact cannot take another draft until it is published, withdrawn or superseded.
        public var isOpen: Bool { self == .waiting || self == .returned }

        public var label: String {
            switch self {
            case .waiting: "waiting for review"
            case .returned: "returned to its author"
            case .published: "published"
            case .withdrawn: "withdrawn"
            case .superseded: "set aside for the bundled value"
            }
        }
    }

    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case change, revert
        /// Editors took a newer bundled catalogue's value over their own change.
        case bundle
    }

    public var id: ID
    public var fact: FactAddress
    public var kind: Kind
    public var proposed: FactValue
    /// The fact as published when the draft was made; nil when the draft adds a new fact.
    public var before: FactValue?
    /// The day the editor read the sources and found they say so.
    public var checked: CalendarDay
    public var reason: String
    public var author: String
    public var createdAt: String
    public var updatedAt: String
    public var status: Status
    /// Raised by every save, review and resolution: a form that carries an older one is stale.
    public var version: Int
    /// The fact's latest published revision when the draft was made (0: none since the bundle).
    public var basedOn: Int
    public var revision: Int?
    public var publishedAt: String?
    public var reviewer: String?
    public var reviewComment: String?
    /// The bundled catalogue's value of the fact when this change was published (nil: the bundle lacks the fact).
    public var bundleValue: String?
    /// A newer bundled catalogue's value of the fact, when it differs from `bundleValue`: a conflict to resolve.
    public var conflict: String?

    public init(
        id: ID, fact: FactAddress, kind: Kind, proposed: FactValue, before: FactValue?, checked: CalendarDay,
        reason: String, author: String, createdAt: String, updatedAt: String, status: Status, version: Int,
        basedOn: Int, revision: Int? = nil, publishedAt: String? = nil, reviewer: String? = nil,
        reviewComment: String? = nil, bundleValue: String? = nil, conflict: String? = nil
    ) {
        self.id = id
        self.fact = fact
        self.kind = kind
        self.proposed = proposed
        self.before = before
        self.checked = checked
        self.reason = reason
        self.author = author
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.status = status
        self.version = version
        self.basedOn = basedOn
        self.revision = revision
        self.publishedAt = publishedAt
        self.reviewer = reviewer
        self.reviewComment = reviewComment
        self.bundleValue = bundleValue
        self.conflict = conflict
    }

    /// The fields of the edit form.
    public enum FormField {
        public static let fact = "fact"
        public static let value = "value"
        public static let sources = "sources"
        public static let uncertainty = "uncertainty"
        public static let checked = "checked"
        public static let reason = "reason"
        public static let basedOn = "based-on"
        public static let draft = "draft"
        public static let version = "version"
        public static let comment = "comment"
    }

    public static let maximumValue = 20_000
    public static let maximumReason = 2_000

    /// A field of the edit form that cannot be taken, and why.
    public struct FormError: Error, Hashable, Sendable {
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    /// What the edit form says, checked field by field: the loader checks the value itself once it is applied.
    public struct Proposal: Hashable, Sendable {
        public var value: FactValue
        public var checked: CalendarDay
        public var reason: String
    }

    /// Reads the edit form. `current` is the fact as published (nil for a new fact); `today` bounds the checked
    /// date, which cannot be in the future.
    public static func read(form values: [String: String], current: FactValue?, today: CalendarDay) throws(FormError)
        -> Proposal
    {
        func fail(_ field: String, _ message: String) -> FormError { FormError(field: field, message: message) }
        let value = (values[FormField.value] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw fail(FormField.value, "Enter the new value.")
        }
        guard value.count <= maximumValue else {
            throw fail(FormField.value, "The value must be \(maximumValue) characters or fewer.")
        }
        let carriesSources = current?.carriesSources ?? false
        let sourceWords = (values[FormField.sources] ?? "").split { $0 == "," || $0.isWhitespace }.map(String.init)
        guard sourceWords.count <= 30 else { throw fail(FormField.sources, "List 30 sources or fewer.") }
        if let bad = sourceWords.first(where: { !FactAddress.isName($0) }) {
            throw fail(
                FormField.sources,
                "\"\(bad.prefix(40))\" is not a source id: use the ids on the sources page, separated by commas.")
        }
        if carriesSources && sourceWords.isEmpty {
            throw fail(FormField.sources, "Name at least one source for this fact: every fact needs a source.")
        }
        let uncertainty = (values[FormField.uncertainty] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard uncertainty.count <= maximumReason else {
            throw fail(FormField.uncertainty, "The note must be \(maximumReason) characters or fewer.")
        }
        guard let checked = CalendarDay(values[FormField.checked]?.trimmingCharacters(in: .whitespaces) ?? "") else {
            throw fail(FormField.checked, "Enter the day you checked the sources, as YYYY-MM-DD.")
        }
        guard checked <= today else {
            throw fail(
                FormField.checked, "The day you checked the sources cannot be in the future (today is \(today)).")
        }
        let reason = (values[FormField.reason] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw fail(FormField.reason, "Say why the fact should change.") }
        guard reason.count <= maximumReason else {
            throw fail(FormField.reason, "The reason must be \(maximumReason) characters or fewer.")
        }
        return Proposal(
            value: FactValue(
                value: value, isText: current?.isText ?? !value.contains("\n"),
                sources: sourceWords.map { Source.ID(rawValue: $0) }, carriesSources: carriesSources,
                uncertainty: uncertainty.isEmpty ? nil : uncertainty),
            checked: checked, reason: reason)
    }
}
