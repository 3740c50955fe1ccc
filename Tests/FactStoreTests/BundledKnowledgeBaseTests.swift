import FactStore
import Foundation
import Lexer
import TestSupport
import Testing

/// The knowledge base shipped in `seeds/`: it loads cleanly, every citation
/// holds, and the facts the other stages rely on are there, as the articles
/// state them.
@Suite struct BundledKnowledgeBaseTests {
    static let seeds = RepositoryPaths.seeds

    static let kb: KnowledgeBase? = {
        do {
            return try Loader.load(try SeedFiles.read(directory: seeds))
        } catch let list as DiagnosticList {
            print(DiagnosticRenderer().render(list.diagnostics))
            return nil
        } catch {
            print(error)
            return nil
        }
    }()

    func kb() throws -> KnowledgeBase { try #require(Self.kb, "the bundled knowledge base must load") }

    @Test func loadsAllFiveDocuments() throws {
        let kb = try kb()
        #expect(kb.documents.map(\.id) == ["000", "001", "002", "003", "004"])
        #expect(kb.documents.allSatisfy { $0.language == "fr" })
        #expect(kb.document("003")?.date == CalendarDate(year: 2025, month: 1))
        #expect(kb.document("003")?.outlet == "FreeA")
    }

    @Test func everyEvidenceIsVerbatimOnItsLine() throws {
        let kb = try kb()
        var checked = 0
        for table in kb.tables where table.kind.name != "documents" {
            for row in 0..<table.count {
                let citations = table.allCitations(row: row)
                #expect(!citations.isEmpty, "\(table.kind.name) \(table.ids[row]) has no citation")
                for citation in citations {
                    let line = try #require(kb.document(citation.document)?.line(citation.line), "\(citation)")
                    #expect(line.contains(citation.evidence), "\(table.ids[row]): \(citation) does not say \(citation.evidence)")
                    checked += 1
                }
            }
        }
        #expect(checked > 150)
    }

    @Test func corpusIsShippedByteForByte() throws {
        let shared = Self.seeds.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let kb = try kb()
        for document in kb.documents {
            let shipped = try Data(contentsOf: Self.seeds.appendingPathComponent(document.file))
            #expect(document.lines.joined(separator: "\n") + "\n" == String(decoding: shipped, as: UTF8.self)
                    || document.lines.joined(separator: "\n") == String(decoding: shipped, as: UTF8.self))
            let original = shared.appendingPathComponent(URL(fileURLWithPath: document.file).lastPathComponent)
            if let source = FileManager.default.contents(atPath: original.path) {
                #expect(source == shipped, "\(document.file) differs from the shared corpus")
            }
        }
    }

    @Test func holdsEnoughOfEachKind() throws {
        let kb = try kb()
        func count(_ kind: String) -> Int { kb.table(named: kind)?.count ?? 0 }
        #expect(count("deals") + count("hires") + count("projects") >= 20)
        #expect(kb.schema.entityKinds.reduce(0) { $0 + count($1.name) } >= 40)
        #expect(count("contradictions") >= 1)
        for kind in ["events", "claims", "rankings", "quotes", "metrics"] {
            #expect(count(kind) >= 1, "\(kind)")
        }
    }

    @Test func schemaHasTheKindsAndFieldsOtherStagesUse() throws {
        let schema = try kb().schema
        let expected: [String: [String]] = [
            "companies": ["name", "aliases", "category"],
            "people": ["name", "aliases", "role", "employer"],
            "models": ["name", "aliases", "maker", "status", "date"],
            "documents": ["title", "outlet", "date", "language", "file"],
            "deals": ["buyer", "target", "kind", "amount", "stake", "date", "status"],
            "hires": ["person", "from", "to", "hired_by", "role", "count", "date"],
            "projects": ["owner", "amount", "what", "place", "horizon", "date"],
            "events": ["actor", "kind", "summary", "date"],
            "claims": ["speaker", "statement", "value", "horizon"],
            "rankings": ["ranker", "rank", "entity", "comment"],
            "quotes": ["speaker", "text"],
            "metrics": ["subject", "metric", "value", "unit", "date"],
            "contradictions": ["first", "second", "topic"],
        ]
        for (kind, fields) in expected {
            let declared = try #require(schema.kind(named: kind), "\(kind)")
            for field in fields { #expect(declared.fieldIndex(named: field) != nil, "\(kind).\(field)") }
        }
        #expect(schema.kind(named: "deal")?.name == "deals")
        #expect(schema.kind(named: "person")?.name == "people")
        let reserved = schema.kinds.flatMap(\.fields).filter { Keyword(word: $0.name)?.isReserved == true }
        #expect(reserved.isEmpty)
    }

    @Test(arguments: [
        ("meta", "Meta"), ("META", "Meta"), ("Theo", "Théo"), ("théo", "Théo"), ("Zuckerberg", "Mark Zuckerberg"),
        ("mark zuckerberg", "Mark Zuckerberg"), ("Altman", "Sam Altman"), ("Musk", "Elon Musk"), ("XAI", "xAI"),
        ("O3", "o3"), ("Orion", "GPT-4.5"), ("Twitter", "X"), ("io", "IO"), ("nvidia", "NVIDIA"), ("scale ai", "Scale AI"),
        ("etats-unis", "États-Unis"), ("Openai", "OpenAI"),
    ])
    func entityLookupIgnoresCaseAccentsAndAliases(_ written: String, _ name: String) throws {
        let kb = try kb()
        let found = kb.entities.lookup(written)
        #expect(found.count == 1, "\(written)")
        #expect(found.first.map(kb.name(of:)) == name)
    }

    @Test func theScaleAIStakeIsOneFactCitedThreeTimesWithNoPrice() throws {
        let kb = try kb()
        let deals = try #require(kb.table(named: "deals"))
        let row = try #require(deals.ids.firstIndex(of: "meta_stake_scale_ai"))
        #expect(deals.allCitations(row: row).map(\.description) == ["001:10", "004:7", "004:15"])
        #expect(deals.value(row: row, named: "amount") == nil)
        #expect(deals.value(row: row, named: "stake") == .quantity(Quantity(exactly: 49, unit: .percent)))
    }

    @Test func amountsKeepTheirUnitAndUncertainty() throws {
        let kb = try kb()
        func value(_ kind: String, _ id: String, _ field: String) throws -> Value? {
            let table = try #require(kb.table(named: kind))
            return table.value(row: try #require(table.ids.firstIndex(of: id)), named: field)
        }
        #expect(try value("deals", "openai_acquires_io", "amount") == .quantity(Quantity(exactly: 6.4e9, unit: .currency(.usd))))
        #expect(try value("deals", "microsoft_profit_share_openai", "stake") == .quantity(Quantity(atMost: 51, unit: .percent)))
        #expect(try value("deals", "microsoft_invests_openai", "amount") == .quantity(Quantity(unquantified: "des milliards")))
        #expect(try value("metrics", "o3_cost_per_query", "value") == .quantity(Quantity(from: 600, to: 2000, unit: .currency(.eur))))
        #expect(try value("metrics", "xai_headcount", "value") == .quantity(Quantity(approximately: 100)))
        #expect(try value("metrics", "llama_downloads", "value") == .quantity(Quantity(atLeast: 1e9)))
        #expect(try value("projects", "nuclear_data_centres", "amount") == .quantity(Quantity(approximately: 2e11, unit: .currency(.usd))))
    }

    @Test func everyModelNamedHasARecord() throws {
        let kb = try kb()
        let models = try #require(kb.table(named: "models"))
        let names = Set((0..<models.count).map { kb.name(of: EntityRef(kind: kb.schema.kindIndex(named: "models")!, row: $0)) })
        for name in ["GPT-4.5", "Behemoth", "Maverick", "Strawberry", "o3", "Claude", "Gemini", "Grok 3.5", "Llama 3.1 405B",
                     "Llama", "ChatGPT", "Dall-E", "GPT", "Grok", "Grok 2", "Grok 3", "Claude 3.5 Opus"] {
            #expect(names.contains(name), "\(name)")
        }
    }
}
