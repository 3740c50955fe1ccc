import FactStore
import Query
import Shell
import TestSupport
import Testing

/// Disagreements between the engine and its reference, settled as
/// docs/reference.md now states (an independent engine, SQL, will have to
/// give the same answers): each a statement and its CSV answer.
@Suite struct SettledSemanticsTests {
    static let cases: [(String, String)] = [
        // min and max are approximate only when the value that decides them is.
        ("min amount of projects", "min(amount),n\n50000000000 USD,3"),
        ("find projects sort by amount limit 1 show amount", "id,amount\nmicrosoft_ai_infrastructure,50000000000 USD"),
        // A computed column never takes the grouped field's name.
        ("count hires where count is not missing by count", "count,count(*)\n1,1\n4,1"),
        // `by` groups text as `=` compares it: case and accents ignored, the first spelling shown.
        ("count amounts where text contains \"millions de dollars\" by text", "text,count\n100 MILLIONS DE DOLLARS,2"),
        // An unquantified amount is anything from zero up, in conditions as in aggregates.
        ("count projects where amount >= 0", "count\n4"),
        ("count projects where amount > 1e12", "count\n0"),
        ("count projects where amount < 0", "count\n0"),
        // A fact reference matches an id ignoring case, as `id =` does.
        ("count contradictions where first = ZUCKERBERG_HIRES_FOUR_EXECUTIVES", "count\n1"),
        ("count contradictions where id = OPENAI_EXECUTIVES_LEFT_OR_NOT", "count\n1"),
    ]

    @Test(arguments: cases, [true, false]) func settled(_ example: (String, String), usesPlanner: Bool) {
        let (statement, answer) = example
        let (succeeded, csv) = Stores.csv(statement, usesPlanner: usesPlanner)
        #expect(succeeded)
        #expect(csv == answer + "\n")
    }
}
