import Lexer
import Testing

@Suite struct DiagnosticRendererTests {
    @Test func rendersTheIssueExample() {
        let source = SourceFile(text: "fnd deals where amount > 1e9")
        let diagnostic = Diagnostic(.error, "expected a statement, found 'fnd'", in: source, at: Span(start: 0, end: 3), suggestion: "find")
        #expect(DiagnosticRenderer().render(diagnostic) == """
            error: expected a statement, found 'fnd'
             --> 1:1
              |
            1 | fnd deals where amount > 1e9
              | ^^^ did you mean 'find'?

            """)
    }

    @Test func widensTheGutterForLongFilesAndPrintsNotes() {
        let source = SourceFile(name: "facts.txt", text: String(repeating: "\n", count: 11) + "\tbad value")
        let start = source.lineStarts[11] + 1
        let diagnostic = Diagnostic(.warning, "odd", in: source, at: Span(start: start, end: start + 3),
                                    label: "here", notes: ["one", "two"])
        #expect(DiagnosticRenderer().render(diagnostic) == """
            warning: odd
              --> facts.txt:12:2
               |
            12 |  bad value
               |  ^^^ here
               = note: one
               = note: two

            """)
    }

    @Test func colourOnlyWhenAsked() {
        let source = SourceFile(text: "x")
        let diagnostic = Diagnostic(.error, "m", in: source, at: Span(start: 0, end: 1))
        #expect(!DiagnosticRenderer().render(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticRenderer(useColor: true).render(diagnostic).contains("\u{1B}[1;31merror"))
    }

    @Test func controlCharactersFromTheInputAreNotPrintedRaw() {
        let source = SourceFile(text: "a \u{1B}[31m b")
        let diagnostic = Diagnostic(.error, "m", in: source, at: Span(start: 2, end: 3))
        #expect(!DiagnosticRenderer().render(diagnostic).contains("\u{1B}"))
    }
}
