import FactStore
import Lexer
import Query
import TestSupport
import Testing

/// A thousand random statements over the real kinds, fields and values:
/// each one is answered or refused with a diagnostic, in every format,
/// nothing crashes, and the answer is the same with and without indexes.
@Suite struct RandomQueryTests {
    static func statement(_ kb: KnowledgeBase, _ random: inout SplitMix64) -> String {
        let kind = random.pick(kb.schema.kinds)
        let fields = kind.allFieldNames
        let values = ["1e9", "$6.4B", "600 EUR", "49%", "2024-07", "2024", "\"Scale AI\"", "Meta", "zuckerberg", "true",
                      "stake", "released", "\"l'IA\"", "-5", "0", "delayd", "Metta", "€600", "100k"]
        func condition(_ depth: Int) -> String {
            switch depth > 2 ? 0 : random.next(6) {
            case 0, 1:
                let field = random.pick(fields)
                switch random.next(6) {
                case 0: return "\(field) \(random.pick(["=", "!=", "<", "<=", ">", ">="])) \(random.pick(values))"
                case 1: return "\(field) in (\(random.pick(values)), \(random.pick(values)))"
                case 2: return "\(field) between \(random.pick(values)) and \(random.pick(values))"
                case 3: return "\(field) contains \"\(random.pick(["a", "IA", "é", "l’", ""]))\""
                default: return "\(field) is \(random.pick(["", "not "]))missing"
                }
            case 2: return "not " + condition(depth + 1)
            case 3: return "(" + condition(depth + 1) + " or " + condition(depth + 1) + ")"
            default: return condition(depth + 1) + " and " + condition(depth + 1)
            }
        }
        let filter = random.next(3) == 0 ? "" : " where " + condition(0)
        switch random.next(6) {
        case 0: return "count \(kind.name)\(filter) by \(random.pick(fields))"
        case 1:
            let by = random.next(2) == 0 ? "" : " by \(random.pick(fields))"
            return "\(random.pick(["sum", "avg", "min", "max"])) \(random.pick(fields)) of \(kind.name)\(filter)\(by)"
        case 2: return "describe \(random.pick(["Meta", "\"Sam Altman\"", "o3", "Chine", "nobody"]))"
        case 3: return "search \"\(random.pick(["OpenAI", "milliards de dollars", "Grok 3", "zzz"]))\" limit \(random.next(5))"
        default:
            return "find \(kind.singular)\(filter) sort by \(random.pick(fields)) \(random.pick(["asc", "desc"])) limit \(random.next(20))"
        }
    }

    @Test func randomStatementsAreAnsweredOrRefused() {
        let kb = Stores.bundled
        let engine = Engine(kb: kb)
        let scanning = Engine(kb: kb, usesPlanner: false)
        var random = SplitMix64(seed: 2026)
        var answered = 0
        var refused = 0
        for _ in 0..<1_000 {
            let text = Self.statement(kb, &random)
            do {
                let results = try engine.run(text)
                for result in results {
                    for format in OutputFormat.allCases {
                        _ = Renderer.render(result, as: format, options: RenderOptions(width: 60, citations: true))
                    }
                }
                // The same answer without indexes, row for row.
                let scanned = try scanning.run(text)
                expectSame(results, scanned, text)
                answered += 1
            } catch {
                #expect(!DiagnosticRenderer().render(error).isEmpty, "\(text)")
                refused += 1
            }
        }
        print("random statements: \(answered) answered, \(refused) refused with a diagnostic")
        #expect(answered > 200)
        #expect(refused > 100)
    }
}
