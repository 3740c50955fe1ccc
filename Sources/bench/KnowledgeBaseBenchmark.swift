import FactStore
import Foundation

/// Loading the bundled knowledge base: reading, parsing, type-checking and
/// verifying every citation.
enum KnowledgeBaseBenchmark {
    static func run(runs: Int) {
        let directory = SeedFiles.bundledDirectory()
        var facts = 0
        // The first load pays for one-time initialisation: it is what start-up sees.
        let first = Stopwatch.measure(runs: 1) { _ = try? Loader.load(try SeedFiles.read(directory: directory)) }[0]
        let times = Stopwatch.measure(runs: runs) {
            guard let kb = try? Loader.load(try SeedFiles.read(directory: directory)) else {
                fatalError("the bundled knowledge base does not load")
            }
            facts = kb.factCount
        }
        print("knowledge base: \(facts) records from \(directory.path), median of \(runs) runs")
        print("  first load: \(String(format1: first * 1000)) ms")
        print("  load: \(String(format1: Stopwatch.median(times) * 1000)) ms (min \(String(format1: times.min()! * 1000)) ms)")
    }
}
