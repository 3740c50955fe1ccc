import Foundation
import Lexer
import TestSupport
import Testing

/// Every limit at its value and just past it: at the value the input is
/// accepted; one past, a clear error names the limit and says how to raise
/// it. Limits are lowered with `--limit` so the inputs stay small.
@Suite struct LimitTests {
    static func conditions(_ count: Int) -> String {
        "count deals where " + Array(repeating: "amount >= 0", count: count + 1).joined(separator: " and ") + "\n"
    }

    @Test func conditions() throws {
        let at = try Binary.run([], input: Self.conditions(4_096))
        #expect(at.status == 0, "\(at.errors)")
        let past = try Binary.run([], input: Self.conditions(4_097))
        #expect(past.status == 1)
        #expect(past.errors.contains("at most 4,096 'and'/'or' in one statement (the limit 'conditions'; raise it with --limit conditions=N"))
        let raised = try Binary.run(["--limit", "conditions=4097"], input: Self.conditions(4_097))
        #expect(raised.status == 0)
    }

    @Test func nesting() throws {
        func nested(_ depth: Int) -> String {
            "count deals where " + String(repeating: "(", count: depth) + "amount >= 0" + String(repeating: ")", count: depth) + "\n"
        }
        #expect(try Binary.run([], input: nested(256)).status == 0)
        let past = try Binary.run([], input: nested(257))
        #expect(past.status == 1)
        #expect(past.errors.contains("error: nesting is deeper than 256 levels"))
        #expect(past.errors.contains("raise it with --limit nesting=N or .limit nesting N, up to 1,000"))
        #expect(try Binary.run(["--limit", "nesting=257"], input: nested(257)).status == 0)
        #expect(try Binary.run([], input: ".limit nesting 257\n" + nested(257)).status == 0)
    }

    @Test func statementBytes() throws {
        let statement = "count deals where buyer = Meta"
        let bytes = statement.utf8.count
        #expect(try Binary.run(["--limit", "statement-bytes=\(bytes)", "-e", statement]).status == 0)
        let past = try Binary.run(["--limit", "statement-bytes=\(bytes - 1)", "-e", statement])
        #expect(past.status == 1)
        #expect(past.output.isEmpty)
        #expect(past.errors.contains("error: this statement is \(bytes) bytes long"))
        #expect(past.errors.contains("the limit 'statement-bytes'"))
    }

    @Test func resultRows() throws {
        #expect(try Binary.run(["--limit", "result-rows=9", "-e", "find deals"]).status == 0)
        let past = try Binary.run(["--limit", "result-rows=8", "-e", "find deals"])
        #expect(past.status == 1)
        #expect(past.output.isEmpty)
        #expect(past.errors.contains("error: the answer has 9 rows"))
        #expect(past.errors.contains("at most 8 rows in one answer (the limit 'result-rows'"))
    }

    @Test func articleBytes() throws {
        let folder = try DataFolder.copyOfSeeds()
        let largest = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("corpus").path)
            .map { try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("corpus/" + $0).path)[.size] as! Int }.max()!
        #expect(try Binary.run(["--data", folder.path, "--limit", "article-bytes=\(largest)", "-e", "count documents"]).status == 0)
        let past = try Binary.run(["--data", folder.path, "--limit", "article-bytes=\(largest - 1)", "-e", "count documents"])
        #expect(past.status == 2)
        #expect(past.errors.contains("bytes; a file holds at most \(Limits.grouped(largest - 1)) bytes in one article (the limit 'article-bytes'"))

        // .ingest: an article larger than every bundled one, so that only it meets the limit.
        let article = try Binary.temporaryFolder().appendingPathComponent("new.txt")
        try String(repeating: "OpenAI lève 6,6 milliards de dollars.\n", count: largest / 30 + 1).write(to: article, atomically: true, encoding: .utf8)
        let size = try FileManager.default.attributesOfItem(atPath: article.path)[.size] as! Int
        #expect(try Binary.run(["--data", folder.path, "--limit", "article-bytes=\(size)", "-e", ".ingest \(article.path)"]).status == 0)
        let ingestPast = try Binary.run(["--data", folder.path, "--limit", "article-bytes=\(size - 1)", "-e", ".ingest \(article.path)"])
        #expect(ingestPast.status == 1)
        #expect(ingestPast.errors.contains("the limit 'article-bytes'"))
    }

    @Test func factsFileBytes() throws {
        let folder = try DataFolder.copyOfSeeds()
        let facts = folder.appendingPathComponent("facts")
        let largest = try FileManager.default.contentsOfDirectory(atPath: facts.path).filter { $0.hasSuffix(".kb") }
            .map { try FileManager.default.attributesOfItem(atPath: facts.appendingPathComponent($0).path)[.size] as! Int }.max()!
        let schema = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("schema.kb").path)[.size] as! Int
        let limit = max(largest, schema)
        #expect(try Binary.run(["--data", folder.path, "--limit", "facts-file-bytes=\(limit)", "-e", "count deals"]).status == 0)
        let past = try Binary.run(["--data", folder.path, "--limit", "facts-file-bytes=\(limit - 1)", "-e", "count deals"])
        #expect(past.status == 2)
        #expect(past.errors.contains("the limit 'facts-file-bytes'"))
    }

    @Test func aLimitOutOfRangeIsAUsageError() throws {
        let run = try Binary.run(["--limit", "nesting=100000", "-e", "count deals"])
        #expect(run.status == 2)
        #expect(run.errors.contains("the limit 'nesting' takes a whole number from 1 to 1,000"))
        let unknown = try Binary.run(["-e", ".limit nestng 3"])
        #expect(unknown.status == 1, "\(unknown.errors)")
        #expect(unknown.errors.contains("unknown limit 'nestng'; did you mean 'nesting'?"))
    }
}
