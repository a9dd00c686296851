/// Points written for people: `10.5`, `14`, `8.25` — at most two decimals, no trailing zeros.
enum PointsFormat {
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format2: rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func points(_ value: Double) -> String { number(value) + "pt" }
}

private extension String {
    /// Two fixed decimals without Foundation's locale-dependent formatting.
    init(format2 value: Double) {
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        self = (value < 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
