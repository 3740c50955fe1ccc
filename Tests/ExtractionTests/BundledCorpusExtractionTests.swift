import Extraction
import FactStore
import Foundation
import Lexer
import TestSupport
import Testing

/// The extractor on the five bundled articles, with their curated deals,
/// hires and projects set aside: the curated facts are the answer key. An
/// extracted fact matches a curated one when it is stated on one of the
/// curated fact's lines and names the same parties.
@Suite struct BundledCorpusExtractionTests {
    static let kinds = ["deals", "hires", "projects"]

    static let curated: KnowledgeBase = try! Loader.load(try! SeedFiles.read(directory: RepositoryPaths.seeds))

    static func keys(_ kb: KnowledgeBase, extractedOnly: Bool) -> [FactKey] {
        kinds.flatMap { kind -> [FactKey] in
            let table = kb.table(named: kind)!
            return (0..<table.count).compactMap { row in
                let origin = table.value(row: row, named: "origin")
                guard !extractedOnly || origin == .enumeration("extracted") else { return nil }
                var key = FactKey(table, row: row, kb: kb)
                key.places = Set(table.allCitations(row: row).map { "\($0.document):\($0.line)" })
                return key
            }
        }
    }

    @Test func precisionAndRecallAgainstTheCuratedFacts() throws {
        let alone = Self.curated.settingAside(Self.kinds).extracting(with: Extractor(schema: Self.curated.schema))
        let found = Self.keys(alone, extractedOnly: true)
        let key = Self.keys(Self.curated, extractedOnly: false)
        let same: (FactKey, FactKey) -> Bool = { found, key in
            !key.places.isDisjoint(with: found.places) && Scoring.same(found, key, anyDocument: true)
        }
        let scores = Scoring.score(found: found, key: key, kinds: ["deal", "hire", "project"], same: same)
        print("Extraction on the bundled corpus (curated facts as the key):")
        for score in scores { print("  \(score)") }
        let (unmatched, missed) = Scoring.misses(found: found, key: key, same: same)
        for fact in unmatched { print("  extra:  \(fact)") }
        for fact in missed { print("  missed: \(fact)") }
        for score in scores where score.kind != "project" {
            #expect(score.precision >= 0.85, "\(score)")
            #expect(score.recall >= 0.70, "\(score)")
        }
    }
}
