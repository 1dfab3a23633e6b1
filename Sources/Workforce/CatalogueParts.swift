/// One of the four groups of the psychological professions taxonomy.
public struct RoleGroup: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<RoleGroup>

    public var id: ID
    public var name: String
    public var description: String
    public var sources: [Source.ID]

    public init(id: ID, name: String, description: String, sources: [Source.ID]) {
        self.id = id
        self.name = name
        self.description = description
        self.sources = sources
    }
}

/// Where a person starts from ("psychology graduate", "other graduate", …) and what it opens.
public struct EntryPoint: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<EntryPoint>

    public var id: ID
    public var label: String
    public var description: String
    /// `true`: seen among the Psychological Professions Network careers map's characters; `nil`: not verified.
    public var ppnCharacter: Bool?
    /// Roles open now, as a salaried trainee or an employee.
    public var directRoles: [Role.ID]
    /// Roles open only after further training.
    public var trainingRoutes: [Role.ID]
    /// Further steps in plain words, such as a conversion course.
    public var notes: [String]
    public var sources: [Source.ID]
    public var uncertain: [String]

    public init(
        id: ID, label: String, description: String, ppnCharacter: Bool?, directRoles: [Role.ID],
        trainingRoutes: [Role.ID], notes: [String], sources: [Source.ID], uncertain: [String]
    ) {
        self.id = id
        self.label = label
        self.description = description
        self.ppnCharacter = ppnCharacter
        self.directRoles = directRoles
        self.trainingRoutes = trainingRoutes
        self.notes = notes
        self.sources = sources
        self.uncertain = uncertain
    }
}

/// A published source: a web page, with its publisher and, where known, its date.
public struct Source: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Source>

    public var id: ID
    /// The publisher's own page.
    public var url: String
    public var publisher: String
    public var title: String?
    /// When the page was published or last updated, as precise as the page says: "2023", "2023-01" or
    /// "2023-01-27"; `nil` when it does not say.
    public var date: String?
    /// How the date was found, e.g. "taken from the page address".
    public var dateBasis: String?
    /// The day someone last read the page and found that it still says what the facts citing it say; nil
    /// when nobody has checked it.
    public var checked: CalendarDay?
    /// How it was checked, or why it was not.
    public var checkedNote: String?
    /// Why this is not the publisher's own page, when no primary source could be found; nil for a primary
    /// source.
    public var secondary: String?

    public init(
        id: ID, url: String, publisher: String, title: String?, date: String?, dateBasis: String?,
        checked: CalendarDay? = nil, checkedNote: String? = nil, secondary: String? = nil
    ) {
        self.id = id
        self.url = url
        self.publisher = publisher
        self.title = title
        self.date = date
        self.dateBasis = dateBasis
        self.checked = checked
        self.checkedNote = checkedNote
        self.secondary = secondary
    }

    /// "2023-01-27 (taken from the page address)" or "No date given".
    public var dateLabel: String {
        guard let date else { return "No date given" }
        guard let dateBasis else { return date }
        return "\(date) (\(dateBasis))"
    }

    /// "Checked 4 December 2026" or "Not checked".
    public var checkedLabel: String { checked.map { "Checked \($0.text)" } ?? "Not checked" }
}

/// A rule that applies across roles, such as the two-year funding rule.
public struct Rule: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Rule>

    public var id: ID
    public var name: String
    public var text: String
    public var sources: [Source.ID]

    public init(id: ID, name: String, text: String, sources: [Source.ID]) {
        self.id = id
        self.name = name
        self.text = text
        self.sources = sources
    }
}

/// A workforce figure shown with its source and what kind of number it is.
public struct Figure: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Figure>

    public var id: ID
    public var label: String
    public var value: String
    /// "official statistic", "plan target", "derived", …
    public var kind: String
    public var sources: [Source.ID]

    public init(id: ID, label: String, value: String, kind: String, sources: [Source.ID]) {
        self.id = id
        self.label = label
        self.value = value
        self.kind = kind
        self.sources = sources
    }
}

/// One entry of the catalogue's changelog: what changed in a version, why, and on whose word.
public struct CatalogueChange: Hashable, Sendable, Codable {
    public var version: String
    public var date: CalendarDay
    public var summary: String
    public var reason: String
    public var sources: [Source.ID]

    public init(version: String, date: CalendarDay, summary: String, reason: String, sources: [Source.ID]) {
        self.version = version
        self.date = date
        self.summary = summary
        self.reason = reason
        self.sources = sources
    }
}
