import Foundation
import Workforce
import Yams

/// Reads the catalogue files (YAML) from a folder, checks them and turns them into a `Catalogue`.
///
/// The files are the editors' source of truth; the database is loaded from them by `skillmix migrate`
/// and on first start.
public enum BundledCatalogue {
    /// The folder of catalogue files shipped inside the app.
    public static var folder: URL {
        get throws(CatalogueError) {
            guard let url = Bundle.module.url(forResource: "catalogue", withExtension: nil) else {
                throw CatalogueError(
                    file: "catalogue", field: nil, message: "the bundled catalogue folder is missing from the app")
            }
            return url
        }
    }

    /// Loads and checks the bundled catalogue.
    public static func load() throws(CatalogueError) -> Catalogue {
        try load(from: folder)
    }

    /// Loads and checks the catalogue in `folder`; the error names the file and the field at fault.
    public static func load(from folder: URL) throws(CatalogueError) -> Catalogue {
        try load(try CatalogueFiles(folder: folder))
    }

    static func load(_ files: CatalogueFiles) throws(CatalogueError) -> Catalogue {
        let header: CatalogueFile = try files.decode("catalogue.yaml")
        let groups: GroupsFile = try files.decode("groups.yaml")
        let sources: SourcesFile = try files.decode("sources.yaml")
        let entryPoints: EntryPointsFile = try files.decode("entry-points.yaml")
        let rules: RulesFile = try files.decode("rules.yaml")
        let figures: FiguresFile = try files.decode("figures.yaml")
        let routes: RoutesFile = try files.decode("routes.yaml")
        let pay: PayScalesFile = try files.decode("pay-scales.yaml")
        let team: TeamParametersFile = try files.decode("team-parameters.yaml")
        let projection: ProjectionFile = try files.decode("projection.yaml")
        let regions: RegionsData = try files.decode("regions.yaml")
        let changelog: ChangelogFile = try files.decode("changelog.yaml")
        let voices: VoicesFile = try files.decode("voices.yaml")
        let introducing: IntroducingFile = try files.decode("introducing.yaml")
        var serviceModels: [ServiceModel] = []
        var serviceModelFiles: [String: String] = [:]
        for name in files.names(in: "service-models") {
            let model: ServiceModel = try files.decode(name)
            serviceModels.append(model)
            serviceModelFiles["service-models/\(model.id).yaml"] = name
        }
        let entryPointIDs = Set(entryPoints.entryPoints.map(\.id))
        var roles: [Role] = []
        var roleFiles: [Role.ID: String] = [:]
        for name in files.names(in: "roles") {
            let file: RoleFile = try files.decode(name)
            roles.append(file.role)
            roleFiles[file.role.id] = name
        }
        var catalogue = Catalogue(
            stamp: CatalogueStamp(version: header.version, checksum: files.checksum),
            groups: groups.groups.map(\.group),
            roles: roles,
            entryPoints: entryPoints.entryPoints.map(\.entryPoint),
            rules: rules.rules.map(\.rule),
            figures: figures.figures.map(\.figure),
            sources: sources.sources.sorted { $0.key < $1.key }.map {
                $0.value.source(id: Source.ID(rawValue: $0.key))
            },
            routes: routes.routes.map { $0.route(entryPoints: entryPointIDs) },
            payScales: pay.payScales,
            serviceModels: serviceModels,
            teamParameters: team.teamParameters,
            projection: projection.projection,
            regions: regions
        )
        catalogue.changes = changelog.changes
        catalogue.voices = voices.voices
        catalogue.introductions = Dictionary(
            uniqueKeysWithValues: introducing.roles.map { (Role.ID(rawValue: $0.key), $0.value) })
        if let problem = catalogue.problems.first {
            throw CatalogueError(problem: problem, roleFiles: roleFiles, otherFiles: serviceModelFiles)
        }
        return catalogue
    }
}

/// A catalogue file that cannot be read or does not hold together.
public struct CatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var field: String?
    public var message: String

    public init(file: String, field: String?, message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    init(problem: CatalogueProblem, roleFiles: [Role.ID: String], otherFiles: [String: String] = [:]) {
        switch problem.place {
        case .role(let id, let field):
            self.init(file: roleFiles[id] ?? "roles/\(id).yaml", field: field, message: problem.message)
        case .entryPoint(let id, let field):
            self.init(file: "entry-points.yaml", field: "\(id).\(field)", message: problem.message)
        case .other(let file, let field):
            self.init(file: otherFiles[file] ?? file, field: field, message: problem.message)
        }
    }

    public var description: String {
        "Catalogue file \(file)\(field.map { ", field \($0)" } ?? ""): \(message)"
    }
}

/// The files of one catalogue folder, read once, with a checksum of their contents.
struct CatalogueFiles {
    private(set) var contents: [String: Data] = [:]

    init(contents: [String: Data]) {
        self.contents = contents
    }

    init(folder: URL) throws(CatalogueError) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw CatalogueError(file: folder.path, field: nil, message: "the catalogue folder cannot be read")
        }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator where url.pathExtension == "yaml" {
            let path = url.standardizedFileURL.path
            let name = String(path.dropFirst(base.count).drop { $0 == "/" })
            do {
                contents[name] = try Data(contentsOf: url)
            } catch {
                throw CatalogueError(file: name, field: nil, message: "cannot be read: \(error.localizedDescription)")
            }
        }
    }

    func names(in subfolder: String) -> [String] {
        contents.keys.filter { $0.hasPrefix(subfolder + "/") }.sorted()
    }

    /// FNV-1a (64-bit) over every file's name and bytes, in name order: it changes whenever any file does.
    /// Written here rather than taken from a crypto package: it detects edits, it does not protect anything.
    var checksum: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        for name in contents.keys.sorted() {
            mix(Array(name.utf8) + [0])
            mix(contents[name] ?? Data())
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    func decode<T: Decodable>(_ name: String) throws(CatalogueError) -> T {
        guard let data = contents[name] else {
            throw CatalogueError(file: name, field: nil, message: "the file is missing from the catalogue folder")
        }
        do {
            return try YAMLDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw CatalogueError(file: name, decodingError: error)
        } catch {
            throw CatalogueError(file: name, field: nil, message: "is not valid YAML: \(error)")
        }
    }
}

extension CatalogueError {
    init(file: String, decodingError: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String? {
            let parts = codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            guard !parts.isEmpty else { return nil }
            return parts.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            self.init(file: file, field: field, message: "is required but missing")
        case .typeMismatch(let type, let context):
            self.init(file: file, field: path(context.codingPath), message: "has the wrong type (expected \(type))")
        case .valueNotFound(let type, let context):
            self.init(file: file, field: path(context.codingPath), message: "is empty (expected \(type))")
        case .dataCorrupted(let context):
            self.init(file: file, field: path(context.codingPath), message: context.debugDescription)
        @unknown default:
            self.init(file: file, field: nil, message: "cannot be read: \(decodingError)")
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
