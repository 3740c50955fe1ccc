/// Prints a diagnostic the way compilers do: the message, the position, the
/// source line and a caret underline with the suggestion or label after it.
///
///     error: expected a statement, found 'fnd'
///      --> 1:1
///       |
///     1 | fnd deals where amount > 1e9
///       | ^^^ did you mean 'find'?
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let source = diagnostic.source
        let lineIndex = source.lineIndex(of: diagnostic.span.start)
        let lineNumber = String(lineIndex + 1)
        let gutter = String(repeating: " ", count: lineNumber.count)
        let fullLine = source.lineText(lineIndex)
        let (fullIndent, fullWidth) = caretPlacement(diagnostic.span, line: fullLine, lineStart: source.lineStarts[lineIndex], source: source)
        let (line, indent, width) = Self.window(Self.visible(fullLine), indent: fullIndent, width: fullWidth)
        // Carets are placed in terminal columns: an emoji before the error takes two.
        let characters = Array(line)
        let padding = DisplayWidth.of(String(characters[..<min(indent, characters.count)]))
        let underlined = characters[min(indent, characters.count)..<min(indent + width, characters.count)]
        let carets = max(1, DisplayWidth.of(String(underlined)))

        // Messages, notes and file names may quote the input: none of it reaches the terminal raw.
        var out = paint(diagnostic.severity.rawValue, severityColor(diagnostic.severity)) + ": " + TerminalText.safe(diagnostic.message) + "\n"
        out += gutter + paint("-->", blue) + " " + TerminalText.safe(diagnostic.position) + "\n"
        out += gutter + " " + paint("|", blue) + "\n"
        out += paint(lineNumber, blue) + " " + paint("|", blue) + " " + line + "\n"
        var caretLine = gutter + " " + paint("|", blue) + " " + String(repeating: " ", count: padding)
        caretLine += paint(String(repeating: "^", count: carets), severityColor(diagnostic.severity))
        if let trailer = trailer(of: diagnostic) { caretLine += " " + TerminalText.safe(trailer) }
        out += caretLine + "\n"
        for note in diagnostic.notes {
            out += gutter + " " + paint("=", blue) + " note: " + TerminalText.safe(note) + "\n"
        }
        return out
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    private func trailer(of diagnostic: Diagnostic) -> String? {
        if let suggestion = diagnostic.suggestion { return "did you mean '\(suggestion)'?" }
        return diagnostic.label
    }

    /// Characters of the line before the caret and under it.
    private func caretPlacement(_ span: Span, line: String, lineStart: Int, source: SourceFile) -> (Int, Int) {
        let before = source.text(of: Span(start: lineStart, end: span.start))
        let lineEnd = lineStart + line.utf8.count
        let covered = source.text(of: Span(start: span.start, end: min(span.end, lineEnd)))
        return (before.count, max(1, covered.count))
    }

    /// At most this many characters of a source line are shown.
    public static let maxLineWidth = 100

    /// Cuts a long line to a window around the caret, marking the cuts with `…`.
    static func window(_ line: String, indent: Int, width: Int) -> (String, Int, Int) {
        let characters = Array(line)
        guard characters.count > maxLineWidth else { return (line, indent, width) }
        let width = min(width, maxLineWidth / 2)
        let start = max(0, min(indent - maxLineWidth / 3, characters.count - maxLineWidth))
        let end = min(characters.count, start + maxLineWidth)
        let head = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        let shown = head + String(characters[start..<end]) + tail
        return (shown, indent - start + head.count, width)
    }

    /// Tabs become one space and control characters a `�`, so columns line up
    /// and nothing from the input reaches the terminal as a control sequence.
    static func visible(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            if scalar == "\t" { return " " }
            if TerminalText.isControl(scalar) { return "\u{FFFD}" }
            return Character(scalar)
        })
    }

    private let blue = "\u{1B}[1;34m"
    private func severityColor(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
    }

    private func paint(_ text: String, _ color: String) -> String {
        useColor ? color + text + "\u{1B}[0m" : text
    }
}
