import Foundation
import Workforce
import Yams

/// The catalogue's files as text, in the bundled layout: the bundled files, with published edits applied on top.
/// Loading it checks everything the bundled catalogue is checked for, so an edit that would break the catalogue
/// is refused with the loader's own message, naming the file and the field.
public struct CatalogueDocument: Hashable, Sendable {
    /// File name (relative to the catalogue folder) to its YAML text.
    public private(set) var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    public init(folder: URL) throws(CatalogueError) {
        files = try CatalogueFiles(folder: folder).contents.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// The catalogue shipped inside the app.
    public static func bundled() throws(CatalogueError) -> CatalogueDocument {
        try CatalogueDocument(folder: BundledCatalogue.folder)
    }

    /// Loads and checks the catalogue these files make.
    public func catalogue() throws(CatalogueError) -> Catalogue {
        try BundledCatalogue.load(CatalogueFiles(contents: files.mapValues { Data($0.utf8) }))
    }

    /// Writes every file into `folder` (made if missing), in the bundled layout, so that the folder loads to the
    /// same catalogue.
    public func write(to folder: URL) throws(CatalogueError) {
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw CatalogueError(
                    file: name, field: nil, message: "cannot be written: \(error.localizedDescription)")
            }
        }
    }

    /// The version in `catalogue.yaml`.
    public var version: String {
        get throws(CatalogueError) {
            let header: CatalogueFile = try CatalogueFiles(contents: [
                "catalogue.yaml": Data((files["catalogue.yaml"] ?? "").utf8)
            ])
            .decode("catalogue.yaml")
            return header.version
        }
    }

    /// Marks the catalogue as a revision of its bundle: `2026.12.04-1` becomes `2026.12.04-1+r7`.
    public mutating func markRevision(_ revision: Int) throws(CatalogueError) {
        let base = try version.split(separator: "+").first.map(String.init) ?? ""
        var root = try mapping(of: "catalogue.yaml")
        root["version"] = .scalar(.init(revision > 0 ? "\(base)+r\(revision)" : base, .implicit, .doubleQuoted))
        try store(.mapping(root), in: "catalogue.yaml")
    }

    /// Adds an entry to `changelog.yaml`, among the others by date (newest first), so that the sources page lists
    /// editors' published changes beside the bundled catalogue's.
    public mutating func recordChange(_ change: CatalogueChange) throws(CatalogueError) {
        try apply([], changelog: [change])
    }

    /// The files an editor can change: all but `catalogue.yaml` and `changelog.yaml`, which belong to releases.
    public var editableFiles: [String] {
        files.keys.filter { $0 != "catalogue.yaml" && $0 != "changelog.yaml" }.sorted()
    }

    /// Keys of a role file that are not facts of their own: its id, and the sources and uncertainty of its fields.
    static let roleBookkeeping: Set<String> = ["id", "sources", "uncertain", "furtherSources", "position"]

    /// The facts of one file, in file order, each with a short label.
    public func facts(in file: String) throws(CatalogueError) -> [(address: FactAddress, label: String)] {
        guard editableFiles.contains(file) else { return [] }
        let root = try mapping(of: file)
        var facts: [(FactAddress, String)] = []
        func entry(_ path: [FactAddress.Step], _ value: Node, label: String) {
            guard let items = value.sequence, !items.isEmpty, items.allSatisfy({ $0.mapping != nil }) else {
                facts.append((FactAddress(file: file, path: path), label))
                return
            }
            for (place, item) in items.enumerated() {
                let id = item["id"]?.string
                let name = ["name", "label", "title", "year"].lazy.compactMap { item[$0]?.string }.first
                let step: FactAddress.Step =
                    id.map { FactAddress.isName($0) ? .item($0) : .index(place) } ?? .index(place)
                let itemLabel = [id, name].compactMap { $0 }.joined(separator: ": ")
                facts.append(
                    (FactAddress(file: file, path: path + [step]), itemLabel.isEmpty ? "item \(place + 1)" : itemLabel))
            }
        }
        let isRole = file.hasPrefix("roles/")
        for (keyNode, value) in root {
            guard let key = keyNode.string, FactAddress.isName(key), key != "id" else { continue }
            if isRole {
                if !Self.roleBookkeeping.contains(key) {
                    facts.append((FactAddress(file: file, path: [.key(key)]), key))
                }
            } else if root.count == 1, let inner = value.mapping {
                for (innerKey, innerValue) in inner {
                    guard let name = innerKey.string, FactAddress.isName(name) else { continue }
                    entry([.key(key), .key(name)], innerValue, label: name)
                }
            } else {
                entry([.key(key)], value, label: key)
            }
        }
        return facts
    }

    /// The fact at `address` as an editor sees it, or nil when the file has no such fact.
    public func value(of address: FactAddress) throws(CatalogueError) -> FactValue? {
        guard editableFiles.contains(address.file) else { return nil }
        return try Self.value(of: address, in: .mapping(try mapping(of: address.file)))
    }

    private static func value(of address: FactAddress, in root: Node) throws(CatalogueError) -> FactValue? {
        if let field = address.roleField {
            guard !Self.roleBookkeeping.contains(field), let node = root[field] else { return nil }
            let notes = (root["uncertain"]?.sequence ?? []).filter { $0["fact"]?.string == field }
                .compactMap { $0["detail"]?.string }
            return FactValue(
                value: try text(of: node, address), isText: node.scalar != nil,
                sources: Self.sourceIDs(root["sources"]?[field]), carriesSources: true,
                uncertainty: notes.isEmpty ? nil : notes.joined(separator: "; "))
        }
        guard let node = Self.node(at: address.path[...], in: root) else { return nil }
        if var entry = node.mapping, let sources = entry["sources"], sources.sequence != nil {
            entry["sources"] = nil
            entry["id"] = nil
            return FactValue(
                value: try text(of: .mapping(entry), address), isText: false, sources: Self.sourceIDs(sources),
                carriesSources: true, uncertainty: nil)
        }
        return FactValue(
            value: try text(of: node, address), isText: node.scalar != nil, sources: [], carriesSources: false,
            uncertainty: nil)
    }

    /// Sets the fact at `address` to `value` (adding it when the file lacks it and its parent exists). It checks
    /// the YAML and the sources' ids; `catalogue()` then checks the rest.
    public mutating func apply(_ value: FactValue, at address: FactAddress) throws(CatalogueError) {
        try apply([(value, address)])
    }

    /// Sets several facts in order, and adds entries to the changelog, reading and writing each file once (a
    /// hundred changes take a fraction of a second, where one at a time took seconds).
    public mutating func apply(
        _ changes: [(value: FactValue, address: FactAddress)], changelog: [CatalogueChange] = []
    ) throws(CatalogueError) {
        var roots: [String: Node] = [:]
        func root(_ file: String) throws(CatalogueError) -> Node {
            if let root = roots[file] { return root }
            let root = Node.mapping(try mapping(of: file))
            roots[file] = root
            return root
        }
        for (value, address) in changes {
            guard editableFiles.contains(address.file) else {
                throw CatalogueError(
                    file: address.file, field: nil, message: "is not a catalogue file editors can change")
            }
            if !value.sources.isEmpty {
                let known = Set(try root("sources.yaml")["sources"]?.mapping?.keys.compactMap(\.string) ?? [])
                if let unknown = value.sources.first(where: { !known.contains($0.rawValue) }) {
                    throw CatalogueError(
                        file: address.file, field: address.field,
                        message: "names a source that is not in sources.yaml: \(unknown)")
                }
            }
            var fileRoot = try root(address.file)
            try Self.set(value, at: address, in: &fileRoot)
            roots[address.file] = fileRoot
        }
        if !changelog.isEmpty {
            var log = try root("changelog.yaml")
            var entries = log["changes"]?.sequence.map(Array.init) ?? []
            for change in changelog {
                let date = change.date.description
                let entry = Node.mapping([
                    "version": Node(change.version, .implicit, .doubleQuoted),
                    "date": Node(date, .implicit, .singleQuoted), "summary": Node(change.summary),
                    "reason": Node(change.reason), "sources": Self.sequence(change.sources),
                ])
                let place = entries.firstIndex { ($0["date"]?.string ?? "") <= date } ?? entries.endIndex
                entries.insert(entry, at: place)
            }
            log["changes"] = .sequence(.init(entries))
            roots["changelog.yaml"] = log
        }
        for (file, root) in roots { try store(root, in: file) }
    }

    /// Sets one fact in a file's tree.
    private static func set(_ value: FactValue, at address: FactAddress, in root: inout Node) throws(CatalogueError) {
        let current = try Self.value(of: address, in: root)
        let fail = { (message: String) in CatalogueError(file: address.file, field: address.field, message: message) }
        var node: Node
        if value.isText {
            let old = Self.node(at: address.path[...], in: root)?.scalar
            let style = old.map {
                [.singleQuoted, .doubleQuoted, .literal, .folded].contains($0.style) ? $0.style : .any
            }
            node = .scalar(.init(value.value.trimmingCharacters(in: .whitespacesAndNewlines), .implicit, style ?? .any))
        } else {
            do {
                guard let parsed = try Yams.compose(yaml: value.value) else { throw fail("is empty") }
                node = parsed
            } catch let error as CatalogueError {
                throw error
            } catch {
                throw fail("is not valid YAML: \(String(describing: error).prefix(300))")
            }
        }
        if let field = address.roleField {
            guard !Self.roleBookkeeping.contains(field) else { throw fail("is not a fact an editor can change") }
            root[field] = node
            var sources = root["sources"]?.mapping ?? [:]
            sources[field] = value.sources.isEmpty ? nil : Self.sequence(value.sources)
            root["sources"] = .mapping(sources)
            if value.uncertainty != current?.uncertainty {
                // The new note takes the place of the field's first note, so that the others keep their order.
                var notes = root["uncertain"]?.sequence.map(Array.init) ?? []
                let place = notes.firstIndex { $0["fact"]?.string == field } ?? notes.endIndex
                let before = notes[..<place].count
                notes.removeAll { $0["fact"]?.string == field }
                if let note = value.uncertainty {
                    notes.insert(.mapping(["fact": Node(field), "detail": Node(note)]), at: min(before, notes.count))
                }
                root["uncertain"] = .sequence(.init(notes))
            }
        } else {
            if value.carriesSources || current?.carriesSources == true {
                guard var entry = node.mapping else { throw fail("must be a set of fields (key: value lines)") }
                entry["sources"] = Self.sequence(value.sources)
                if case .item(let id) = address.path.last {
                    entry["id"] = nil
                    entry = Node.Mapping([(Node("id"), Node(id))] + entry.map { ($0.key, $0.value) })
                }
                node = .mapping(entry)
            }
            try Self.set(node, at: address.path[...], in: &root, fail: fail)
        }
    }

    // MARK: - Nodes

    private func mapping(of file: String) throws(CatalogueError) -> Node.Mapping {
        guard let text = files[file] else {
            throw CatalogueError(file: file, field: nil, message: "the file is missing from the catalogue folder")
        }
        do {
            guard let mapping = try Yams.compose(yaml: text)?.mapping else {
                throw CatalogueError(file: file, field: nil, message: "must be a set of fields (key: value lines)")
            }
            return mapping
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(file: file, field: nil, message: "is not valid YAML: \(error)")
        }
    }

    private mutating func store(_ root: Node, in file: String) throws(CatalogueError) {
        do {
            files[file] = try Yams.serialize(node: root, width: 110, allowUnicode: true)
        } catch {
            throw CatalogueError(file: file, field: nil, message: "cannot be written as YAML: \(error)")
        }
    }

    private static func text(of node: Node, _ address: FactAddress) throws(CatalogueError) -> String {
        if let scalar = node.scalar { return scalar.string }
        do {
            return try Yams.serialize(node: node, width: 110, allowUnicode: true)
        } catch {
            throw CatalogueError(file: address.file, field: address.field, message: "cannot be shown as YAML: \(error)")
        }
    }

    private static func sourceIDs(_ node: Node?) -> [Source.ID] {
        (node?.sequence ?? []).compactMap(\.string).map { Source.ID(rawValue: $0) }
    }

    private static func sequence(_ ids: [Source.ID]) -> Node {
        .sequence(.init(ids.map { Node($0.rawValue) }, .implicit, .flow))
    }

    private static func node(at path: ArraySlice<FactAddress.Step>, in node: Node) -> Node? {
        guard let step = path.first else { return node }
        let child: Node?
        switch step {
        case .key(let key): child = node.mapping?[key]
        case .item(let id): child = node.sequence?.first { $0["id"]?.string == id }
        case .index(let index): child = node.sequence.flatMap { index < $0.count ? $0[index] : nil }
        }
        return child.flatMap { Self.node(at: path.dropFirst(), in: $0) }
    }

    /// Replaces the node at `path`, or adds it when only the last step is missing.
    private static func set(
        _ value: Node, at path: ArraySlice<FactAddress.Step>, in node: inout Node, fail: (String) -> CatalogueError
    ) throws(CatalogueError) {
        guard let step = path.first else {
            node = value
            return
        }
        let last = path.count == 1
        switch step {
        case .key(let key):
            guard var mapping = node.mapping else { throw fail("does not lead to a set of fields") }
            var child = mapping[key] ?? (last ? value : Node.mapping([:]))
            if mapping[key] == nil, !last { throw fail("does not exist (\(key) is missing)") }
            try set(value, at: path.dropFirst(), in: &child, fail: fail)
            mapping[key] = child
            node = .mapping(mapping)
        case .item(let id):
            guard var items = node.sequence.map(Array.init) else { throw fail("does not lead to a list") }
            if let place = items.firstIndex(where: { $0["id"]?.string == id }) {
                try set(value, at: path.dropFirst(), in: &items[place], fail: fail)
            } else if last {
                items.append(value)
            } else {
                throw fail("does not exist (no item with id \(id))")
            }
            node = .sequence(.init(items, .implicit, node.sequence?.style ?? .any))
        case .index(let index):
            guard var items = node.sequence.map(Array.init), index < items.count else {
                throw fail("does not exist (no item \(index))")
            }
            try set(value, at: path.dropFirst(), in: &items[index], fail: fail)
            node = .sequence(.init(items, .implicit, node.sequence?.style ?? .any))
        }
    }
}
