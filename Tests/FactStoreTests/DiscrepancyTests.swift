import FactStore
import Foundation
import Query
import TestSupport
import Testing

/// The rule that finds numbers that disagree: agreeing restatements are
/// never flagged; a place that states another value, or a second record of
/// the same deal with another amount, is.
@Suite struct DiscrepancyTests {
    @Test func agreeingRestatementsAreNeverFlagged() throws {
        let kb = try Loader.load(try SeedFiles.read(directory: RepositoryPaths.seeds))
        let deals = try #require(kb.table(named: "deals"))
        // The restatements exist: Scale AI's 49 % three times, IO's 6,4 milliards twice.
        let scale = try #require(deals.ids.firstIndex(of: "meta_stake_scale_ai"))
        let io = try #require(deals.ids.firstIndex(of: "openai_acquires_io"))
        #expect(deals.allCitations(row: scale).count == 3)
        #expect(deals.allCitations(row: io).count == 3)
        #expect(try #require(kb.table(named: "discrepancies")).count == 0)
    }

    /// A copy of the seeds with a sixth article that states another price for IO.
    static func storeWithAnotherPrice(secondRecord: Bool) throws -> KnowledgeBase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-discrepancy-\(UUID())")
        try FileManager.default.copyItem(at: RepositoryPaths.seeds, to: folder)
        try "OpenAI rachète IO pour 5 milliards de dollars.\n".write(to: folder.appendingPathComponent("corpus/005_io.txt"), atomically: true, encoding: .utf8)
        let manifest = folder.appendingPathComponent("manifest.kb")
        try (String(contentsOf: manifest, encoding: .utf8) + "\ndocument \"005\" {\n  file: \"corpus/005_io.txt\"\n  language: fr\n}\n")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let deals = folder.appendingPathComponent("facts/deals.kb")
        var text = try String(contentsOf: deals, encoding: .utf8)
        if secondRecord {
            text += "\ndeal openai_buys_io_again {\n  buyer: OpenAI\n  target: IO\n  kind: acquisition\n  amount: 5B USD\n  status: completed\n"
                + "  cite: 005:1 \"OpenAI rachète IO pour 5 milliards de dollars\"\n}\n"
        } else {
            text = text.replacingOccurrences(of: "004:15 \"OpenAI a consolidé sa position en achetant la startup IO pour 6,4 milliards de dollars\"",
                                             with: "004:15 \"OpenAI a consolidé sa position en achetant la startup IO pour 6,4 milliards de dollars\",\n        005:1 \"OpenAI rachète IO pour 5 milliards de dollars\"")
        }
        try text.write(to: deals, atomically: true, encoding: .utf8)
        return try Loader.load(try SeedFiles.read(directory: folder))
    }

    @Test func aPlaceThatStatesAnotherValueIsFlagged() throws {
        let kb = try Self.storeWithAnotherPrice(secondRecord: false)
        let answer = try kb.run("find discrepancies show fact, other, field, recorded, stated, doc, line", format: .csv)
        #expect(answer.replacingOccurrences(of: "\r\n", with: "\n") == """
            id,fact,other,field,recorded,stated,doc,line
            amount@005:1#1,openai_acquires_io,openai_acquires_io,amount,6400000000 USD,5000000000 USD,005,1

            """)
    }

    @Test func twoRecordsOfOneDealWithDifferentAmountsAreFlagged() throws {
        let kb = try Self.storeWithAnotherPrice(secondRecord: true)
        let answer = try kb.run("find discrepancies show fact, other, recorded, stated", format: .csv)
        #expect(answer.replacingOccurrences(of: "\r\n", with: "\n") == """
            id,fact,other,recorded,stated
            amount@005:1#1,openai_acquires_io,openai_buys_io_again,6400000000 USD,5000000000 USD

            """)
    }
}

extension KnowledgeBase {
    /// One statement's answer, rendered.
    func run(_ statement: String, format: OutputFormat = .table) throws -> String {
        try Engine(kb: self).run(statement).map { Renderer.render($0, as: format) }.joined()
    }
}
