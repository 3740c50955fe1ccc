import FactStore
import Lexer

/// The vertical layout (`.mode line`, psql's expanded display): one
/// record per row, one field per line, long values wrapped rather than
/// cut, so that no column is ever left out.
struct LineRenderer {
    let options: RenderOptions

    func render(_ table: ResultTable) -> String {
        let columns = table.columns.indices.filter { !table.columns[$0].isBar }
        let labelWidth = columns.map { DisplayWidth.of(table.columns[$0].name) }.max() ?? 0
        let valueWidth = max(20, options.width - labelWidth - 2)
        let cap = RowCap(count: table.rows.count, maxRows: options.maxRows)
        var out = ""
        for index in cap.shown {
            out += heading(index, table) + "\n"
            let row = table.rows[index]
            for column in columns {
                let name = table.columns[column].name
                let label = name + String(repeating: " ", count: labelWidth - DisplayWidth.of(name))
                let text = ValueText.human(row[column], missing: options.nullValue)
                let pieces = TableRenderer.wrap(TerminalText.safe(text), width: valueWidth)
                out += (pieces.first.map { label + "  " + $0 } ?? name) + "\n"
                for piece in pieces.dropFirst() { out += String(repeating: " ", count: labelWidth + 2) + piece + "\n" }
            }
            if options.citations, let citations = table.citations[safe: index] {
                for citation in citations { out += "↳ \(citation) “\(TerminalText.safe(citation.evidence))”\n" }
            }
            out += "\n"
            if index == cap.gapAfter { out += "… \(cap.omittedText)\n\n" }
        }
        out += table.footer + cap.footerSuffix + "\n"
        for note in table.notes { out += "note: " + TerminalText.safe(note) + "\n" }
        return out
    }

    /// `─[ 2 · meta_stake_scale ]───`
    func heading(_ index: Int, _ table: ResultTable) -> String {
        let title = "─[ \(index + 1)" + (table.ids[safe: index].map { " · " + TerminalText.safe($0) } ?? "") + " ]"
        return title + String(repeating: "─", count: max(3, min(options.width, 40) - DisplayWidth.of(title)))
    }
}
