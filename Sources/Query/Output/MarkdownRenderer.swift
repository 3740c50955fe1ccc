import Lexer
/// A GitHub-flavoured Markdown table: pipes and line breaks escaped,
/// numbers right-aligned, the footer and notes after it.
struct MarkdownRenderer {
    let options: RenderOptions

    func render(_ answer: ResultTable) -> String {
        let table = answer.holdingCells()
        let columns = table.columns.indices.filter { !table.columns[$0].isBar }
        let numeric = columns.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy {
                switch $0[column] {
                case .quantity, .count, .missing: true
                default: false
                }
            }
        }
        var out = "| " + columns.map { escape(table.columns[$0].name) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for (index, row) in table.rows.enumerated() {
            out += "| " + columns.map { escape(ValueText.human(row[$0], missing: options.nullValue)) }.joined(separator: " | ") + " |\n"
            if options.citations, let citations = table.citations[safe: index] {
                for citation in citations { out += "| " + escape("↳ \(citation) “\(citation.evidence)”") + String(repeating: " |", count: columns.count) + "\n" }
            }
        }
        out += "\n" + table.footer + "\n"
        for note in table.notes { out += "\n> " + escape(note) + "\n" }
        return out
    }

    func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.safe(text) {
            switch character {
            case "|": out += "\\|"
            default: out.append(character)
            }
        }
        return out
    }
}
