/// Where a filter puts the rows it keeps: a list of them, or only how
/// many (`count deals where amount > 1e9` never lists its 256,585 rows).
/// One generic loop serves both, specialised for each.
protocol RowSink {
    associatedtype Result
    init()
    mutating func take(_ row: Int, if holds: Bool)
    var result: Result { get }
}

extension Array: RowSink where Element == Int {
    mutating func take(_ row: Int, if holds: Bool) {
        if holds { append(row) }
    }

    var result: [Int] { self }
}

/// Rows counted, not listed.
struct RowCount: RowSink {
    private(set) var result = 0

    mutating func take(_ row: Int, if holds: Bool) {
        result += holds ? 1 : 0
    }
}
