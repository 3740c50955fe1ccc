import FactStore
import Foundation
@testable import Generator
import Lexer
import Testing
import TestSupport

/// A generated data folder loads with every check on, states in its
/// articles exactly what its records say, is the same for the same seed,
/// has the skew and uncertainty of real news, and its CSV holds the same
/// deals as the store.
@Suite struct GeneratorTests {
    static let options = DataFolderGenerator.Options(deals: 600, articles: 12, seed: 3)

    static func generate(_ options: DataFolderGenerator.Options = options) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-generated-\(UUID())")
        let schema = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent("schema.kb"), encoding: .utf8)
        _ = try DataFolderGenerator(options).write(to: folder, schema: schema)
        return folder
    }

    static let folder: URL = try! generate()
    static let kb: KnowledgeBase = try! Loader.load(try SeedFiles.read(directory: folder))

    @Test func itLoadsWithEveryCheckOn() throws {
        #expect(Self.kb.table(named: "deals")?.count == 600)
        #expect(Self.kb.table(named: "companies")?.count == 200)
        #expect(Self.kb.documents.count == 13)
    }

    @Test func theArticlesStateWhatTheRecordsSay() throws {
        // The amount reader finds, on each cited line, the amount and stake
        // the record holds: no discrepancy of a fact with its own line. (Two
        // deals of the same parties in different articles may disagree: the
        // rule reports those, as it would in real news.)
        let discrepancies = try #require(Self.kb.table(named: "discrepancies"))
        let kind = try #require(Self.kb.schema.kind(named: "discrepancies"))
        let fact = try #require(kind.fieldIndex(named: "fact")), other = try #require(kind.fieldIndex(named: "other"))
        for row in 0..<discrepancies.count {
            #expect(discrepancies.value(row: row, field: fact) != discrepancies.value(row: row, field: other),
                    "\(discrepancies.ids[row])")
        }
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let again = try Self.generate()
        let other = try Self.generate(.init(deals: 600, articles: 12, seed: 4))
        for file in ["facts/deals.kb", "deals.csv", "manifest.kb", "corpus/000005_depeches.txt"] {
            let first = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            #expect(first == (try Data(contentsOf: again.appendingPathComponent(file))), "\(file)")
            if file != "manifest.kb" { #expect(first != (try Data(contentsOf: other.appendingPathComponent(file))), "\(file)") }
        }
    }

    @Test func theDealsHaveTheSkewAndUncertaintyOfNews() throws {
        let deals = try #require(Self.kb.table(named: "deals"))
        let kind = try #require(Self.kb.schema.kind(named: "deals"))
        let amountField = try #require(kind.fieldIndex(named: "amount"))
        let dateField = try #require(kind.fieldIndex(named: "date"))
        let buyerField = try #require(kind.fieldIndex(named: "buyer"))
        var precisions: Set<String> = [], currencies: Set<String> = [], datePrecisions: Set<Int> = []
        var missing = 0, listed = 0
        var byBuyer: [Value: Int] = [:]
        for row in 0..<deals.count {
            if case .quantity(let amount)? = deals.value(row: row, field: amountField) {
                precisions.insert(amount.precision.rawValue)
                currencies.insert(amount.unit.code ?? "")
            } else {
                missing += 1
            }
            if case .date(let date)? = deals.value(row: row, field: dateField) { datePrecisions.insert(date.precision.rawValue) }
            if case .list(let buyers)? = deals.value(row: row, field: buyerField) {
                if buyers.count > 1 { listed += 1 }
                byBuyer[buyers[0], default: 0] += 1
            }
        }
        #expect(precisions.isSuperset(of: ["exact", "approximate", "at-most", "range"]))
        #expect(currencies == ["USD", "EUR", "GBP"])
        #expect(datePrecisions.count == 3, "days, months and years")
        #expect((0.18...0.4).contains(Double(missing) / 600), "\(missing) amounts missing")
        #expect(listed > 0, "some deals have two buyers")
        let top = byBuyer.values.max() ?? 0
        #expect(Double(top) / 600 > 0.1, "the first buyer makes many deals (Zipf): \(top)")
    }

    @Test func theCSVHoldsTheSameDeals() throws {
        let deals = try #require(Self.kb.table(named: "deals"))
        let kind = try #require(Self.kb.schema.kind(named: "deals"))
        let amountField = try #require(kind.fieldIndex(named: "amount"))
        let csv = try String(contentsOf: Self.folder.appendingPathComponent("deals.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").dropFirst()
        #expect(lines.count == deals.count)
        for (row, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields[0] == deals.ids[row])
            let amount: Quantity? = if case .quantity(let q)? = deals.value(row: row, field: amountField) { q } else { nil }
            #expect(fields[4] == (amount?.low.map(NumberText.plain) ?? ""), "\(line)")
            #expect(fields[5] == (amount?.high.map(NumberText.plain) ?? ""), "\(line)")
            #expect(fields[6] == (amount?.precision.rawValue ?? ""))
            #expect(fields[7] == (amount?.unit.code ?? ""))
            #expect(fields[12] == deals.citations[row]?.document)
        }
    }

    @Test func aFolderThatIsNotEmptyIsRefused() throws {
        let schema = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent("schema.kb"), encoding: .utf8)
        #expect(throws: GeneratorError.self) { try DataFolderGenerator(Self.options).write(to: Self.folder, schema: schema) }
    }
}
