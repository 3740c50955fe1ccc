/// Numbers as text, for answers, machine formats and facts files alike.
public enum NumberText {
    /// `6400000000`, `0.0025`, `1e+20`: exact enough to parse back to the same value.
    public static func plain(_ value: Double) -> String {
        if abs(value) < 1e15, value == Double(Int64(value)) { return String(Int64(value)) }
        return "\(value)"
    }

    /// Rounded to at most `maxFractionDigits`, without trailing zeros: `6.4`, `2`.
    public static func decimal(_ value: Double, maxFractionDigits: Int) -> String {
        var scale = 1.0
        for _ in 0..<maxFractionDigits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = plain(rounded)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The magnitude suffixes numbers are written with (`6.4B`, `100M`,
    /// `2T`), largest first: the query language reads them, answers and
    /// facts files write them.
    public static let magnitudes: [(scale: Double, suffix: String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M")]

    /// `6.4e9` → (6.4, "B"); nil below a million.
    public static func scaled(_ value: Double) -> (value: Double, suffix: String)? {
        magnitudes.first { abs(value) >= $0.scale }.map { (value / $0.scale, $0.suffix) }
    }
}
