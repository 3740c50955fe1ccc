/// A date as precise as the text makes it: a year, a month, or a day.
/// A partial date stands for its whole period.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Fails for a month outside 1...12 or a day the month does not have.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        if day != nil, month == nil { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.daysIn(month: month, year: year)).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first and last day of the period, as `yyyymmdd` integers.
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
    public var lastDay: Int {
        let lastMonth = month ?? 12
        return year * 10_000 + lastMonth * 100 + (day ?? Self.daysIn(month: lastMonth, year: year))
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }

    public var description: String {
        var text = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
