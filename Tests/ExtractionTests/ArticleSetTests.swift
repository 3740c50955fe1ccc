import Extraction
import FactStore
import Foundation
import TestSupport
import Testing

/// The extractor on articles written for the purpose, each with the facts a
/// careful reader finds in it (`Articles/SET/expected.tsv`, written by a
/// reader who never saw the rules). `dev` is the set the rules were
/// developed on; the held-out sets were written after they worked (see
/// `heldOutSet`): their figures say how the extractor does on text it was
/// not written for.
@Suite struct ArticleSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Articles")

    struct ArticleSet {
        let found: [FactKey]
        let key: [FactKey]
    }

    /// Every article of the set ingested into the bundled store (curated
    /// deals, hires and projects set aside, so that nothing joins them).
    static func run(_ name: String) throws -> ArticleSet {
        let directory = folder.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        var kb = Probe.base
        for file in files {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(file)))
            kb = try kb.adding(id: String(file.dropLast(4)), file: file, bytes: bytes)
        }
        let ids = Set(files.map { String($0.dropLast(4)) })
        let found = BundledCorpusExtractionTests.keys(kb, extractedOnly: true).filter { ids.contains($0.document) }
        let rows = try String(contentsOf: directory.appendingPathComponent("expected.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let key = rows.filter { $0.count >= 4 }.map { row in
            FactKey(document: String(row[0].dropLast(4)), line: Int(row[1]) ?? 0, kind: row[2], text: row[3])
        }
        return ArticleSet(found: found, key: key)
    }

    static func report(_ name: String, _ set: ArticleSet) -> [Scoring.Score] {
        let scores = Scoring.score(found: set.found, key: set.key, kinds: ["deal", "hire", "project"])
        print("Extraction on the \(name) articles:")
        for score in scores { print("  \(score)") }
        let all = scores.reduce(into: Scoring.Score(kind: "all")) { total, score in
            total.matched += score.matched
            total.extracted += score.extracted
            total.expected += score.expected
        }
        print("  \(all)")
        let (unmatched, missed) = Scoring.misses(found: set.found, key: set.key)
        for fact in unmatched { print("  extra:  \(fact)") }
        for fact in missed { print("  missed: \(fact)") }
        return scores
    }

    /// Printed, not asserted: the figures measure text the rules were not
    /// written for. `heldout` was measured once untuned, then two rules
    /// about names were changed after reading its misses, so it is no
    /// longer clean; `heldout2` was written after that and never tuned to.
    @Test(arguments: ["heldout", "heldout2"])
    func heldOutSet(_ name: String) throws {
        let scores = Self.report(name, try Self.run(name))
        #expect(scores.filter { $0.kind != "project" }.allSatisfy { $0.expected > 0 }, "the key has deals and hires")
    }

    @Test func developmentSet() throws {
        let scores = Self.report("development", try Self.run("dev"))
        for score in scores where score.kind != "project" {
            #expect(score.precision >= 0.85, "\(score)")
            #expect(score.recall >= 0.70, "\(score)")
        }
    }
}
