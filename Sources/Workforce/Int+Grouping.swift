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
