import Foundation
import Yams

/// The API's contract. Its source is `API/openapi.yaml`, a bundled resource kept and reviewed like code; it is
/// served as written at /api/v1/openapi.yaml and as JSON at /api/v1/openapi.json. A test checks its paths and
/// methods against the router, and schemathesis checks the running server against it in CI.
enum OpenAPIDocument {
    /// The document as YAML and as JSON, read once; a failure here is a packaging fault, and `buildApplication`
    /// refuses to start with it.
    static let loaded: Result<(yaml: String, json: String), OpenAPIDocumentError> = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            return .failure(OpenAPIDocumentError(reason: "openapi.yaml is not in the Web module's resources"))
        }
        do {
            let yaml = try String(contentsOf: url, encoding: .utf8)
            guard let object = try Yams.load(yaml: yaml) else {
                return .failure(OpenAPIDocumentError(reason: "openapi.yaml is empty"))
            }
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return .success((yaml, String(decoding: data, as: UTF8.self)))
        } catch {
            return .failure(OpenAPIDocumentError(reason: "openapi.yaml cannot be read: \(error)"))
        }
    }()

    static var json: String { (try? loaded.get().json) ?? "{}" }
    static var yaml: String { (try? loaded.get().yaml) ?? "" }
}

/// The bundled API document could not be read (a packaging fault, not a request's).
struct OpenAPIDocumentError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "The API document is broken: \(reason)" }
}
