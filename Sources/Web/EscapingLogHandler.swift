import Foundation
import Logging

/// Keeps every log entry on one line and of bounded size, whatever a client put into it, and never writes a
/// password-reset token that came in an address.
///
/// Ids, paths and messages that echo a request can carry newlines (forging entries) or tens of kilobytes; this
/// handler wraps the real one and escapes control characters and caps the length of the message and of every
/// metadata value before they are written, so no call site has to remember to.
public struct EscapingLogHandler: LogHandler {
    private var wrapped: any LogHandler
    /// The longest message or metadata value written; the rest is cut with a count of what was left out.
    public static let maximumLength = 2_000

    public init(wrapping handler: any LogHandler) { wrapped = handler }

    /// Kept here and passed with each entry, not set on the wrapped handler: a request sets its id on every
    /// request, and the stream handler would format all of its metadata again each time, logged or not.
    public var metadata: Logger.Metadata = [:]

    public var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var event = event
        event.message = "\(Self.escape(event.message.description))"
        let merged = metadata.merging(event.metadata ?? [:]) { _, entry in entry }
        event.metadata = merged.isEmpty ? nil : merged.mapValues(Self.escape)
        wrapped.log(event: event)
    }

    static func escape(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(escape(text))
        case .stringConvertible(let item): .string(escape(item.description))
        case .array(let items): .array(items.map(escape))
        case .dictionary(let items): .dictionary(items.mapValues(escape))
        }
    }

    /// Control characters as escapes (`\n`, `\u{1B}`), and at most `maximumLength` characters.
    public static func escape(_ text: String) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= maximumLength {
                out += "…(\(text.unicodeScalars.count - count) more)"
                break
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    || scalar == "\u{2028}" || scalar == "\u{2029}"
                {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return redactingResetTokens(out)
    }

    /// The one secret that travels in an address, a password-reset token, replaced by "[token]".
    static func redactingResetTokens(_ text: String) -> String {
        let marker = "/editor/reset/"
        guard text.contains(marker) else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            out += rest[..<range.upperBound] + "[token]"
            rest = rest[range.upperBound...].drop { $0 != "/" && $0 != "?" && $0 != " " && $0 != "\"" }
        }
        return out + rest
    }
}
