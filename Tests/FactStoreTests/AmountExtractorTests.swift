import FactStore
import Foundation
import Query
import Testing

/// The extractor against a hand-checked list of every amount in the five
/// articles, and against short passages written for the purpose: precision
/// and recall must both reach 95%.
@Suite struct AmountExtractorTests {
    struct Expected: Hashable {
        let place: String
        let value: String
        let unit: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Amounts")

    static func rows(_ name: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    static func expected(_ columns: [Substring], place: String) -> Expected {
        Expected(place: place, value: String(columns[0]), unit: String(columns[1]))
    }

    static func found(_ amount: AmountExtractor.Amount, place: String) -> Expected {
        Expected(place: place, value: ValueText.machine(amount.value), unit: amount.unit ?? "-")
    }

    /// Precision and recall, printed, with what was missed and what was wrong.
    func score(expected: [Expected], found: [Expected], label: String) -> (Double, Double) {
        var unmatched = expected
        var correct = 0
        var wrong: [Expected] = []
        for item in found {
            if let index = unmatched.firstIndex(of: item) {
                unmatched.remove(at: index)
                correct += 1
            } else {
                wrong.append(item)
            }
        }
        let precision = found.isEmpty ? 1 : Double(correct) / Double(found.count)
        let recall = expected.isEmpty ? 1 : Double(correct) / Double(expected.count)
        print("amounts (\(label)): precision \(precision), recall \(recall), \(correct) of \(expected.count) found, \(wrong.count) wrong")
        for item in unmatched { print("  missed: \(item)") }
        for item in wrong { print("  wrong:  \(item)") }
        return (precision, recall)
    }

    @Test func theFiveArticles() throws {
        let expected = try Self.rows("corpus.tsv").map { line -> Expected in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Self.expected(Array(columns[1...]), place: String(columns[0]))
        }
        #expect(expected.count >= 25)
        let kb = try Loader.load(try SeedFiles.read(directory: BundledKnowledgeBaseTests.seeds))
        var found: [Expected] = []
        for document in kb.documents {
            for (index, line) in document.lines.enumerated() {
                found += AmountExtractor().amounts(in: line).map { Self.found($0, place: "\(document.id):\(index + 1)") }
            }
        }
        let (precision, recall) = score(expected: expected, found: found, label: "five articles")
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }

    @Test func passagesWrittenForTheTest() throws {
        var expected: [Expected] = []
        var found: [Expected] = []
        var passage = 0
        for line in try Self.rows("passages.tsv") {
            if line.hasPrefix("> ") {
                passage += 1
                found += AmountExtractor().amounts(in: String(line.dropFirst(2))).map { Self.found($0, place: "\(passage)") }
            } else {
                expected.append(Self.expected(line.split(separator: "\t", omittingEmptySubsequences: false), place: "\(passage)"))
            }
        }
        let (precision, recall) = score(expected: expected, found: found, label: "passages")
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }

    @Test func theWordsAreKeptAsWritten() {
        let amounts = AmountExtractor().amounts(in: "OpenAI développe un centre de données de 60 milliards de dollars au Texas.")
        #expect(amounts.map(\.text) == ["60 milliards de dollars"])
        #expect(amounts.first?.value == Quantity(exactly: 6e10, unit: .currency(.usd)))
    }
}
