import FactStore
import Lexer
import Query

/// The text of `.help` and `.examples`. Every line indented by four
/// spaces is an example; a test runs each one on the bundled corpus.
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
        explain sql STATEMENT
          The SQL that gives the same answer over the tables of `repl export`
          (.dialect sqlite or postgres).
            explain sql count deals where amount > 1e9 by buyer
        """),
        ("literals", """
        Literals: numbers 42, 6.4, 1e9, 1_000_000; magnitudes 100k, 6.4B, 10bn, 2T;
        money $6.4B, €600, 600 EUR, 6.4B USD; percentages 49%; dates 2024-07-01, 2024-07
        (a month), and 2024 against a date field (a year); strings "Scale AI", 'vision';
        names Meta, xAI, o3 (a name is read as what its field holds: an entity, an
        enumeration value, text); true and false.
            find deals where amount = 6.4B USD show buyer, target, amount
            find deals where stake >= 49% show buyer, target, stake
            find events where date >= 2024-07 show actor, summary, date
            find metrics where value >= 100k and value < 2B show subject, metric, value
        """),
        ("semantics", """
        Conditions: or, and, not, parentheses; =, !=, <, <=, >, >=, in (...), between ... and ...,
        contains "text", is [not] missing. Three-valued: a missing or too vague value makes a
        comparison unknown, and only rows where the condition is true are returned.
        Uncertain amounts compare true only if every value the text allows passes: for
        "up to $1B", amount > 1e9 is false and amount >= 1e9 is unknown. Money with a currency
        compares only with that currency. A partial date (2024-07, 2024) stands for its period.
        Names match by entity, alias, case and accents: buyer = meta finds Meta.
            find deals where amount > 1e9
            find deals where amount is missing show buyer, target, terms
            count deals where buyer = meta
        """),
    ]

    /// Questions a new user can copy (`.examples`).
    static let examples = [
        "find deals where amount > 1e9 and buyer = OpenAI",
        "find hires where to = Meta show person, from, date",
        "count deals by buyer",
        "count hires by to",
        "find deals sort by amount desc limit 3",
        "sum amount of projects by owner",
        "find projects where amount >= $10B show owner, what, place, amount",
        "describe Meta",
        "search \"superintelligence\"",
        "find contradictions show first, second, topic",
        "find mentions where entity = \"Scale AI\" limit 5",
        "find claims where speaker = \"Dylan Patel\" limit 3 show statement, horizon",
    ]

    static var examplesText: String {
        "Questions to copy (each runs on the bundled corpus):\n" + examples.map { "    " + $0 + "\n" }.joined()
    }

    static let topicNames = topics.map(\.name) + ["kinds", "commands"]

    /// `.help`, `.help TOPIC`, `.help .COMMAND` or `.help COMMAND`.
    static func text(for topic: String?, schema: Schema) throws -> String {
        guard let topic else { return overview }
        let key = topic.hasPrefix(".") ? String(topic.dropFirst()).lowercased() : topic.lowercased()
        if let match = topics.first(where: { $0.name == key || ["avg", "min", "max"].contains(key) && $0.name == "sum" }) {
            return match.text + "\n"
        }
        if key == "kinds" { return kinds(schema) }
        if key == "commands" { return commands }
        if let command = DotCommand.named(key) {
            return ".\(command.name) \(command.arguments)\n  \(command.help)\n"
        }
        let suggestion = Suggestion.nearest(to: key, in: topicNames + DotCommand.all.map(\.name))
        throw ShellError("no help on '\(TerminalText.safe(topic))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                         + "; .help with no topic lists them", argument: 0)
    }

    /// One screen: the statements, the topics, the commands used most.
    static var overview: String {
        var out = "Statements (end with ; or a new line):\n"
        for topic in topics where !["literals", "semantics"].contains(topic.name) {
            out += "  " + (topic.text.split(separator: "\n").first.map(String.init) ?? topic.name) + "\n"
        }
        out += """

        Help on a topic: .help find, count, sum, describe, search, explain,
                         .help literals, semantics, kinds, commands, or .help .COMMAND
        Questions to copy: .examples

        Commands used most:
          .format table|line|csv|json   .cite on|off    .maxrows N    .pager on|off|auto
          .output FILE   .once FILE     .ingest FILE    .read FILE    .show    .quit

        """
        return out
    }

    /// `.help commands`: every dot-command with its arguments.
    static var commands: String {
        var out = "Commands:\n"
        for command in DotCommand.all {
            let usage = ".\(command.name)" + (command.arguments.isEmpty ? "" : " \(command.arguments)")
            out += "  " + usage + String(repeating: " ", count: max(2, 28 - usage.count)) + command.help + "\n"
        }
        return out
    }

    /// `.help kinds`: what each kind of this knowledge base holds.
    static func kinds(_ schema: Schema) -> String {
        func names(_ kinds: [KindSchema]) -> String { kinds.map(\.name).joined(separator: ", ") }
        return """
        Facts, read from the articles: \(names(schema.kinds.filter { !$0.isEntity && !$0.isDerived }))
        Entities they refer to: \(names(schema.entityKinds))
        Derived from the text itself: \(names(schema.kinds.filter(\.isDerived)))
          A kind may be written singular or plural. .kinds counts them; .schema KIND lists the
          fields and their types; describe NAME shows an entity and every fact about it.
            count deals
            find hire where person = "Alexandr Wang"
            find mentions where entity = OpenAI limit 3

        """
    }
}
