import Lexer

/// How a table fits a terminal's width: the widest text columns shrink
/// first, never below what keeps a name readable; numbers, bars and the
/// source stay whole; when even that is too wide, columns are left out
/// from the right (the source is kept), and the footer names them.
struct TableFit {
    /// The columns shown, as indices into the table's columns.
    let kept: [Int]
    /// Their widths, in terminal columns.
    let widths: [Int]
    /// The names of the columns left out for want of width.
    let omitted: [String]

    /// A text column is not cut below this many columns (or its header).
    static let narrowest = 8

    init(columns: [ResultColumn], natural: [Int], numeric: [Bool], width: Int) {
        let fixed = columns.indices.map { numeric[$0] || columns[$0].isBar || columns[$0].name == "source" }
        let floor = columns.indices.map { column in
            fixed[column] ? natural[column] : min(natural[column], max(DisplayWidth.of(columns[column].name), Self.narrowest))
        }
        var kept = Array(columns.indices)
        var widths = Self.shrunk(natural, floor: floor, fixed: fixed, kept: kept, width: width)
        while Self.total(widths, kept) > width, kept.count > 1 {
            let source = kept.last.map { columns[$0].name == "source" } ?? false
            kept.remove(at: source && kept.count > 2 ? kept.count - 2 : kept.count - 1)
            widths = Self.shrunk(natural, floor: floor, fixed: fixed, kept: kept, width: width)
        }
        self.kept = kept
        self.widths = kept.map { widths[$0] }
        self.omitted = columns.indices.filter { !kept.contains($0) }.map { columns[$0].name }
    }

    /// Borders and padding: `│ a │ b │` takes three columns per cell and one.
    static func total(_ widths: [Int], _ kept: [Int]) -> Int {
        kept.map { widths[$0] }.reduce(0, +) + 3 * kept.count + 1
    }

    /// The natural widths, the widest shrinkable kept column cut down to
    /// the next widest (or by what is still too much) until the kept
    /// columns fit or none can shrink further.
    static func shrunk(_ natural: [Int], floor: [Int], fixed: [Bool], kept: [Int], width: Int) -> [Int] {
        var widths = natural
        while total(widths, kept) > width {
            let candidates = kept.filter { !fixed[$0] && widths[$0] > floor[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            let excess = total(widths, kept) - width
            let runnerUp = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? floor[widest]
            widths[widest] -= max(1, min(excess, widths[widest] - max(runnerUp, floor[widest])))
        }
        return widths
    }

    /// `3 columns not shown: terms, status, date (.mode line shows all)`.
    var footerNote: String? {
        guard !omitted.isEmpty else { return nil }
        let count = omitted.count == 1 ? "1 column" : "\(omitted.count) columns"
        return "\(count) not shown: " + omitted.joined(separator: ", ") + " (.mode line shows all)"
    }
}
