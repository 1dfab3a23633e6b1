import Foundation
import SQLKit
import Workforce

/// What loading the bundled catalogue did.
public enum CatalogueInstallOutcome: Hashable, Sendable, CustomStringConvertible {
    case installed(CatalogueStamp)
    case updated(from: CatalogueStamp, to: CatalogueStamp)
    case unchanged(CatalogueStamp)

    public var description: String {
        switch self {
        case .installed(let stamp): "Loaded catalogue \(stamp) into an empty database."
        case .updated(let old, let new): "Updated the catalogue from \(old) to \(new)."
        case .unchanged(let stamp): "The catalogue \(stamp) is already loaded; nothing to do."
        }
    }
}

extension Store {
    /// The stamp of the catalogue in the database, or `nil` if none is loaded yet.
    public func catalogueStamp() async throws -> CatalogueStamp? {
        try await withConnection { db in try await Store.stamp(in: db) }
    }

    private static func stamp(in db: any SQLDatabase) async throws -> CatalogueStamp? {
        guard
            let row = try await db.select().columns("version", "checksum").from("catalogue_state")
                .where("id", .equal, SQLBind("bundled")).first()
        else { return nil }
        return CatalogueStamp(
            version: try row.decode(column: "version", as: String.self),
            checksum: try row.decode(column: "checksum", as: String.self)
        )
    }

    /// Replaces the catalogue in the database with `catalogue` unless the same version, or a later revision
    /// (`revision` counts published edits), is already there. Runs in one transaction: a failure leaves the
    /// previous catalogue untouched.
    public func install(_ catalogue: Catalogue, revision: Int = 0) async throws -> CatalogueInstallOutcome {
        try await withWriteTransaction(patience: .seconds(120)) { db in
            let previous = try await Store.stamp(in: db)
            if previous == catalogue.stamp { return .unchanged(catalogue.stamp) }
            if let previous, try await Store.installedRevision(in: db) > revision { return .unchanged(previous) }
            for table in [
                "role_groups", "roles", "entry_points", "rules", "figures", "career_routes", "pay_scales", "sources",
                "service_models", "team_parameters", "projection_defaults", "nhs_regions", "catalogue_changes",
                "voices", "employer_resources", "catalogue_state",
            ] {
                try await db.delete(from: table).run()
            }
            let encoder = Store.jsonEncoder
            for (position, group) in catalogue.groups.enumerated() {
                try await db.insert(into: "role_groups")
                    .model(GroupRow(group, position: position, encoder: encoder)).run()
            }
            for role in catalogue.roles {
                try await db.insert(into: "roles").model(try RoleRow(role, encoder: encoder)).run()
            }
            func insertDocuments<T: Encodable>(_ table: String, _ items: [T], id: (T) -> String) async throws {
                for (position, item) in items.enumerated() {
                    let details = String(decoding: try encoder.encode(item), as: UTF8.self)
                    try await db.insert(into: table)
                        .model(DocumentRow(id: id(item), position: position, details: details)).run()
                }
            }
            try await insertDocuments("entry_points", catalogue.entryPoints) { $0.id.rawValue }
            try await insertDocuments("rules", catalogue.rules) { $0.id.rawValue }
            try await insertDocuments("figures", catalogue.figures) { $0.id.rawValue }
            try await insertDocuments("career_routes", catalogue.routes) { $0.id.rawValue }
            try await insertDocuments("pay_scales", catalogue.payScales) { $0.name }
            try await insertDocuments("service_models", catalogue.serviceModels) { $0.id.rawValue }
            try await insertDocuments("team_parameters", [catalogue.teamParameters].compactMap { $0 }) { _ in "shared" }
            try await insertDocuments("projection_defaults", [catalogue.projection].compactMap { $0 }) { _ in "national"
            }
            try await insertDocuments("nhs_regions", [catalogue.regions].compactMap { $0 }) { _ in "england" }
            try await insertDocuments("catalogue_changes", catalogue.changes) { "\($0.version) \($0.date)" }
            try await insertDocuments("voices", catalogue.voices) { $0.id.rawValue }
            let resources = catalogue.introductions.sorted { $0.key < $1.key }.map(RoleResources.init)
            try await insertDocuments("employer_resources", resources) { $0.role.rawValue }
            for source in catalogue.sources {
                try await db.insert(into: "sources").model(SourceRow(source)).run()
            }
            try await db.insert(into: "catalogue_state")
                .columns("id", "version", "checksum", "loaded_at", "revision")
                .values(
                    SQLBind("bundled"), SQLBind(catalogue.stamp.version), SQLBind(catalogue.stamp.checksum),
                    SQLBind(Store.timestamp()), SQLBind(revision)
                )
                .run()
            guard let previous else { return .installed(catalogue.stamp) }
            return .updated(from: previous, to: catalogue.stamp)
        }
    }

    private static func installedRevision(in db: any SQLDatabase) async throws -> Int {
        try await db.select().column("revision").from("catalogue_state").where("id", .equal, SQLBind("bundled"))
            .first().map { try $0.decode(column: "revision", as: Int.self) } ?? 0
    }

    /// The whole catalogue as the database holds it.
    public func catalogue() async throws -> Catalogue {
        try await withConnection { db in
            guard let stamp = try await Store.stamp(in: db) else { throw StoreError.notMigrated }
            let decoder = JSONDecoder()
            let groups = try await db.select().column("*").from("role_groups").orderBy("position")
                .all(decoding: GroupRow.self).map { try $0.group(decoder: decoder) }
            let roles = try await db.select().column("*").from("roles").orderBy("position")
                .all(decoding: RoleRow.self).map { try $0.role(decoder: decoder) }
            func documents<T: Decodable>(_ table: String, as type: T.Type) async throws -> [T] {
                try await db.select().column("*").from(table).orderBy("position")
                    .all(decoding: DocumentRow.self).map { try $0.decode(T.self, table: table, decoder: decoder) }
            }
            let entryPoints = try await documents("entry_points", as: EntryPoint.self)
            let rules = try await documents("rules", as: Rule.self)
            let figures = try await documents("figures", as: Figure.self)
            let routes = try await documents("career_routes", as: CareerRoute.self)
            let payScales = try await documents("pay_scales", as: PayScale.self)
            let serviceModels = try await documents("service_models", as: ServiceModel.self)
            let teamParameters = try await documents("team_parameters", as: TeamParameters.self).first
            let projection = try await documents("projection_defaults", as: ProjectionDefaults.self).first
            let regions = try await documents("nhs_regions", as: RegionsData.self).first
            let sources = try await db.select().column("*").from("sources").orderBy("id")
                .all(decoding: SourceRow.self).map(\.source)
            let changes = try await documents("catalogue_changes", as: CatalogueChange.self)
            var catalogue = Catalogue(
                stamp: stamp, groups: groups, roles: roles, entryPoints: entryPoints, rules: rules, figures: figures,
                sources: sources, routes: routes, payScales: payScales, serviceModels: serviceModels,
                teamParameters: teamParameters, projection: projection, regions: regions
            )
            catalogue.changes = changes
            catalogue.voices = try await documents("voices", as: Voice.self)
            for item in try await documents("employer_resources", as: RoleResources.self) {
                catalogue.introductions[item.role] = item.resources
            }
            return catalogue
        }
    }

    static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

// Private row shapes: the domain types know nothing of columns.

private struct GroupRow: Codable {
    var id: String
    var position: Int
    var name: String
    var details: String

    init(_ group: RoleGroup, position: Int, encoder: JSONEncoder) throws {
        id = group.id.rawValue
        self.position = position
        name = group.name
        details = String(decoding: try encoder.encode(group), as: UTF8.self)
    }

    func group(decoder: JSONDecoder) throws -> RoleGroup {
        try decodeDetails(details, as: RoleGroup.self, table: "role_groups", id: id, decoder: decoder)
    }
}

private struct RoleRow: Codable {
    var id: String
    var position: Int
    var group_id: String
    var name: String
    var abbreviation: String?
    var training_months: Int?
    var training_salaried: Int?
    var band_qualified: String?
    var introduced: Int?
    var details: String

    init(_ role: Role, encoder: JSONEncoder) throws {
        id = role.id.rawValue
        position = role.position
        group_id = role.group.rawValue
        name = role.name
        abbreviation = role.abbreviation
        training_months = role.training.months
        training_salaried = role.training.salaried.map { $0 ? 1 : 0 }
        band_qualified = role.bands.qualified?.text
        introduced = role.introduced
        details = String(decoding: try encoder.encode(role), as: UTF8.self)
    }

    func role(decoder: JSONDecoder) throws -> Role {
        try decodeDetails(details, as: Role.self, table: "roles", id: id, decoder: decoder)
    }
}

private struct DocumentRow: Codable {
    var id: String
    var position: Int
    var details: String

    func decode<T: Decodable>(_ type: T.Type, table: String, decoder: JSONDecoder) throws -> T {
        try decodeDetails(details, as: type, table: table, id: id, decoder: decoder)
    }
}

private struct SourceRow: Codable {
    var id: String
    var url: String
    var publisher: String
    var title: String?
    var source_date: String?
    var date_basis: String?
    var checked: String?
    var checked_note: String?
    var secondary: String?

    init(_ source: Source) {
        id = source.id.rawValue
        url = source.url
        publisher = source.publisher
        title = source.title
        source_date = source.date
        date_basis = source.dateBasis
        checked = source.checked?.description
        checked_note = source.checkedNote
        secondary = source.secondary
    }

    var source: Source {
        Source(
            id: .init(rawValue: id), url: url, publisher: publisher, title: title, date: source_date,
            dateBasis: date_basis, checked: checked.flatMap(CalendarDay.init), checkedNote: checked_note,
            secondary: secondary)
    }
}

private func decodeDetails<T: Decodable>(
    _ details: String, as type: T.Type, table: String, id: String, decoder: JSONDecoder
) throws -> T {
    do {
        return try decoder.decode(type, from: Data(details.utf8))
    } catch {
        throw StoreError.corruptRow(table: table, id: id, reason: String(describing: error))
    }
}

/// One role's employers' resources, as a row of employer_resources holds them.
struct RoleResources: Codable {
    var role: Role.ID
    var resources: EmployerResources

    init(_ entry: (key: Role.ID, value: EmployerResources)) {
        role = entry.key
        resources = entry.value
    }
}
