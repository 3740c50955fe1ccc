import FactStore
import Query

/// An answer as HTML, with the same columns, footer and notes as in the
/// terminal: bars drawn as bars, each source a link to its article
/// scrolled to the line.
struct AnswerHTML {
    let shownRows: Int

    func render(_ result: QueryResult) -> String {
        switch result {
        case .table(let table): render(table)
        case .card(let card): CardHTML().render(card)
        case .text(let text): "<pre class=\"explain\">\(HTML.escape(text))</pre>"
        }
    }

    func render(_ full: ResultTable) -> String {
        let table = full.forPeople
        var html = "<div class=\"answer\"><table>\n<thead><tr>"
        for column in table.columns {
            html += column.isBar ? "<th class=\"bar\"></th>" : "<th>\(HTML.escape(column.name))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (index, row) in table.rows.prefix(shownRows).enumerated() {
            html += "<tr>"
            let citation = index < table.citations.count ? table.citations[index].first : nil
            for (column, cell) in zip(table.columns, row) {
                html += self.cell(cell, column: column.name, citation: citation)
            }
            html += "</tr>\n"
        }
        html += "</tbody></table></div>\n"
        var footer = table.footer
        if table.rows.count > shownRows {
            footer += " (\(shownRows) shown; the downloads hold all)"
        }
        html += "<p class=\"footer\">\(HTML.escape(footer))</p>\n"
        html += table.notes.map { "<p class=\"note\">note: \(HTML.escape($0))</p>\n" }.joined()
        return html
    }

    private func cell(_ cell: Cell, column: String, citation: Citation?) -> String {
        switch cell {
        case .bar(let fraction):
            let percent = max(0, min(100, (fraction * 1000).rounded() / 10))
            return "<td class=\"bar\"><span style=\"width: \(percent)%\"></span></td>"
        case .quantity, .count:
            return "<td class=\"number\">\(HTML.escape(ValueText.human(cell)))</td>"
        case .highlighted(let text, let ranges):
            return "<td>\(Self.marked(text, ranges))</td>"
        case .text(let text) where column == "source" && citation != nil:
            let link = Links.document(citation!.document, line: citation!.line, evidence: citation!.evidence)
            return "<td><a class=\"source\" href=\"\(HTML.escape(link))\">\(HTML.escape(text))</a></td>"
        default:
            return "<td>\(HTML.escape(ValueText.human(cell)))</td>"
        }
    }

    /// Text with `<mark>` around the ranges a search matched (in Unicode scalars).
    static func marked(_ text: String, _ ranges: [Range<Int>]) -> String {
        let scalars = Array(text.unicodeScalars)
        var html = ""
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= position && range.upperBound <= scalars.count {
            html += HTML.escape(String(String.UnicodeScalarView(scalars[position..<range.lowerBound])))
            html += "<mark>" + HTML.escape(String(String.UnicodeScalarView(scalars[range]))) + "</mark>"
            position = range.upperBound
        }
        return html + HTML.escape(String(String.UnicodeScalarView(scalars[position...])))
    }
}
