extension Int {
    /// The number with commas between thousands, as GOV.UK style writes it: 1155 → "1,155".
    public var groupedWithCommas: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}

extension Double {
    /// Rounded to a whole number and grouped ("1,155"). A value too large to be exact as a whole number is
    /// written as Swift prints it ("9.3e+18") instead of trapping in a conversion to `Int`; "–" if not finite.
    public var roundedGroupedWithCommas: String {
        guard isFinite else { return "–" }
        guard let whole = CheckedNumber.wholeNumber(rounded()) else { return String(self) }
        return whole.groupedWithCommas
    }

    /// Rounded to a whole number, without grouping ("1155"), on the same terms as `roundedGroupedWithCommas`.
    public var roundedWholeText: String {
        guard isFinite else { return "–" }
        return CheckedNumber.wholeNumber(rounded()).map(String.init) ?? String(self)
    }
}
