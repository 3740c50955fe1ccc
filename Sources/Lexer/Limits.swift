/// The bounds that keep any input from exhausting the machine or the
/// stack. Each has a name (for `--limit NAME=N` and `.limit NAME N`), a
/// default, and the largest value it may be raised to; an input past a
/// limit gets an error that names the limit and says how to raise it.
public struct Limits: Sendable, Equatable {
    public enum Name: String, CaseIterable, Sendable {
        case statementBytes = "statement-bytes"
        case nesting
        case conditions
        case articleBytes = "article-bytes"
        case factsFileBytes = "facts-file-bytes"
        case resultRows = "result-rows"

        public var defaultValue: Int {
            switch self {
            case .statementBytes: 1_000_000
            case .nesting: 256
            case .conditions: 4_096
            case .articleBytes: 64 << 20
            case .factsFileBytes: 256 << 20
            case .resultRows: 10_000_000
            }
        }

        /// Nesting and conditions are bounded by the stack that checking
        /// and evaluation recurse on; the others by memory.
        public var maximum: Int {
            switch self {
            case .statementBytes: 256 << 20
            case .nesting: 1_000
            case .conditions: 8_000
            case .articleBytes: 1 << 30
            case .factsFileBytes: 4 << 30
            case .resultRows: 1_000_000_000
            }
        }

        /// What is counted, for messages: "a statement of at most 1,000,000 bytes".
        public var counted: String {
            switch self {
            case .statementBytes: "bytes in one statement"
            case .nesting: "levels of nesting"
            case .conditions: "'and'/'or' in one statement"
            case .articleBytes: "bytes in one article"
            case .factsFileBytes: "bytes in one facts file"
            case .resultRows: "rows in one answer"
            }
        }
    }

    private var values: [Name: Int] = [:]

    public init() {}

    public subscript(name: Name) -> Int {
        values[name] ?? name.defaultValue
    }

    /// Sets a limit; nil when the value is out of range, with the reason.
    public mutating func set(_ name: Name, to value: Int) -> String? {
        guard value >= 1, value <= name.maximum else {
            return "the limit '\(name.rawValue)' takes a whole number from 1 to \(Self.grouped(name.maximum))"
        }
        values[name] = value
        return nil
    }

    /// "at most 256 levels of nesting (the limit 'nesting'; raise it with
    /// --limit nesting=N or .limit nesting N, up to 1,000)".
    public func explain(_ name: Name) -> String {
        "at most \(Self.grouped(self[name])) \(name.counted) (the limit '\(name.rawValue)'; raise it with "
            + "--limit \(name.rawValue)=N or .limit \(name.rawValue) N, up to \(Self.grouped(name.maximum)))"
    }

    /// `1,000,000`.
    public static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var out = ""
        while digits.count > 3 {
            out = "," + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return String(digits) + out
    }
}
