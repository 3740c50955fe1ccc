import Lexer
import TestSupport

/// Expands an EBNF grammar into random sentences, with a fixed seed and a
/// bound on depth: past the bound, every choice takes its shallowest option
/// and every repetition stops.
struct Expander {
    let grammar: EBNF.Grammar
    var random: SplitMix64
    let maxDepth: Int
    private var shallowest: [String: Int] = [:]

    init(grammar: EBNF.Grammar, seed: UInt64, maxDepth: Int) {
        self.grammar = grammar
        self.random = SplitMix64(seed: seed)
        self.maxDepth = maxDepth
        self.shallowest = Self.minimumDepths(grammar)
    }

    /// Tokens joined by trivia: mostly a space, sometimes a line break, a
    /// comment or a no-break space.
    mutating func sentence(from rule: String) -> String {
        let tokens = expand(.reference(rule), depth: 0, lexical: false)
        let trivia = [" ", " ", " ", " ", "\n  ", " -- note\n", "\u{00A0}", "\t"]
        var text = tokens.first ?? ""
        for token in tokens.dropFirst() {
            text += trivia[Int(random.next() % UInt64(trivia.count))] + token
        }
        return text
    }

    static func isLexical(_ rule: String) -> Bool { rule.uppercased() == rule }

    /// In a syntactic rule, the result is a list of tokens (joined with
    /// trivia); in a lexical rule, pieces glued together.
    private mutating func expand(_ node: EBNF, depth: Int, lexical: Bool) -> [String] {
        let deep = depth >= maxDepth
        switch node {
        case .empty:
            return []
        case .terminal(let text):
            return [lexical ? text : randomCase(text)]
        case .special(let description):
            return [SpecialSequences.sample(description, using: &random)]
        case .reference(let name):
            let body = grammar.rules[name]!
            if Self.isLexical(name) && !lexical {
                return [expand(body, depth: depth + 1, lexical: true).joined()]
            }
            return expand(body, depth: depth + 1, lexical: lexical)
        case .sequence(let items):
            return items.flatMap { expand($0, depth: depth, lexical: lexical) }
        case .choice(let options):
            let pick = deep ? options.min { cost($0) < cost($1) }! : options[Int(random.next() % UInt64(options.count))]
            return expand(pick, depth: depth, lexical: lexical)
        case .optional(let inner):
            return !deep && random.next() % 2 == 0 ? expand(inner, depth: depth, lexical: lexical) : []
        case .repetition(let inner):
            let count = deep ? 0 : Int(random.next() % 3)
            return (0..<count).flatMap { _ in expand(inner, depth: depth, lexical: lexical) }
        case .exception(let base, let excluded):
            for _ in 0..<100 {
                let candidate = expand(base, depth: depth, lexical: lexical)
                if !matches(excluded, candidate.joined()) { return candidate }
            }
            fatalError("could not generate \(base) outside \(excluded)")
        }
    }

    /// Keywords in any case: the language is case-insensitive.
    private mutating func randomCase(_ text: String) -> String {
        guard text.first?.isLetter == true else { return text }
        switch random.next() % 4 {
        case 0: return text.uppercased()
        case 1: return text.prefix(1).uppercased() + text.dropFirst()
        default: return text
        }
    }

    /// Whether `text` is in the (finite or special) language of `node`.
    private func matches(_ node: EBNF, _ text: String) -> Bool {
        switch node {
        case .terminal(let terminal): return terminal.lowercased() == text.lowercased()
        case .choice(let options): return options.contains { matches($0, text) }
        case .reference(let name): return matches(grammar.rules[name]!, text)
        case .special(let description): return SpecialSequences.matches(description, text)
        default: fatalError("exceptions must be alternatives of terminals or special sequences")
        }
    }

    private func cost(_ node: EBNF) -> Int {
        switch node {
        case .empty, .terminal, .special, .optional, .repetition: return 0
        case .reference(let name): return 1 + (shallowest[name] ?? 1000)
        case .sequence(let items): return items.map(cost).max() ?? 0
        case .choice(let options): return options.map(cost).min() ?? 0
        case .exception(let base, _): return cost(base)
        }
    }

    /// The least depth at which each rule can be fully expanded (a fixpoint).
    private static func minimumDepths(_ grammar: EBNF.Grammar) -> [String: Int] {
        var depths: [String: Int] = [:]
        var changed = true
        while changed {
            changed = false
            for (name, body) in grammar.rules {
                let probe = Expander(depths: depths)
                let value = probe.costOf(body)
                if value < (depths[name] ?? 1000) {
                    depths[name] = value
                    changed = true
                }
            }
        }
        return depths
    }

    private init(depths: [String: Int]) {
        self.grammar = EBNF.Grammar(rules: [:], order: [])
        self.random = SplitMix64(seed: 0)
        self.maxDepth = 0
        self.shallowest = depths
    }

    private func costOf(_ node: EBNF) -> Int { cost(node) }
}

/// What the grammar's `? ... ?` sequences stand for, to generate and to test.
enum SpecialSequences {
    static func sample(_ description: String, using random: inout SplitMix64) -> String {
        let choices: [String]
        switch description {
        case "a Unicode letter": choices = ["a", "z", "Q", "é", "É", "ß", "ñ", "Ж", "中", "x"]
        case let d where d.hasPrefix("any character but a straight quote"):
            choices = ["a", " ", "é", "’", "🚀", "«", "»", "0", "\n", "Z", "-", "(", "%"]
        case let d where d.hasPrefix("one to six hexadecimal digits"): choices = ["E9", "41", "1F680", "7a", "2019"]
        case let d where d.hasPrefix("a day its month does not have") || d.hasPrefix("a number too large"): choices = []
        default: fatalError("no sample for special sequence '\(description)'")
        }
        return choices[Int(random.next() % UInt64(choices.count))]
    }

    static func matches(_ description: String, _ text: String) -> Bool {
        if description.hasPrefix("a number too large") {
            return Lexer.tokenize(SourceFile(text: text)).first?.kind == .invalid
        }
        guard description.hasPrefix("a day its month does not have") else {
            fatalError("no matcher for special sequence '\(description)'")
        }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return false }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2]) == nil
    }
}
