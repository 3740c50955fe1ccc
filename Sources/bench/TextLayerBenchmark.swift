import Extraction
import FactStore
import Foundation

/// Deriving the text layer (sentences, mentions, amounts, search index)
/// for a corpus of 10,000 articles made by varying the seeds' sentences,
/// names and numbers; then the same with extraction (deals, hires and
/// projects read and merged with the curated facts).
enum TextLayerBenchmark {
    static func corpus(articles: Int, from kb: KnowledgeBase) -> [Document] {
        let sentences = kb.text.sentences.map(\.text)
        let names = ["Meta", "OpenAI", "Microsoft", "Nvidia", "xAI", "Anthropic", "Google", "Apple", "Mark Zuckerberg", "Sam Altman"]
        var random = UInt64(42)
        func next() -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int(random >> 33)
        }
        return (0..<articles).map { article in
            var lines: [String] = []
            for _ in 0..<(8 + next() % 8) {
                var line = sentences[next() % sentences.count] + " " + sentences[next() % sentences.count]
                line = line.replacingOccurrences(of: "OpenAI", with: names[next() % names.count])
                line = line.replacingOccurrences(of: "49", with: String(next() % 99 + 1))
                line = line.replacingOccurrences(of: "milliards", with: next() % 2 == 0 ? "milliards" : "millions")
                lines.append(line)
            }
            return Document(id: String(format: "g%05d", article), file: "generated", title: nil, outlet: nil, date: nil,
                            language: "fr", text: lines.joined(separator: "\n"))
        }
    }

    static func run(runs: Int, articles: Int = 10_000) {
        guard let kb = try? Loader.load(try SeedFiles.read(directory: SeedFiles.bundledDirectory())) else { return }
        let documents = corpus(articles: articles, from: kb)
        let bytes = documents.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.utf8.count + 1 } }
        let megabytes = Double(bytes) / 1_000_000
        print("text layer: \(articles) articles, \(String(format1: megabytes)) MB, median of \(runs) runs")
        for extracting in [false, true] {
            var layer: TextLayer?
            let times = Stopwatch.measure(runs: runs) {
                layer = TextLayer.derive(documents: documents, schema: kb.schema, entities: kb.entities, curated: kb.tables,
                                         proposer: extracting ? Extractor(schema: kb.schema) : nil)
            }
            let tables = kb.schema.kinds.indices.compactMap { index in layer?.facts[index] ?? layer?.tables[index] }
            let counts = tables.filter { $0.kind.isDerived || extracting && ["deals", "hires", "projects"].contains($0.kind.name) }
                .map { "\($0.count) \($0.kind.name)" }
            print(extracting ? "  with extraction:" : "  without extraction:")
            print("    " + counts.joined(separator: ", "))
            print("    \(String(format1: Stopwatch.median(times))) s, \(String(format1: megabytes / Stopwatch.median(times))) MB/s")
        }
    }
}
