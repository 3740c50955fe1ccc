import Query
import Testing

/// The REPL asks the parser whether to read another line: input that stops
/// where more was expected is incomplete, real errors are not.
@Suite struct CompletenessTests {
    @Test(arguments: [
        "find",
        "find deals where",
        "find deals where amount >",
        "find deals where amount > 1 and",
        "find deals where amount > 1 or",
        "find deals where not",
        "find deals where (amount > 1",
        "find deals where buyer in (Meta,",
        "find deals where amount between 1",
        "find deals where amount between 1 and",
        "search \"super",
        "search 'open\nstring",
        "sum amount of",
        "find deals sort by",
        "find deals show buyer,",
        "explain",
        "count deals; find deals where",
    ])
    func incomplete(_ text: String) {
        let result = Parser.parse(text)
        #expect(result.isIncomplete, "\(text) should ask for another line")
    }

    @Test(arguments: [
        "",
        "find deals",
        "find deals where amount > 1e9",
        "count deals;",
        "search \"x\"",
        "-- only a comment",
    ])
    func complete(_ text: String) {
        let result = Parser.parse(text)
        #expect(!result.isIncomplete)
        #expect(result.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "fnd deals where",
        "find deals where amount > 1 ) and",
        "find deals where;",
        "find deals where amount > 12abc and",
        "fnd; find deals where",
    ])
    func errorsAreNotIncomplete(_ text: String) {
        let result = Parser.parse(text)
        #expect(!result.isIncomplete, "\(text) has a real error")
        #expect(!result.diagnostics.isEmpty)
    }
}
