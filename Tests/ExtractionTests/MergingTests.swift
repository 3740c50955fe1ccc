import Extraction
import FactStore
import Testing

/// Where extracted facts go: new names become entities (`origin:
/// extracted`), spellings of one name are one entity, the same deal told
/// twice is one fact with two citations, and a curated fact restated by an
/// article gains a citation, never a twin.
@Suite struct MergingTests {
    /// Extracted rows first stated in the test's own articles.
    static func extracted(_ table: FactTable, in documents: Set<String> = ["t", "a", "b"]) -> [Int] {
        (0..<table.count).filter {
            table.value(row: $0, named: "origin") == .enumeration("extracted") && documents.contains(table.citations[$0]?.document ?? "")
        }
    }

    @Test func aNewCompanyBecomesAnExtractedEntityWithItsMentions() throws {
        let kb = try Probe.store(with: "Nvidia rachète la start-up Kerys.\nKerys conçoit des puces d'inférence.")
        let companies = kb.table(named: "companies")!
        let kerys = try #require(kb.entities.lookup("Kerys").first)
        #expect(companies.value(row: kerys.row, named: "origin") == .enumeration("extracted"))
        #expect(companies.citations[kerys.row] == Citation(document: "t", line: 1, evidence: "Kerys"))
        let mentions = kb.table(named: "mentions")!
        let lines = (0..<mentions.count).filter { mentions.value(row: $0, named: "entity") == .entity(kerys) }.map { mentions.citations[$0]!.line }
        #expect(lines == [1, 2])
    }

    @Test func otherCaseAndAccentsAreTheSameEntity() throws {
        let kb = try Probe.store(with: "Nvidia rachète la start-up Vélora.\nMeta investit dans la start-up VELORA.")
        #expect(kb.entities.lookup("velora").count == 1)
        let deals = kb.table(named: "deals")!
        let targets = Self.extracted(deals).map { deals.value(row: $0, named: "target") }
        #expect(targets.count == 2)
        #expect(Set(targets).count == 1)
    }

    @Test func anAliasNamesTheKnownEntity() throws {
        let kb = try Probe.store(with: "Meta s'associe à Twitter.")
        let deals = kb.table(named: "deals")!
        let row = try #require(Self.extracted(deals).first)
        #expect(deals.value(row: row, named: "target") == .list([.entity(kb.entities.lookup("X").first!)]))
    }

    @Test func theSameDealInTwoArticlesIsOneFact() throws {
        let kb = try Probe.store(with: "Nvidia rachète la start-up Kerys pour 2,1 milliards de dollars.", id: "a")
            .adding(id: "b", file: "b.txt", bytes: Array("Nvidia has acquired Kerys for about $2 billion.".utf8))
        let deals = kb.table(named: "deals")!
        let rows = Self.extracted(deals)
        #expect(rows.count == 1)
        #expect(rows.map { deals.allCitations(row: $0).map(\.document) } == [["a", "b"]])
    }

    @Test func amountsThatCannotBothHoldAreTwoDeals() throws {
        let kb = try Probe.store(with: "Nvidia rachète la start-up Kerys pour 2 milliards de dollars.", id: "a")
            .adding(id: "b", file: "b.txt", bytes: Array("Nvidia has acquired Kerys for $9 billion.".utf8))
        #expect(Self.extracted(kb.table(named: "deals")!).count == 2)
    }

    @Test func aCuratedFactRestatedGainsACitationNotATwin() throws {
        let base = BundledCorpusExtractionTests.curated.extracting(with: Extractor(schema: BundledCorpusExtractionTests.curated.schema))
        let kb = try base.adding(id: "t", file: "t.txt", bytes: Array("Meta acquiert 49 % de Scale AI.".utf8))
        let deals = kb.table(named: "deals")!
        #expect(Self.extracted(deals).isEmpty)
        let row = try #require(deals.ids.firstIndex(of: "meta_stake_scale_ai"))
        #expect(deals.allCitations(row: row).contains(Citation(document: "t", line: 1, evidence: "Meta acquiert 49 % de Scale AI.")))
        #expect(deals.count == BundledCorpusExtractionTests.curated.table(named: "deals")!.count)
    }
}
