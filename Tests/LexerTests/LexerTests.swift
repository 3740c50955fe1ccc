import Lexer
import Testing

/// Table-driven: each input lexes to the listed token kinds.
@Suite struct LexerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let kinds: [TokenKind]
        var testDescription: String { input }
    }

    static let literalCases: [Case] = [
        Case(input: "42", kinds: [.number(42)]),
        Case(input: "-5", kinds: [.number(-5)]),
        Case(input: "6.4", kinds: [.number(6.4)]),
        Case(input: "1e9", kinds: [.number(1e9)]),
        Case(input: "2.5E-3", kinds: [.number(0.0025)]),
        Case(input: "1_000_000", kinds: [.number(1_000_000)]),
        Case(input: "100k", kinds: [.number(100_000)]),
        Case(input: "6.4B", kinds: [.number(6_400_000_000)]),
        Case(input: "10bn", kinds: [.number(10_000_000_000)]),
        Case(input: "3M 2T 5K", kinds: [.number(3_000_000), .number(2e12), .number(5_000)]),
        Case(input: "$6.4B", kinds: [.money(6.4e9, .usd)]),
        Case(input: "€600", kinds: [.money(600, .eur)]),
        Case(input: "600€", kinds: [.money(600, .eur)]),
        Case(input: "600 €", kinds: [.money(600, .eur)]),
        Case(input: "£5M", kinds: [.money(5e6, Currency(code: "GBP")!)]),
        Case(input: "49%", kinds: [.percent(49)]),
        Case(input: "49 %", kinds: [.percent(49)]),
        Case(input: "0.5%", kinds: [.percent(0.5)]),
        Case(input: "2024-07-01", kinds: [.date(CalendarDate(year: 2024, month: 7, day: 1)!)]),
        Case(input: "2024-07", kinds: [.date(CalendarDate(year: 2024, month: 7)!)]),
        Case(input: "2024-02-29", kinds: [.date(CalendarDate(year: 2024, month: 2, day: 29)!)]),
        Case(input: "2024", kinds: [.number(2024)]),
        Case(input: "\"Scale AI\"", kinds: [.string("Scale AI")]),
        Case(input: "'l’IA'", kinds: [.string("l’IA")]),
        Case(input: #""a\"b\'c\\d\ne\tf\u{E9}""#, kinds: [.string("a\"b'c\\d\ne\tf\u{E9}")]),
        Case(input: "“superintelligence”", kinds: [.string("superintelligence")]),
        Case(input: "\"two\nlines\"", kinds: [.string("two\nlines")]),
        Case(input: "true FALSE", kinds: [.keyword(.true), .keyword(.false)]),
    ]

    static let wordCases: [Case] = [
        Case(input: "Meta OpenAI xAI o3 Théo _x", kinds: [.name, .name, .name, .name, .name, .name]),
        Case(input: "FIND Where aNd", kinds: [.keyword(.find), .keyword(.where), .keyword(.and)]),
        Case(input: "findings wherever", kinds: [.name, .name]),
        Case(input: "( ) , ; : { }", kinds: [.symbol(.leftParen), .symbol(.rightParen), .symbol(.comma), .symbol(.semicolon),
                                            .symbol(.colon), .symbol(.leftBrace), .symbol(.rightBrace)]),
        Case(input: "= != <> < <= > >=", kinds: [.symbol(.equal), .symbol(.notEqual), .symbol(.notEqual), .symbol(.less),
                                                .symbol(.lessEqual), .symbol(.greater), .symbol(.greaterEqual)]),
        Case(input: "a -- comment\nb", kinds: [.name, .name]),
        Case(input: "a\u{00A0}b\u{202F}c", kinds: [.name, .name, .name]),
        Case(input: "x-5", kinds: [.name, .number(-5)]),
        Case(input: "revenue-share Dall-E a--b", kinds: [.name, .name, .name]),
    ]

    static let errorCases: [Case] = [
        Case(input: "\"open", kinds: [.invalid]),
        Case(input: "1e", kinds: [.invalid]),
        Case(input: "1.2.3", kinds: [.invalid]),
        Case(input: "12abc", kinds: [.invalid]),
        Case(input: "1__0", kinds: [.invalid]),
        Case(input: "$", kinds: [.invalid]),
        Case(input: "$x", kinds: [.invalid, .name]),
        Case(input: "&", kinds: [.invalid]),
        Case(input: "2024-13", kinds: [.invalid]),
        Case(input: "2023-02-29", kinds: [.invalid]),
        Case(input: "1e400", kinds: [.invalid]),
        Case(input: "==", kinds: [.invalid]),
    ]

    @Test(arguments: literalCases + wordCases + errorCases)
    func kinds(_ testCase: Case) {
        let tokens = Lexer.tokenize(SourceFile(text: testCase.input))
        #expect(tokens.map(\.kind) == testCase.kinds + [.end])
    }

    @Test func errorTokensCarryTheirDiagnostic() {
        for testCase in Self.errorCases {
            let token = Lexer.tokenize(SourceFile(text: testCase.input))[0]
            #expect(token.diagnostic != nil, "\(testCase.input)")
        }
    }

    @Test func badEscapeStillYieldsAString() {
        let token = Lexer.tokenize(SourceFile(text: #""a\qb""#))[0]
        #expect(token.kind == .string("ab"))
        #expect(token.diagnostic?.message == "invalid escape '\\q' in a string")
    }

    @Test func spansAreByteRanges() {
        let source = SourceFile(text: "find Théo = 49 %")
        let spans = Lexer.tokenize(source).map(\.span)
        #expect(spans == [Span(start: 0, end: 4), Span(start: 5, end: 10), Span(start: 11, end: 12),
                          Span(start: 13, end: 17), .point(17)])
        #expect(source.text(of: spans[1]) == "Théo")
    }

    @Test func invalidUTF8BecomesOneTokenPerBadSequence() {
        let tokens = Lexer.tokenize(SourceFile(bytes: Array("a ".utf8) + [0xFF, 0xC3] + Array(" b".utf8)))
        #expect(tokens.map(\.kind) == [.name, .invalid, .invalid, .name, .end])
    }

    @Test func unterminatedStringIsAtEndOfInput() {
        let token = Lexer.tokenize(SourceFile(text: "'abc"))[0]
        #expect(token.diagnostic?.isAtEndOfInput == true)
    }
}
