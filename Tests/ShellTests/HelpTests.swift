import Shell
import Testing

/// `.help` fits one screen, and every example it shows (the lines indented
/// by four spaces) and every question of `.examples` runs on the bundled
/// corpus and finds something.
@Suite struct HelpTests {
    static let topics = ["find", "count", "sum", "describe", "search", "explain", "literals", "semantics", "kinds"]

    static func output(of script: String) -> String {
        Stores.transcript(of: script, name: "help", kb: Stores.bundled).0
    }

    static func examples(in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("    ") }.map { String($0.dropFirst(4)) }
    }

    @Test func theOverviewFitsOneScreen() {
        let lines = Self.output(of: ".help").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 24, "\(lines.count) lines")
        #expect(lines.allSatisfy { $0.count <= 100 })
        for topic in Self.topics + ["commands"] { #expect(lines.joined().contains(topic), "\(topic) is listed") }
    }

    @Test(arguments: topics)
    func everyExampleOfATopicRuns(_ topic: String) {
        let examples = Self.examples(in: Self.output(of: ".help \(topic)"))
        #expect(!examples.isEmpty, "\(topic) shows examples")
        for example in examples { expectAnswer(example) }
    }

    @Test func everyQuestionToCopyRuns() {
        let examples = Self.examples(in: Self.output(of: ".examples"))
        #expect(examples.count >= 12)
        for example in examples { expectAnswer(example) }
    }

    @Test func everyCommandIsDocumented() {
        let listing = Self.output(of: ".help commands")
        for command in ["maxrows", "pager", "width", "nullvalue", "prompt", "shell", "system", "show", "once", "output", "timer", "mode"] {
            #expect(listing.contains(".\(command) "), "\(command)")
            #expect(Self.output(of: ".help .\(command)").hasPrefix(".\(command)"))
        }
        #expect(Self.output(of: ".help maxrow").contains("did you mean 'maxrows'?"))
    }

    func expectAnswer(_ statement: String) {
        let (answer, succeeded) = Stores.transcript(of: statement, name: "example", kb: Stores.bundled)
        #expect(succeeded, "\(statement)\n\(answer)")
        #expect(!answer.contains("note: 0 ") && !answer.hasPrefix("0 "), "\(statement) finds something:\n\(answer)")
    }
}
