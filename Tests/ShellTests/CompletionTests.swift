import Shell
import Testing

/// Tab completion offers exactly what the grammar allows next, and quotes
/// only values that need quotes, never a word of the language.
@Suite struct CompletionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let before: String
        let word: String
        let expected: [String]
        var testDescription: String { "\(before)⟨\(word)⟩" }
        init(_ before: String, _ word: String, _ expected: [String]) {
            self.before = before
            self.word = word
            self.expected = expected
        }
        init(_ before: String, _ expected: [String]) {
            self.init(before, "", expected)
        }
    }

    static let cases: [Case] = [
        // Statement words, then the kind, then the clauses in their order.
        Case("", "c", ["count"]),
        Case("find ", "de", ["deals"]),
        Case("find deals ", ["where", "sort", "limit", "show"]),
        Case("count deals ", ["where", "by"]),
        Case("find deals sort ", ["by"]),
        Case("find deals order ", "b", ["by"]),
        Case("find deals sort by ", "am", ["amount"]),
        Case("find deals sort by amount ", ["asc", "desc", "limit", "show"]),
        Case("find deals sort by amount desc ", ["limit", "show"]),
        Case("find deals limit ", []),
        Case("find deals limit 3 ", ["show"]),
        Case("find deals show buyer, ", "t", ["target", "terms"]),
        Case("find deals show buyer ", []),
        Case("count deals by ", "bu", ["buyer"]),
        Case("sum ", "am", ["amount"]),
        Case("sum amount ", ["of"]),
        Case("sum amount of ", "pro", ["projects"]),
        Case("sum amount of deals ", ["where", "by"]),
        Case("explain ", "f", ["find"]),
        Case("explain ", "s", ["sum", "search", "sql"]),
        Case("explain sql ", "s", ["sum", "search"]),
        Case("explain sql count deals ", ["where", "by"]),
        Case("explain find ", "hi", ["hires"]),
        Case("search \"superintelligence\" ", ["in", "limit"]),
        Case("search \"superintelligence\" in ", "00", ["000", "001", "002", "003", "004"]),
        Case("search \"superintelligence\" in 003 ", ["limit"]),
        // Inside a where clause: fields, then operator words, then values.
        Case("find deals where ", "st", ["stake", "status"]),
        Case("find deals where ", "n", ["not"]),
        Case("find deals where amount ", ["between", "contains", "in", "is", "not"]),
        Case("find deals where amount not ", ["between", "contains", "in"]),
        Case("find deals where terms is ", ["missing", "not"]),
        Case("find deals where terms is not ", ["missing"]),
        Case("find deals where status = ", "c", ["completed"]),
        Case("find deals where buyer = ", "Me", ["Meta"]),
        Case("find deals where target = ", "Sca", ["\"Scale AI\""]),
        Case("find deals where buyer in (Meta, ", "Op", ["OpenAI"]),
        Case("find deals where amount > 1e9 ", ["and", "or", "sort", "limit", "show"]),
        Case("count deals where buyer = Meta ", ["and", "or", "by"]),
        Case("find deals where (buyer = Meta ", ["and", "or"]),
        Case("find deals where amount between 1e9 ", ["and"]),
        Case("find deals where amount between 1e9 and 2e9 ", ["and", "or", "sort", "limit", "show"]),
        Case("find deals where buyer = Meta and ", "te", ["terms"]),
        // A new statement after ; or on a new line.
        Case("count deals; find ", "hi", ["hires"]),
        Case("count deals\nfind hires where ", "pe", ["person"]),
        // Dot-commands and their arguments.
        Case("", ".fo", [".format"]),
        Case(".format ", "j", ["json", "jsonl"]),
        Case(".cite ", ["on", "off"]),
    ]

    @Test(arguments: cases)
    func offers(_ example: Case) {
        let completer = Completer(kb: Stores.bundled)
        #expect(completer.candidates(before: example.before, word: example.word) == example.expected)
    }
}
