import Lexer
import Query

/// The text of `.help`, with an example for each statement.
enum Help {
    static let topics: [(name: String, text: String)] = [
        ("find", """
        find KIND [where CONDITION] [sort by FIELD [asc|desc], ...] [limit N] [show FIELD, ...]
          Lists facts. `order by` is the same as `sort by`; missing values sort last.
          find deals where amount > 1e9 and buyer = OpenAI
          find hires where to = Meta show person, from, date
          find deals sort by amount desc limit 3
        """),
        ("count", """
        count KIND [where CONDITION] [by FIELD]
          Counts facts, per value of FIELD with `by` (largest group first, with a bar).
          count deals by buyer
          count hires where status = joined
        """),
        ("sum", """
        sum|avg|min|max FIELD of KIND [where CONDITION] [by FIELD]
          Aggregates a number, amount or percentage. Uncertain values give uncertain
          results; amounts in different currencies are never added.
          sum amount of projects by owner
          max stake of deals
        """),
        ("describe", """
        describe NAME
          An entity's card and every fact that refers to it, with citations.
          describe Meta
          describe "Sam Altman"
        """),
        ("search", """
        search "TEXT" [in DOC] [limit N]
          Sentences holding every word, ignoring case and accents; phrases first.
          search "superintelligence"
          search "Grok 3" in 003 limit 5
        """),
        ("explain", """
        explain STATEMENT
          Shows the parsed tree, the checked statement and the plan.
          explain find deals where amount > 1e9
        """),
        ("semantics", """
        Conditions: or, and, not, parentheses; =, !=, <, <=, >, >=, in (...), between ... and ...,
        contains "text", is [not] missing. Three-valued: a missing or too vague value makes a
        comparison unknown, and only rows where the condition is true are returned.
        Uncertain amounts compare true only if every value the text allows passes: for
        "up to $1B", amount > 1e9 is false and amount >= 1e9 is unknown. Money with a currency
        compares only with that currency. A partial date (2024-07, 2024) stands for its period.
        Names match by entity, alias, case and accents: buyer = meta finds Meta.
        """),
    ]

    static func text(for topic: String?) throws -> String {
        if let topic {
            let key = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic.lowercased()
            if let match = topics.first(where: { $0.name == key || (key == "avg" || key == "min" || key == "max") && $0.name == "sum" }) {
                return match.text + "\n"
            }
            if let command = DotCommand.named(key) {
                return ".\(command.name) \(command.arguments)\n  \(command.help)\n"
            }
            let names = topics.map(\.name) + DotCommand.all.map(\.name)
            let suggestion = Suggestion.nearest(to: key, in: names)
            throw ShellError("no help on '\(TerminalText.safe(topic))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                             + "; .help with no topic lists them", argument: 0)
        }
        var out = "Statements (end with ; or a new line; .help STATEMENT for examples):\n"
        for topic in topics where topic.name != "semantics" {
            out += "  " + (topic.text.split(separator: "\n").first.map(String.init) ?? topic.name) + "\n"
        }
        out += "\nCommands:\n"
        for command in DotCommand.all {
            let usage = ".\(command.name)" + (command.arguments.isEmpty ? "" : " \(command.arguments)")
            out += "  " + usage + String(repeating: " ", count: max(1, 20 - usage.count)) + command.help + "\n"
        }
        out += "\n.help semantics explains how conditions treat missing and uncertain values.\n"
        return out
    }
}
