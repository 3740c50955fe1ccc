import Testing

/// A machine format's columns depend on the statement, never on the rows:
/// an empty answer has the header a full one has (a `jq` or CSV pipeline
/// does not break when a question finds nothing).
@Suite struct MachineHeaderTests {
    @Test(arguments: [
        ("find deals where buyer = Meta show buyer, stake", "find deals where buyer = Google show buyer, stake", "id,buyer,stake"),
        ("find quotes where speaker = \"Mark Chen\" show speaker, text", "find quotes where speaker = \"Sam Altman\" show speaker, text",
         "id,speaker,text"),
        ("search \"Scale AI\"", "search \"zzzq\"", "sentence,doc,line"),
        ("count deals by buyer", "count deals where buyer = Google by buyer", "buyer,count"),
        ("find deals where buyer = Meta", "find deals where buyer = Google",
         "id,buyer,target,kind,amount,stake,valuation,terms,date,status,hedge,origin,doc,line,evidence"),
    ])
    func anEmptyAnswerHasTheHeaderOfAFullOne(_ full: String, _ empty: String, _ header: String) {
        let fullAnswer = Stores.csv(full)
        let emptyAnswer = Stores.csv(empty)
        #expect(fullAnswer.succeeded && emptyAnswer.succeeded)
        #expect(fullAnswer.answer.hasPrefix(header + "\n"), "\(fullAnswer.answer)")
        #expect(emptyAnswer.answer == header + "\n", "\(emptyAnswer.answer)")
    }
}
