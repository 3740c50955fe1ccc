/// The words of the language. Matching is case-insensitive.
///
/// Statement words (`find`, `count`, ...) are contextual: they start a
/// statement, but elsewhere they are ordinary names, so a field may be called
/// `count`. The other keywords are reserved and can never name a field.
public enum Keyword: String, CaseIterable, Sendable {
    case find, count, sum, avg, min, max, describe, search, explain
    case `where`, sort, order, by, asc, desc, limit, show, of, `in`
    case and, or, not, between, contains, `is`, missing, `true`, `false`

    public var isReserved: Bool {
        switch self {
        case .find, .count, .sum, .avg, .min, .max, .describe, .search, .explain: false
        default: true
        }
    }

    /// The words that can start a statement.
    public static let statementStarts: [Keyword] = [.find, .count, .sum, .avg, .min, .max, .describe, .search, .explain]

    private static let table: [String: Keyword] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The keyword spelled by `word` in any case, if any.
    public init?(word: String) {
        guard word.utf8.count <= 8, let keyword = Self.table[word.lowercased()] else { return nil }
        self = keyword
    }
}
