/// Where SQLite and PostgreSQL spell the same thing differently.
public enum SQLDialect: String, Sendable, CaseIterable {
    case sqlite
    case postgres

    var title: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    var integerType: String { self == .sqlite ? "INTEGER" : "BIGINT" }
    var realType: String { self == .sqlite ? "REAL" : "DOUBLE PRECISION" }
    var textType: String { "TEXT" }

    /// An unbounded amount's upper bound ("at least $1B").
    var infinity: String { self == .sqlite ? "9e999" : "'Infinity'::float8" }

    /// Whether `needle` occurs in `haystack`; both are already folded.
    func contains(_ haystack: String, _ needle: String) -> String {
        self == .sqlite ? "instr(\(haystack), \(needle)) > 0" : "strpos(\(haystack), \(needle)) > 0"
    }

    /// Equal, with NULL equal to NULL (group keys).
    func same(_ left: String, _ right: String) -> String {
        self == .sqlite ? "\(left) IS \(right)" : "\(left) IS NOT DISTINCT FROM \(right)"
    }

    /// Text sorts by code point, as the engine sorts folded text.
    func byCodePoint(_ expression: String) -> String {
        self == .sqlite ? expression : "\(expression) COLLATE \"C\""
    }
}

/// Quoting for the SQL this module writes.
enum SQLText {
    static func identifier(_ name: String) -> String {
        "\"" + doubled(name, "\"") + "\""
    }

    static func string(_ text: String) -> String {
        "'" + doubled(text, "'") + "'"
    }

    private static func doubled(_ text: String, _ quote: Character) -> String {
        text.split(separator: quote, omittingEmptySubsequences: false).joined(separator: String(quote) + String(quote))
    }

    static func number(_ value: Double, _ dialect: SQLDialect) -> String {
        if value == .infinity { return dialect.infinity }
        if value == -.infinity { return "-" + dialect.infinity }
        return "\(value)"
    }
}
