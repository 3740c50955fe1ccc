import FactStore
import Lexer
import Testing

/// Facts files are read in one pass, names registered as their records are
/// met; what a reference means must still never depend on where in the
/// files the entity it names is declared. Each record of a case is a
/// facts file of its own (`facts/1.kb`, `facts/2.kb`, …), loaded in the
/// order written and reversed: both give the same facts, or the same errors.
@Suite struct RecordOrderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let records: [String]
        /// The buyer and target of deal `d`, or the rendered errors.
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a deal names a company declared after it",
             records: [#"deal d { buyer: Velora target: Meta cite: a:1 "Meta" }"#,
                       #"company velora { name: "Velora" cite: a:1 "Meta" }"#],
             expected: "Velora -> Meta"),
        Case(name: "an alias declared later makes an earlier name ambiguous",
             records: [#"deal d { buyer: OpenAI target: IO cite: a:1 "Meta" }"#,
                       #"company other { name: "Other" aliases: "OpenAI" cite: a:1 "Meta" }"#],
             expected: """
             error: 'OpenAI' names several entities
              --> facts/1.kb:1:17
               |
             1 | deal d { buyer: OpenAI target: IO cite: a:1 "Meta" }
               |                 ^^^^^^
               = note: a company
               = note: a company

             """),
        Case(name: "a person declared later is not a company",
             records: [#"deal d { buyer: Ada target: IO cite: a:1 "Meta" }"#,
                       #"person ada { name: "Ada" cite: a:1 "Meta" }"#],
             expected: """
             error: 'Ada' is a person, not a company
              --> facts/1.kb:1:17
               |
             1 | deal d { buyer: Ada target: IO cite: a:1 "Meta" }
               |                 ^^^
               = note: 'buyer' takes the name of a company

             """),
        Case(name: "a name nobody declares is reported where it is, among the other errors",
             records: [#"deal d { buyer: Metta target: IO kind: buy cite: a:1 "Meta" }"#,
                       #"company velora { name: "Velora" cite: a:9 "Meta" }"#],
             expected: """
             error: no company is named 'Metta'
              --> facts/1.kb:1:17
               |
             1 | deal d { buyer: Metta target: IO kind: buy cite: a:1 "Meta" }
               |                 ^^^^^ did you mean 'Meta'?
               = note: entities are declared in the facts files with their aliases
             error: 'buy' is not a value of 'kind'
              --> facts/1.kb:1:40
               |
             1 | deal d { buyer: Metta target: IO kind: buy cite: a:1 "Meta" }
               |                                        ^^^
               = note: 'kind' is one of acquisition, stake, revenue-share
             error: document a has no line 9
              --> facts/2.kb:1:41
               |
             1 | company velora { name: "Velora" cite: a:9 "Meta" }
               |                                         ^
               = note: it has 2 lines

             """),
    ]

    @Test(arguments: cases)
    func theOrderOfRecordsDoesNotMatter(_ testCase: Case) {
        let files = testCase.records.enumerated().map { index, record in
            SourceFile(name: "facts/\(index + 1).kb", bytes: Array((record + "\n").utf8))
        }
        #expect(outcome(files) == testCase.expected)
        // Read backwards, errors come file by file in the other order.
        #expect(blocks(outcome(files.reversed())).sorted() == blocks(testCase.expected).sorted())
    }

    func outcome(_ files: [SourceFile]) -> String {
        do {
            let kb = try Loader.load(Fixture.files(facts: [Fixture.source("facts/base.kb")] + files))
            guard let deals = kb.table(named: "deals"), let row = deals.ids.firstIndex(of: "d"),
                  let buyer = deals.kind.fieldIndex(named: "buyer"), let target = deals.kind.fieldIndex(named: "target")
            else { return "no deal d" }
            func names(_ value: Value?) -> String {
                (value?.members ?? []).compactMap { member in
                    if case .entity(let entity) = member { return kb.name(of: entity) }
                    return nil
                }.joined(separator: ", ")
            }
            return names(deals.value(row: row, field: buyer)) + " -> " + names(deals.value(row: row, field: target))
        } catch {
            return DiagnosticRenderer().render(error.diagnostics)
        }
    }

    /// Rendered diagnostics, one string per diagnostic.
    func blocks(_ rendered: String) -> [String] {
        rendered.components(separatedBy: "error: ").filter { !$0.isEmpty }
    }
}
