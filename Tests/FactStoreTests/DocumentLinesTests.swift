@testable import FactStore
import Testing

/// An article's lines as citations number them: split on line feeds, a CR
/// before a line feed left out, a final line feed ending the last line
/// rather than starting an empty one; every line cut from the one copy of
/// the bytes, byte for byte.
@Suite struct DocumentLinesTests {
    static let cases: [(text: String, lines: [String], rule: String)] = [
        ("", [], "no text, no line"),
        ("one", ["one"], "a line with no line feed"),
        ("one\n", ["one"], "a final line feed starts no line"),
        ("one\ntwo", ["one", "two"], "the last line may end without a line feed"),
        ("one\r\ntwo\r\n", ["one", "two"], "a CR before a line feed is left out"),
        ("one\rtwo", ["one\rtwo"], "a CR alone is text"),
        ("one\r", ["one\r"], "a CR at the very end, with no line feed after it, is text"),
        ("\n\nthree\n", ["", "", "three"], "empty lines are lines"),
        ("\r\n", [""], "a CR and line feed alone end one empty line"),
        ("« Été » 1 %\n€ 2\u{2028}x", ["« Été » 1 %", "€ 2\u{2028}x"], "lines split by bytes, whatever their characters"),
    ]

    @Test(arguments: cases.indices)
    func lines(_ index: Int) {
        let (text, expected, rule) = Self.cases[index]
        let document = Document(id: "d", file: "corpus/d.txt", title: nil, outlet: nil, date: nil, language: "und", text: text)
        #expect(document.lines == expected, Comment(rawValue: rule))
        #expect(document.lineCount == expected.count)
        #expect(document.line(0) == nil && document.line(expected.count + 1) == nil)
        var visited: [String] = []
        document.forEachLine { visited.append(String(decoding: $0, as: UTF8.self)) }
        #expect(visited == expected)
    }

    @Test func evidenceIsFoundOnItsLineOnly() {
        let document = Document(id: "d", file: "corpus/d.txt", title: nil, outlet: nil, date: nil, language: "und",
                                text: "Meta buys Scale\r\nfor $14.3 billion\n")
        #expect(document.line(2, contains: "$14.3 billion"))
        #expect(!document.line(1, contains: "$14.3 billion"))
        #expect(!document.line(1, contains: "Scale\r"))
    }
}
