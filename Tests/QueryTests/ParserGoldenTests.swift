import Lexer
import Query
import TestSupport
import Testing

/// `Golden/parser/NAME.q` parses to `NAME.ast`, or fails with the rendered
/// diagnostics of `NAME.err`. Every tree also survives a round trip through
/// the canonical printer.
@Suite struct ParserGoldenTests {
    static let cases = (try? GoldenCase.all(in: "Golden/parser", ext: "q")) ?? []

    @Test func suiteIsLargeEnough() {
        let errors = Self.cases.filter { (try? $0.sibling("err").checkResourceIsReachable()) == true }
        #expect(Self.cases.count >= 80)
        #expect(errors.count >= 30)
    }

    @Test(arguments: cases)
    func golden(_ testCase: GoldenCase) throws {
        let source = SourceFile(name: testCase.name + ".q", bytes: try testCase.readBytes())
        let result = Parser.parse(source)
        if result.diagnostics.isEmpty {
            let mismatch = Golden.check(SExpressionPrinter.print(result.statements), against: testCase.sibling("ast"))
            #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
            for statement in result.statements { try expectRoundTrip(statement) }
        } else {
            let rendered = DiagnosticRenderer().render(result.diagnostics)
            let mismatch = Golden.check(rendered, against: testCase.sibling("err"))
            #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
        }
    }

    private func expectRoundTrip(_ statement: Statement) throws {
        let canonical = CanonicalPrinter.print(statement)
        let reparsed = Parser.parse(canonical)
        #expect(reparsed.diagnostics.isEmpty, "canonical text does not parse: \(canonical)")
        let again = try #require(reparsed.statements.first)
        #expect(SExpressionPrinter.print(again) == SExpressionPrinter.print(statement), "round trip changed: \(canonical)")
        #expect(CanonicalPrinter.print(again) == canonical)
    }
}
