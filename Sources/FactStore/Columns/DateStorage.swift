import Lexer

/// Dates as `yyyymmdd` integers, 0 for the month or day a partial date
/// does not give; `Int32.min` where a row has none.
struct DateStorage: ColumnStorage {
    private var days: [Int32] = []

    init() {}

    func write(to writer: inout SnapshotWriter) {
        writer.write(numbers: days)
    }

    /// Every row must be none or a date `CalendarDate` accepts.
    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        days = try reader.numbers()
        guard days.count == rows, days.allSatisfy(Self.isValid) else { throw SnapshotDamage() }
    }

    private static func isValid(_ packed: Int32) -> Bool {
        guard packed != Int32.min else { return true }
        let year = Int(packed) / 10_000, month = Int(packed) / 100 % 100, day = Int(packed) % 100
        return packed >= 0 && (month != 0 || day == 0)
            && CalendarDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) != nil
    }

    subscript(row: Int) -> Value? {
        let packed = days[row]
        guard packed != Int32.min else { return nil }
        let year = Int(packed) / 10_000, month = Int(packed) / 100 % 100, day = Int(packed) % 100
        return .date(CalendarDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)!)
    }

    mutating func put(_ value: Value?, at row: Int?) -> Bool {
        switch value {
        case nil: days.put(Int32.min, at: row)
        // Years of four digits are what the lexer reads; any other stays boxed.
        case .date(let date)? where (0...9_999).contains(date.year):
            days.put(Int32(date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0)), at: row)
        default: return false
        }
        return true
    }
}
