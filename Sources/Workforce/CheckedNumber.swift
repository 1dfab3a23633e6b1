/// The one path by which a number that a person or a file sends becomes a value.
///
/// Requests, forms, CSV and the command line all read numbers here, so every one of them refuses the same
/// things the same way: text that is not a number, NaN and infinity, values outside the field's range, a
/// fraction where a whole number is needed, and digit strings too long to be a real entry. No caller converts
/// a `Double` to an `Int` itself: `wholeNumber` does it only once the value is known to fit.
public enum CheckedNumber {
    /// Why a number was refused.
    public enum Problem: Error, Hashable, Sendable {
        case notANumber
        case notFinite
        case outOfRange(ClosedRange<Double>)
        case notWhole
    }

    /// The range a form field is read in before its own check: wide enough for any real entry (a budget of
    /// £1 trillion, a population of a billion), narrow enough that every later sum stays exact and finite.
    public static let formRange: ClosedRange<Double> = -1e15...1e15

    /// The longest text read as a number; anything longer is not something a person typed.
    public static let maximumLength = 40

    /// Reads `raw` as a number in `range`, ignoring spaces, thousands commas, a leading £ and a trailing %.
    /// Empty text is nil (the caller's default applies).
    public static func read(_ raw: String, in range: ClosedRange<Double>, whole: Bool = false) -> Result<
        Double?, Problem
    > {
        let cleaned = raw.filter { !" ,£%\u{A0}".contains($0) }
        if cleaned.isEmpty { return .success(nil) }
        guard cleaned.count <= maximumLength, let value = Double(cleaned) else { return .failure(.notANumber) }
        return check(value, in: range, whole: whole).map { $0 }
    }

    /// Checks a number already decoded (from JSON, say) against its range.
    public static func check(_ value: Double, in range: ClosedRange<Double>, whole: Bool = false) -> Result<
        Double, Problem
    > {
        guard value.isFinite else { return .failure(.notFinite) }
        guard range.contains(value) else { return .failure(.outOfRange(range)) }
        if whole && value != value.rounded() { return .failure(.notWhole) }
        // -0 reads as 0: nothing downstream should see a signed zero.
        return .success(value == 0 ? 0 : value)
    }

    /// The value as an `Int` when it is whole and fits exactly (|value| < 2⁵³), else nil. Never traps.
    public static func wholeNumber(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 9_007_199_254_740_992 else { return nil }
        return Int(exactly: value)
    }
}

extension CheckedNumber.Problem {
    /// A sentence a person can act on: what the field needs and what they sent.
    public func sentence(label: String, example: String, entered raw: String) -> String {
        let shown = raw.count > 24 ? String(raw.prefix(24)) + "…" : raw
        switch self {
        case .notANumber:
            return "\(label) must be a number, like \(example). You entered \"\(shown)\"."
        case .notFinite:
            return "\(label) must be an ordinary number, like \(example). You entered \"\(shown)\"."
        case .outOfRange(let range):
            return "\(label) must be from \(Self.figure(range.lowerBound)) to \(Self.figure(range.upperBound)). "
                + "You entered \"\(shown)\"."
        case .notWhole:
            return "\(label) must be a whole number, like \(example). You entered \"\(shown)\"."
        }
    }

    private static func figure(_ value: Double) -> String {
        CheckedNumber.wholeNumber(value).map(\.groupedWithCommas) ?? String(value)
    }
}
