/// The words of the language. Matching is case-insensitive.
///
/// Statement words (`find`, `count`, ...) are contextual: they start a
/// statement, but elsewhere they are ordinary names, so a field may be called
/// `count`; so is `sql`, which follows `explain`. The other keywords are
/// reserved and can never name a field.
public enum Keyword: String, CaseIterable, Sendable {
    case find, count, sum, avg, min, max, describe, search, explain, sql
    case `where`, sort, order, by, asc, desc, limit, show, of, `in`
    case and, or, not, between, contains, `is`, missing, `true`, `false`

    public var isReserved: Bool {
        switch self {
        case .find, .count, .sum, .avg, .min, .max, .describe, .search, .explain, .sql: false
        default: true
        }
    }

    /// The words that can start a statement.
    public static let statementStarts: [Keyword] = [.find, .count, .sum, .avg, .min, .max, .describe, .search, .explain]

    /// Keywords sorted by their lower-case ASCII bytes packed into one
    /// integer, so the lexer finds a word by binary search without making a string.
    private static let table: [(key: UInt64, keyword: Keyword)] = allCases.map { (pack($0.rawValue.utf8)!, $0) }
        .sorted { $0.key < $1.key }

    /// The keyword spelled by `word` in any case, if any.
    public init?(word: String) {
        self.init(bytes: word.utf8)
    }

    public init?<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        guard let key = Self.pack(bytes) else { return nil }
        var low = 0
        var high = Self.table.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let entry = Self.table[mid]
            if entry.key == key {
                self = entry.keyword
                return
            }
            if entry.key < key { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// Up to 8 ASCII letters, lower-cased, one per byte; nil for anything else.
    private static func pack<Bytes: Collection>(_ bytes: Bytes) -> UInt64? where Bytes.Element == UInt8 {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            let lower = byte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return nil }
            key = key << 8 | UInt64(lower)
        }
        return key
    }
}
