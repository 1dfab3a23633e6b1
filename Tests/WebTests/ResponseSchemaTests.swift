import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Web

/// A JSON value read strictly (a number is never taken for a Boolean), to check answers against the schemas.
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func read(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
}

/// The part of JSON Schema the API document uses: $ref, oneOf and anyOf, type (one or a list), enum, required,
/// properties, additionalProperties, items, minimum and maximum, minLength and maxLength. Written for this test so
/// that the check does not share code with the server; every keyword it does not know is reported, not skipped.
struct SchemaValidator {
    let schemas: [String: JSONValue]

    func errors(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        guard case .object(let rules) = schema else { return ["\(path): the schema is not an object"] }
        if let reference = rules["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { return ["\(path): unknown reference \(reference)"] }
            return errors(value, target, at: path)
        }
        var found: [String] = []
        for keyword in rules.keys where !Self.known.contains(keyword) {
            found.append("\(path): the validator does not know \(keyword)")
        }
        for combinator in ["oneOf", "anyOf"] {
            if case .array(let branches)? = rules[combinator],
                !branches.contains(where: { errors(value, $0, at: path).isEmpty })
            {
                found.append("\(path): matches none of the \(combinator) schemas")
            }
        }
        if let type = rules["type"] {
            let types: [String] =
                switch type {
                case .string(let one): [one]
                case .array(let many): many.compactMap(\.string)
                default: []
                }
            if !types.contains(where: { Self.value(value, is: $0) }) {
                return found + ["\(path): expected \(types.joined(separator: " or ")), got \(Self.kind(of: value))"]
            }
        }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) {
            found.append("\(path): \(value) is not one of the enum's values")
        }
        switch value {
        case .object(let object):
            if case .array(let required)? = rules["required"] {
                for name in required.compactMap(\.string) where object[name] == nil {
                    found.append("\(path): required \(name) is missing")
                }
            }
            let properties: [String: JSONValue] =
                if case .object(let properties)? = rules["properties"] { properties } else { [:] }
            for (name, member) in object {
                if let rule = properties[name] {
                    found += errors(member, rule, at: "\(path).\(name)")
                } else if let extra = rules["additionalProperties"] {
                    if case .bool(false) = extra {
                        found.append("\(path): \(name) is not allowed")
                    } else if case .object = extra {
                        found += errors(member, extra, at: "\(path).\(name)")
                    }
                }
            }
        case .array(let items):
            if let rule = rules["items"] {
                for (index, item) in items.enumerated() { found += errors(item, rule, at: "\(path)[\(index)]") }
            }
        case .number(let number):
            if case .number(let minimum)? = rules["minimum"], number < minimum {
                found.append("\(path): \(number) is below \(minimum)")
            }
            if case .number(let maximum)? = rules["maximum"], number > maximum {
                found.append("\(path): \(number) is above \(maximum)")
            }
        case .string(let text):
            if case .number(let minimum)? = rules["minLength"], Double(text.count) < minimum {
                found.append("\(path): shorter than \(minimum)")
            }
            if case .number(let maximum)? = rules["maxLength"], Double(text.count) > maximum {
                found.append("\(path): longer than \(maximum)")
            }
        default: break
        }
        return found
    }

    static let known: Set<String> = [
        "$ref", "oneOf", "anyOf", "type", "enum", "required", "properties", "additionalProperties", "items",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
        "description", "default", "format", "example", "examples", "title", "minItems", "maxItems",
    ]

    static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }

    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A sample answer of every operation in the document, checked against its schema: a new operation without a
/// sample here fails, and so does an answer that drifts from its documented shape.
@Suite(.serialized) struct ResponseSchemaTests {
    @Test func aSampleOfEveryOperationMatchesItsSchema() async throws {
        let document = try JSONValue.read(OpenAPIDocument.json)
        guard case .object(let schemas)? = document["components"]?["schemas"],
            case .object(let paths)? = document["paths"]
        else {
            Issue.record("the document has no paths or schemas")
            return
        }
        let validator = SchemaValidator(schemas: schemas)
        try await TestApp.with { _, client in
            let design = try await client.send(
                "/api/v1/designs", body: #"{"service":"perinatal"}"#, contentType: "application/json")
            let projection = try await client.send(
                "/api/v1/projections", body: #"{"runs":50,"years":5}"#, contentType: "application/json")
            let commissioning = try await client.send(
                "/api/v1/commissioning", body: #"{"runs":50,"years":5}"#, contentType: "application/json")
            let samples: [String: (status: String, answer: Answer)] = [
                "get /api/v1/roles": ("200", try await client.get("/api/v1/roles?group=psychologists")),
                "get /api/v1/roles/{id}": ("200", try await client.get("/api/v1/roles/clinical-psychologist")),
                "get /api/v1/roles/{id}/introducing": (
                    "200",
                    try await client.get(
                        "/api/v1/roles/mental-health-and-wellbeing-practitioner/introducing?posts=2")
                ),
                "get /api/v1/roles/{id}/next-steps": (
                    "200", try await client.get("/api/v1/roles/clinical-psychologist/next-steps")
                ),
                "get /api/v1/groups": ("200", try await client.get("/api/v1/groups")),
                "get /api/v1/entry-points": ("200", try await client.get("/api/v1/entry-points")),
                "get /api/v1/sources": ("200", try await client.get("/api/v1/sources")),
                "get /api/v1/openapi.json": ("200", try await client.get("/api/v1/openapi.json")),
                "get /api/v1/routes": ("200", try await client.get("/api/v1/routes?from=psychology-graduate")),
                "get /api/v1/paths": (
                    "200", try await client.get("/api/v1/paths?from=psychology-graduate&to=clinical-psychologist")
                ),
                "get /api/v1/insights": ("200", try await client.get("/api/v1/insights")),
                "get /api/v1/start": (
                    "200", try await client.get("/api/v1/start?degree=psychology&experience=no&fund=no&ages=adults")
                ),
                "get /api/v1/service-models": ("200", try await client.get("/api/v1/service-models")),
                "get /api/v1/service-models/{id}": ("200", try await client.get("/api/v1/service-models/perinatal")),
                "get /api/v1/service-models/{id}/reference": (
                    "200", try await client.get("/api/v1/service-models/mental-health-support-team/reference")
                ),
                "post /api/v1/designs": ("201", design.answer),
                "get /api/v1/designs/{id}": ("200", try await client.get(design.location ?? "/api/v1/designs/none")),
                "post /api/v1/projections": ("201", projection.answer),
                "get /api/v1/projections/{id}": (
                    "200", try await client.get(projection.location ?? "/api/v1/projections/none")
                ),
                "post /api/v1/commissioning": ("201", commissioning.answer),
            ]
            var checked = 0
            for (path, operations) in paths {
                guard case .object(let operations) = operations else { continue }
                for (method, operation) in operations where ["get", "post"].contains(method) {
                    let key = "\(method) \(path)"
                    guard
                        let schema = operation["responses"]?[samples[key]?.status ?? ""]?["content"]?[
                            "application/json"]?["schema"]
                    else {
                        if key != "get /api/v1/openapi.yaml" { Issue.record("\(key) has no sample or no JSON schema") }
                        continue
                    }
                    guard let sample = samples[key] else { continue }
                    #expect(
                        String(sample.answer.status.code) == sample.status, "\(key): \(sample.answer.body.prefix(300))")
                    let problems = validator.errors(try JSONValue.read(sample.answer.body), schema)
                    #expect(problems.isEmpty, "\(key): \(problems.prefix(5))")
                    checked += 1
                }
            }
            #expect(checked == samples.count)
        }
    }

    /// The validator can fail: a wrong type, a missing required field and an unknown enum value are each caught.
    @Test func theValidatorCatchesWhatItShould() throws {
        let schema = try JSONValue.read(
            #"{"type":"object","required":["a"],"properties":{"a":{"type":"integer"},"b":{"enum":["x"]}}}"#)
        let validator = SchemaValidator(schemas: [:])
        #expect(validator.errors(try JSONValue.read(#"{"a":1,"b":"x"}"#), schema).isEmpty)
        #expect(!validator.errors(try JSONValue.read(#"{"a":"1"}"#), schema).isEmpty)
        #expect(!validator.errors(try JSONValue.read(#"{"b":"x"}"#), schema).isEmpty)
        #expect(!validator.errors(try JSONValue.read(#"{"a":1,"b":"y"}"#), schema).isEmpty)
        #expect(!validator.errors(try JSONValue.read(#"{"a":1.5}"#), schema).isEmpty)
        #expect(!validator.errors(.bool(true), try JSONValue.read(#"{"type":"number"}"#)).isEmpty)
    }
}
