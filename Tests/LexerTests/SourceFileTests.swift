import Lexer
import Testing

@Suite struct SourceFileTests {
    @Test func columnsCountCharactersNotBytes() {
        let source = SourceFile(name: "q.q", text: "find\n  Théo ? x")
        let offset = Array(source.bytes).firstIndex(of: UInt8(ascii: "?"))!
        #expect(source.location(of: offset) == SourceFile.Location(line: 2, column: 8))
        #expect(source.position(of: offset) == "q.q:2:8")
        #expect(source.lineText(1) == "  Théo ? x")
    }

    @Test func unnamedSourcesShowLineAndColumnOnly() {
        #expect(SourceFile(text: "abc").position(of: 2) == "1:3")
    }

    @Test func crlfLinesDropTheCarriageReturn() {
        let source = SourceFile(text: "a\r\nb")
        #expect(source.lineText(0) == "a")
        #expect(source.location(of: 3) == SourceFile.Location(line: 2, column: 1))
    }

    @Test func foldingIgnoresCaseAccentsAndApostrophes() {
        #expect(TextFolding.fold("Théo") == "theo")
        #expect(TextFolding.fold("l’IA") == TextFolding.fold("L'ia"))
        #expect(TextFolding.fold("ŒUVRE") == "oeuvre")
        #expect(TextFolding.fold("ZUCKERBERG") == "zuckerberg")
    }

    @Test func suggestionsAreNearestWithinAFewEdits() {
        #expect(Suggestion.nearest(to: "amout", in: ["amount", "buyer"]) == "amount")
        #expect(Suggestion.nearest(to: "zuckerburg", in: ["Zuckerberg", "Altman"]) == "Zuckerberg")
        #expect(Suggestion.nearest(to: "Metta", in: ["Meta", "OpenAI"]) == "Meta")
        #expect(Suggestion.nearest(to: "fnid", in: ["find", "count"]) == "find")
        #expect(Suggestion.nearest(to: "xyz", in: ["find", "count"]) == nil)
    }

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("Théo") == 4)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("🚀x") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }
}
