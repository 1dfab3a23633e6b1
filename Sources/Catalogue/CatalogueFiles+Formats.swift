import Workforce

// The shapes of the YAML files. They are separate from the domain types so that the file format can
// change without touching the domain, and so that field names in errors are the ones editors see.

struct CatalogueFile: Decodable {
    var version: String
    var title: String
}

struct GroupsFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var name: String
        var description: String
        var sources: [Source.ID]
        var group: RoleGroup {
            RoleGroup(id: .init(rawValue: id), name: name, description: description, sources: sources)
        }
    }
    var groups: [Entry]
}

struct SourcesFile: Decodable {
    struct Entry: Decodable {
        /// `checked` as written: a date, or the words "not checked"; a source without it is refused.
        struct Checked: Decodable {
            var day: CalendarDay?

            init(from decoder: any Decoder) throws {
                let text = try decoder.singleValueContainer().decode(String.self)
                if text == "not checked" { return }
                guard let day = CalendarDay(text) else {
                    throw DecodingError.dataCorrupted(
                        .init(
                            codingPath: decoder.codingPath,
                            debugDescription:
                                "must be the day someone read the page (YYYY-MM-DD) or \"not checked\"; got \"\(text)\""
                        ))
                }
                self.day = day
            }
        }
        var url: String
        var publisher: String
        var title: String?
        var date: String?
        var dateBasis: String?
        var checked: Checked
        var checkedNote: String?
        var secondary: String?
        func source(id: Source.ID) -> Source {
            Source(
                id: id, url: url, publisher: publisher, title: title, date: date, dateBasis: dateBasis,
                checked: checked.day, checkedNote: checkedNote, secondary: secondary)
        }
    }
    var sources: [String: Entry]
}

struct EntryPointsFile: Decodable {
    struct Entry: Decodable {
        struct Uncertain: Decodable {
            var fact: String
            var detail: String
        }
        var id: String
        var label: String
        var description: String
        var ppnCharacter: Bool?
        var directRoles: [Role.ID]
        var trainingRoutes: [Role.ID]
        var notes: [String]
        var sources: [Source.ID]
        var uncertain: [Uncertain]
        var entryPoint: EntryPoint {
            EntryPoint(
                id: .init(rawValue: id), label: label, description: description, ppnCharacter: ppnCharacter,
                directRoles: directRoles, trainingRoutes: trainingRoutes, notes: notes,
                sources: sources, uncertain: uncertain.map(\.detail)
            )
        }
    }
    var entryPoints: [Entry]
}

struct RulesFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var name: String
        var text: String
        var sources: [Source.ID]
        var rule: Rule { Rule(id: .init(rawValue: id), name: name, text: text, sources: sources) }
    }
    var rules: [Entry]
}

struct FiguresFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var label: String
        var value: String
        var kind: String
        var sources: [Source.ID]
        var figure: Figure {
            Figure(id: .init(rawValue: id), label: label, value: value, kind: kind, sources: sources)
        }
    }
    var figures: [Entry]
}

struct RoleFile: Decodable {
    struct TrainingEntry: Decodable {
        var programme: String
        var level: String?
        var months: Int?
        var salaried: Bool?
        var providers: [String]
    }
    struct BandsEntry: Decodable {
        var trainee: BandRange?
        var qualified: BandRange?
        var progression: [Band]
    }
    struct IntakeEntry: Decodable {
        var label: String
        var value: IntakeValue
    }
    /// Numbers are written bare in YAML and words in quotes; both are shown as text.
    struct IntakeValue: Decodable {
        var text: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                text = number.groupedWithCommas
            } else {
                text = try container.decode(String.self)
            }
        }
    }

    var id: String
    var name: String
    var abbreviation: String?
    var group: String
    var position: Int
    var leadership: Leadership
    var summary: String
    var ages: AgeRange?
    var settings: [Setting]
    var entryRequirements: [String]
    var training: TrainingEntry
    var registration: [String]
    var bands: BandsEntry
    var capabilities: [String]
    var supervisedBy: [Role.ID]
    var progression: [Progression]
    var introduced: Int?
    var intake: [IntakeEntry]
    var notes: [String]
    var uncertain: [Uncertainty]
    var sources: [Fact: [Source.ID]]
    var unsourced: [Fact]?
    var furtherSources: [Source.ID]

    var role: Role {
        Role(
            id: .init(rawValue: id), name: name, abbreviation: abbreviation, group: .init(rawValue: group),
            position: position,
            leadership: leadership, summary: summary, ages: ages, settings: settings,
            entryRequirements: entryRequirements,
            training: Training(
                programme: training.programme, level: training.level, months: training.months,
                salaried: training.salaried, providers: training.providers
            ),
            registration: registration,
            bands: Bands(trainee: bands.trainee, qualified: bands.qualified, progression: bands.progression),
            capabilities: capabilities, supervisedBy: supervisedBy, progression: progression,
            introduced: introduced, intake: intake.map { IntakeFigure(label: $0.label, value: $0.value.text) },
            notes: notes, uncertain: uncertain, factSources: sources,
            unsourced: Set(unsourced ?? []), furtherSources: furtherSources
        )
    }
}

struct RoutesFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var from: String
        var to: String
        var step: String
        var months: Int
        var mode: StudyMode
        var funding: Funding
        var level: String?
        var experienceMonths: Int?
        var prerequisites: [String]?
        var nhsFundedTraining: Bool
        var selfFundedMonths: Int?
        var competition: String?
        var applicantsPerPlace: Double?
        var sources: [Source.ID]
        var uncertain: [String]?
        var assumptions: [String]?

        /// `entryPoints` tells an entry point's id from a role's; anything else is read as a role, so that the
        /// catalogue's checks name it as an unknown role.
        func route(entryPoints: Set<String>) -> CareerRoute {
            func place(_ id: String) -> Place {
                entryPoints.contains(id) ? .entryPoint(.init(rawValue: id)) : .role(.init(rawValue: id))
            }
            return CareerRoute(
                id: .init(rawValue: id), from: place(from), to: place(to), step: step, months: months, mode: mode,
                funding: funding, level: level, experienceMonths: experienceMonths ?? 0,
                prerequisites: prerequisites ?? [], nhsFundedTraining: nhsFundedTraining,
                selfFundedMonths: selfFundedMonths, competition: competition, applicantsPerPlace: applicantsPerPlace,
                sources: sources, uncertain: uncertain ?? [], assumptions: assumptions ?? []
            )
        }
    }
    var routes: [Entry]
}

struct PayScalesFile: Decodable {
    var payScales: [PayScale]
}

struct TeamParametersFile: Decodable {
    var teamParameters: TeamParameters
}

struct ProjectionFile: Decodable {
    var projection: ProjectionDefaults
}

struct ChangelogFile: Decodable {
    var changes: [CatalogueChange]
}

/// voices.yaml: short published quotes about the roles.
struct VoicesFile: Decodable {
    var voices: [Voice]
}

/// introducing.yaml: what employers have published about introducing each role, by role id.
struct IntroducingFile: Decodable {
    var roles: [String: EmployerResources]
}
