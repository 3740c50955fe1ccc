import Lexer
import Query
import TestSupport
import Testing

/// No input, however malformed, crashes or hangs the parser: it ends in
/// diagnostics.
@Suite struct RobustnessTests {
    @Test func tenMegabytesOfRandomBytes() {
        var random = SplitMix64(seed: 7)
        var bytes = [UInt8](repeating: 0, count: 10 * 1024 * 1024)
        for i in stride(from: 0, to: bytes.count, by: 8) {
            withUnsafeBytes(of: random.next()) { word in
                for j in 0..<min(8, bytes.count - i) { bytes[i + j] = word[j] }
            }
        }
        let result = Parser.parse(SourceFile(name: "random", bytes: bytes))
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics.count <= Parser.maxDiagnostics)
        let rendered = DiagnosticRenderer().render(result.diagnostics[0])
        #expect(rendered.hasPrefix("error: "))
    }

    @Test func randomTokenSoup() {
        let vocabulary = ["find", "count", "sum", "of", "where", "and", "or", "not", "(", ")", "in", "between",
                          "is", "missing", "contains", "deals", "amount", "=", ">", "1e9", "$6.4B", "49%", "\"x",
                          "\"Scale AI\"", ",", ";", "sort", "by", "desc", "limit", "5", "show", "explain", "2024-07", "--", "\n"]
        var random = SplitMix64(seed: 99)
        for _ in 0..<5_000 {
            let count = Int(random.next() % 12) + 1
            let text = (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }.joined(separator: " ")
            let result = Parser.parse(text)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.span.start >= 0 && diagnostic.span.end <= text.utf8.count, "bad span for \(text)")
                _ = DiagnosticRenderer().render(diagnostic)
            }
        }
    }

    @Test func aHundredThousandCharacterLine() {
        let line = "find deals where " + String(repeating: "amount >= 10000000000 and ", count: 4_000) + "buyer = Meta"
        #expect(line.count > 100_000)
        let result = Parser.parse(line)
        #expect(result.diagnostics.isEmpty)
        #expect(result.statements.count == 1)

        let broken = String(repeating: "x", count: 100_000) + " ?"
        let failure = Parser.parse(broken)
        let rendered = DiagnosticRenderer().render(failure.diagnostics)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count < 200 }, "long lines are cut around the caret")
    }

    @Test func tenThousandNestedParentheses() {
        let text = "find deals where " + String(repeating: "(", count: 10_000) + "a = 1" + String(repeating: ")", count: 10_000)
        let result = Parser.parse(text)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].message == "nesting is deeper than \(Limits.Name.nesting.defaultValue) levels")
    }

    @Test func tenThousandNestedExplainsAndNots() {
        #expect(Parser.parse(String(repeating: "explain ", count: 10_000) + "count deals").diagnostics.count == 1)
        #expect(Parser.parse("find deals where " + String(repeating: "not ", count: 10_000) + "a = 1").diagnostics.count == 1)
        #expect(Parser.parse("find deals where " + String(repeating: "not ", count: Limits.Name.nesting.defaultValue) + "a = 1").diagnostics.isEmpty)
    }

    @Test func unterminatedStringOfAMegabyte() {
        let text = "search \"" + String(repeating: "é", count: 500_000)
        let result = Parser.parse(text)
        #expect(result.isIncomplete)
    }
}
