/// Which rows a capped answer shows: the first half and the last half of
/// `maxRows`, with how many were left out between them (DuckDB's way).
struct RowCap {
    /// Indices of the rows shown, in order.
    let shown: [Int]
    /// The last row shown before the gap, if rows were left out.
    let gapAfter: Int?
    let omitted: Int

    init(count: Int, maxRows: Int?) {
        guard let maxRows, maxRows > 0, count > maxRows else {
            shown = Array(0..<count)
            gapAfter = nil
            omitted = 0
            return
        }
        let head = (maxRows + 1) / 2
        let tail = maxRows - head
        shown = Array(0..<head) + Array((count - tail)..<count)
        gapAfter = head - 1
        omitted = count - maxRows
    }

    var omittedText: String {
        "\(ValueText.grouped(Double(omitted))) more \(omitted == 1 ? "row" : "rows")"
    }

    /// After the footer: ` (40 shown; .maxrows 0 shows all)`.
    var footerSuffix: String {
        omitted == 0 ? "" : " (\(shown.count) shown; .maxrows 0 shows all)"
    }
}
