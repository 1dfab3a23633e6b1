import Foundation

/// Turns a JSON decoding error in a design request into a sentence that names the field.
public enum DesignRequestError {
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else {
            return "it is not valid JSON. Send an object such as {\"service\": \"talking-therapies\"}."
        }
        func path(_ codingPath: [any CodingKey]) -> String {
            let parts = codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return parts.isEmpty ? "the body" : parts.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is required but missing."
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) has the wrong type (expected \(readable(type)))."
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is empty (expected \(readable(type)))."
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "it is not valid JSON."
                : "\(path(context.codingPath)) is not valid: \(context.debugDescription)"
        @unknown default:
            return "it cannot be read."
        }
    }

    private static func readable(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is String.Type: "text"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}
