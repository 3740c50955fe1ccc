import FactStore
import Lexer

/// Box-drawn tables sized in terminal columns (accented and wide characters
/// counted right), cut to the width with `…`, numbers right-aligned, a bar
/// column for grouped answers, a footer, and on request the citation and
/// evidence under each row.
struct TableRenderer {
    let options: RenderOptions

    func render(_ full: ResultTable) -> String {
        let cap = RowCap(count: full.rows.count, maxRows: options.maxRows)
        let shownRows = (full.rows.count == cap.shown.count ? full : full.selecting(rows: cap.shown)).holdingCells()
        let numericColumns = numeric(shownRows)
        let allTexts = shownRows.rows.map { row in row.enumerated().map { text(for: $0.element, column: shownRows.columns[$0.offset]) } }
        let fit = TableFit(columns: shownRows.columns, natural: naturalWidths(shownRows, allTexts), numeric: numericColumns, width: options.width)
        let table = shownRows.selecting(columns: fit.kept)
        let texts = allTexts.map { row in fit.kept.map { row[$0] } }
        let rightAligned = fit.kept.map { numericColumns[$0] }
        var widths = fit.widths
        if options.citations { widenForCitations(table, &widths, numeric: rightAligned) }
        var lines = [border("┌", "┬", "┐", widths)]
        lines.append(line(table.columns.map { bold($0.name) }, plain: table.columns.map(\.name), widths: widths, rightAligned: rightAligned))
        lines.append(border("├", "┼", "┤", widths))
        for (index, row) in texts.enumerated() {
            let shown = zip(row, table.columns).enumerated().map { column, pair in
                decorate(pair.0, cell: table.rows[index][column], width: widths[column])
            }
            lines.append(line(shown, plain: row, widths: widths, rightAligned: rightAligned))
            if options.citations, index < table.citations.count {
                lines += citationLines(table.citations[index], widths: widths)
            }
            if cap.gapAfter == index { lines.append(gapLine(cap.omittedText, widths: widths)) }
        }
        lines.append(border("└", "┴", "┘", widths))
        var out = lines.joined(separator: "\n") + "\n" + table.footer + cap.footerSuffix + "\n"
        if let omitted = fit.footerNote { out += Self.wrap(omitted, width: options.width).joined(separator: "\n") + "\n" }
        for note in table.notes { out += "note: " + TerminalText.safe(note) + "\n" }
        return out
    }

    /// Columns whose every value is a number or a count: right-aligned, never cut.
    func numeric(_ table: ResultTable) -> [Bool] {
        table.columns.indices.map { column in
            table.rows.allSatisfy { row in
                switch row[column] {
                case .quantity, .count, .missing: true
                default: false
                }
            } && !table.rows.isEmpty
        }
    }

    /// `│ … 504,227 more rows │`, across the table.
    func gapLine(_ text: String, widths: [Int]) -> String {
        let inner = widths.reduce(0, +) + 3 * (widths.count - 1)
        let shown = Self.cut("… " + text, to: inner)
        return "│ " + dim(shown) + String(repeating: " ", count: max(0, inner - DisplayWidth.of(shown))) + " │"
    }

    // MARK: - Cells

    static let barWidth = 20

    func text(for cell: Cell, column: ResultColumn) -> String {
        if case .bar(let fraction) = cell { return Self.bar(fraction) }
        return TerminalText.safe(ValueText.human(cell, missing: options.nullValue))
    }

    /// Unicode blocks in eighths: the picture of the answer.
    static func bar(_ fraction: Double) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(barWidth * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let text = String(repeating: "█", count: eighths / 8) + partial
        return text.isEmpty && fraction > 0 ? "▏" : text
    }

    /// Search matches in bold, or in [brackets] without colour. A long
    /// sentence is shown from a little before its first match.
    func decorate(_ shown: String, cell: Cell, width: Int) -> String {
        guard case .highlighted(let text, let ranges) = cell, let first = ranges.map(\.lowerBound).min(),
              TerminalText.safe(text) == text else { return shown }
        var scalars = Array(text.unicodeScalars)
        var shifted = ranges
        let marked = Self.marked(scalars, ranges, color: options.color)
        if Self.visibleWidth(of: marked) > width, first > width / 3 {
            let markers = options.color ? 0 : 2 * ranges.count
            let start = max(1, min(first - width / 3, scalars.count + markers - width + 2))
            scalars = ["…"] + Array(scalars[start...])
            shifted = ranges.filter { $0.lowerBound >= start }.map { ($0.lowerBound - start + 1)..<($0.upperBound - start + 1) }
        }
        return Self.cut(Self.marked(scalars, shifted, color: options.color), to: width, color: options.color)
    }

    /// The text with the matched ranges (scalar offsets) marked.
    static func marked(_ scalars: [Unicode.Scalar], _ ranges: [Range<Int>], color: Bool) -> String {
        func text(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return String(view)
        }
        var out = ""
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= position {
            out += text(scalars[position..<range.lowerBound])
            let word = text(scalars[range])
            out += color ? "\u{1B}[1;33m" + word + "\u{1B}[0m" : "[" + word + "]"
            position = range.upperBound
        }
        return out + text(scalars[position...])
    }

    // MARK: - Widths

    /// Each column's width with nothing cut; `TableFit` then fits them to
    /// the terminal.
    func naturalWidths(_ table: ResultTable, _ texts: [[String]]) -> [Int] {
        var widths = table.columns.indices.map { column in
            max(DisplayWidth.of(table.columns[column].name), texts.map { Self.visibleWidth(of: $0[column]) }.max() ?? 0, 1)
        }
        // Without colour, matches are marked with brackets, which take room.
        for column in widths.indices where !options.color && table.rows.contains(where: {
            if case .highlighted(_, let ranges) = $0[column] { !ranges.isEmpty } else { false }
        }) {
            widths[column] += 4
        }
        return widths
    }

    /// The columns text takes, its color escapes (ESC … m) taking none;
    /// counted as it is read, with no copy made.
    static func visibleWidth(of text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" { inEscape = true; continue }
            if inEscape { if scalar == "m" { inEscape = false }; continue }
            width += DisplayWidth.of(scalar)
        }
        return width
    }

    /// Cuts text to `width` terminal columns, ending with `…` when cut.
    static func cut(_ text: String, to width: Int, color: Bool = false) -> String {
        guard visibleWidth(of: text) > width else { return text }
        var out = ""
        var used = 0
        var inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true; out.append(character); continue }
            if inEscape { out.append(character); if character == "m" { inEscape = false }; continue }
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            out.append(character)
            used += characterWidth
        }
        return out + "…" + (color && text.contains("\u{1B}") ? "\u{1B}[0m" : "")
    }

    // MARK: - Lines

    func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }

    func line(_ shown: [String], plain: [String], widths: [Int], rightAligned: [Bool]) -> String {
        let cells = shown.indices.map { column -> String in
            let text = Self.cut(shown[column], to: widths[column], color: options.color)
            let padding = String(repeating: " ", count: max(0, widths[column] - Self.visibleWidth(of: text)))
            return rightAligned[column] ? padding + text : text + padding
        }
        return "│ " + cells.joined(separator: " │ ") + " │"
    }

    /// `↳ 001:10 “evidence”`, wrapped inside the table's width.
    func citationLines(_ citations: [Citation], widths: [Int]) -> [String] {
        let inner = widths.reduce(0, +) + 3 * (widths.count - 1)
        var lines: [String] = []
        for citation in citations {
            for piece in Self.wrap(citationText(citation), width: inner) {
                let padding = String(repeating: " ", count: max(0, inner - DisplayWidth.of(piece)))
                lines.append("│ " + dim(piece) + padding + " │")
            }
        }
        return lines
    }

    /// Citations read better on long lines: the last text column grows so
    /// that evidence fits on one line when the terminal allows it.
    func widenForCitations(_ table: ResultTable, _ widths: inout [Int], numeric: [Bool]) {
        guard let last = widths.indices.last(where: { !numeric[$0] }) ?? widths.indices.last else { return }
        let longest = table.citations.flatMap { $0 }.map { DisplayWidth.of(citationText($0)) }.max() ?? 0
        let inner = widths.reduce(0, +) + 3 * (widths.count - 1)
        let available = options.width - 4
        if inner < min(longest, available) { widths[last] += min(longest, available) - inner }
    }

    func citationText(_ citation: Citation) -> String {
        "↳ \(citation) “\(TerminalText.safe(citation.evidence))”"
    }

    /// Greedy word wrap; continuation lines are indented by two spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width || current.isEmpty || current == "  " {
                current = candidate
            } else {
                lines.append(current)
                current = "  " + word
            }
            while DisplayWidth.of(current) > width {
                let head = String(cut(current, to: width).dropLast())
                lines.append(head)
                current = "  " + String(current.dropFirst(head.count))
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    func bold(_ text: String) -> String { options.color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
    func dim(_ text: String) -> String { options.color ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
}
