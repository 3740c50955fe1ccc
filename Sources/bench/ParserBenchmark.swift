import Lexer
import Query

/// Lexing and parsing throughput on generated statements.
enum ParserBenchmark {
    /// About `megabytes` of statements made by varying a few templates.
    static func corpus(megabytes: Int) -> String {
        let buyers = ["Meta", "OpenAI", "Microsoft", "xAI", "\"Scale AI\"", "Théo"]
        let templates: [(Int, String) -> String] = [
            { i, b in "find deals where amount > \(i)e6 and buyer = \(b) sort by amount desc limit \(i % 50) show buyer, target, amount;" },
            { i, b in "count hires where to = \(b) and date between 2024-01 and 2025-\(String(format2: i % 12 + 1)) by from;" },
            { i, b in "sum amount of projects where (owner in (\(b), Meta) or amount >= $\(i)B) and not place is missing by owner;" },
            { i, _ in "search \"superintelligence \(i)\" in 00\(i % 5) limit 10; -- a comment\n" },
            { i, b in "find quotes where text contains \"l’IA \(i)\" and speaker != \(b) or stake <= \(i % 100)% ;" },
        ]
        var text = ""
        var i = 0
        while text.utf8.count < megabytes * 1_000_000 {
            text += templates[i % templates.count](i, buyers[i % buyers.count]) + "\n"
            i += 1
        }
        return text
    }

    static func run(runs: Int) {
        let source = SourceFile(name: "generated.q", text: corpus(megabytes: 8))
        let megabytes = Double(source.bytes.count) / 1_000_000
        var statements = 0
        let lexTimes = Stopwatch.measure(runs: runs) { _ = Lexer.tokenize(source).count }
        let parseTimes = Stopwatch.measure(runs: runs) {
            let result = Parser.parse(source)
            precondition(result.diagnostics.isEmpty, "the benchmark corpus must parse")
            statements = result.statements.count
        }
        print("parser: \(String(format1: megabytes)) MB, \(statements) statements, median of \(runs) runs")
        print("  lex only:     \(String(format1: megabytes / Stopwatch.median(lexTimes))) MB/s")
        print("  lex + parse:  \(String(format1: megabytes / Stopwatch.median(parseTimes))) MB/s")
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
