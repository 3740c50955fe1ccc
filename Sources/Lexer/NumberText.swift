/// Numbers written back as text, without locale and without `.0` on whole numbers.
public enum NumberText {
    /// `6400000000`, `0.0025`, `1e+20`: exact enough to parse back to the same value.
    public static func plain(_ value: Double) -> String {
        if abs(value) < 1e15, value == Double(Int64(value)) { return String(Int64(value)) }
        return "\(value)"
    }
}
