import Foundation
import Lexer
import Query
import Testing

/// `grammar/query.ebnf` is the specification: every sentence it generates
/// must parse, and parse to a tree that survives the canonical printer.
@Suite struct GrammarTests {
    static let grammarURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("grammar/query.ebnf")

    func loadGrammar() throws -> EBNF.Grammar {
        try EBNF.parse(String(contentsOf: Self.grammarURL, encoding: .utf8))
    }

    @Test func everyReferencedRuleIsDefined() throws {
        let grammar = try loadGrammar()
        func references(_ node: EBNF) -> [String] {
            switch node {
            case .reference(let name): [name]
            case .sequence(let items), .choice(let items): items.flatMap(references)
            case .optional(let inner), .repetition(let inner): references(inner)
            case .exception(let base, let excluded): references(base) + references(excluded)
            default: []
            }
        }
        let missing = grammar.rules.values.flatMap(references).filter { grammar.rules[$0] == nil }
        #expect(missing.isEmpty, "undefined rules: \(missing)")
    }

    @Test func parserAcceptsEveryGeneratedStatement() throws {
        var expander = Expander(grammar: try loadGrammar(), seed: 20261123, maxDepth: 16)
        var accepted = 0
        for round in 0..<1_500 {
            let text = expander.sentence(from: round % 10 == 0 ? "script" : "statement")
            let result = Parser.parse(text)
            let rendered = DiagnosticRenderer().render(result.diagnostics)
            #expect(result.diagnostics.isEmpty, "rejected:\n\(text)\n\(rendered)")
            for statement in result.statements {
                let canonical = CanonicalPrinter.print(statement)
                let again = Parser.parse(canonical)
                #expect(again.statements.map { SExpressionPrinter.print($0) } == [SExpressionPrinter.print(statement)],
                        "round trip changed \(text) into \(canonical)")
            }
            if result.diagnostics.isEmpty { accepted += result.statements.count }
        }
        print("grammar expansion: \(accepted) generated statements accepted")
        #expect(accepted >= 1_000)
    }

    @Test func keywordsOfTheGrammarAreTheParsersKeywords() throws {
        let grammar = try loadGrammar()
        func terminals(_ node: EBNF) -> [String] {
            switch node {
            case .terminal(let text): [text]
            case .sequence(let items), .choice(let items): items.flatMap(terminals)
            case .optional(let inner), .repetition(let inner): terminals(inner)
            case .exception(let base, _): terminals(base)
            default: []
            }
        }
        let syntactic = grammar.order.filter { !Expander.isLexical($0) }
        let words = Set(syntactic.flatMap { terminals(grammar.rules[$0]!) }.filter { $0.first!.isLetter })
        #expect(words == Set(Keyword.allCases.map(\.rawValue)))
        let reserved = Set(terminals(grammar.rules["RESERVED_KEYWORD"]!))
        #expect(reserved == Set(Keyword.allCases.filter(\.isReserved).map(\.rawValue)))
    }
}
