/// One value of a SQL row, as both SQLite and PostgreSQL hand them back.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var double: Double? {
        switch self {
        case .integer(let n): Double(n)
        case .real(let x): x
        case .text(let text): Double(text)
        case .null: nil
        }
    }

    public var integer: Int? {
        switch self {
        case .integer(let n): Int(n)
        case .real(let x): Int(exactly: x)
        case .text(let text): Int(text)
        case .null: nil
        }
    }

    public var string: String? {
        switch self {
        case .text(let text): text
        case .integer(let n): String(n)
        case .real(let x): String(x)
        case .null: nil
        }
    }

    /// Booleans come back as 0/1 from SQLite and as t/f from PostgreSQL.
    public var flag: Bool? {
        switch self {
        case .integer(let n): n != 0
        case .text(let text): text == "t" || text == "true" || text == "1"
        case .real(let x): x != 0
        case .null: nil
        }
    }
}
