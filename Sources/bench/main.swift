/// `swift run -c release bench [parser] [load] [text] [amounts] [--runs N]`: the project's benchmarks.
/// Figures are printed, never asserted: timing belongs in notes, not in tests.
let arguments = Array(CommandLine.arguments.dropFirst())
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[safe: $0 + 1] ?? "") } ?? 5
let articles = arguments.firstIndex(of: "--articles").flatMap { Int(arguments[safe: $0 + 1] ?? "") } ?? 10_000
let selected = Set(arguments.filter { !$0.hasPrefix("-") && Int($0) == nil })

if selected.isEmpty || selected.contains("parser") { ParserBenchmark.run(runs: runs) }
if selected.contains("amounts") { AmountsDump.run() }
if selected.isEmpty || selected.contains("load") { KnowledgeBaseBenchmark.run(runs: max(runs, 20)) }
if selected.isEmpty || selected.contains("text") { TextLayerBenchmark.run(runs: min(runs, 3), articles: articles) }

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
