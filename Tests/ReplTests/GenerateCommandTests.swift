import Foundation
import Testing

/// `repl generate` through the binary: a folder `repl --data` loads, the
/// same seed giving the same answers, and a clear refusal where it cannot write.
@Suite struct GenerateCommandTests {
    @Test func aGeneratedFolderLoadsAndAnswers() throws {
        let folder = try Binary.temporaryFolder().appendingPathComponent("deals")
        let run = try Binary.run(["generate", "--deals", "300", "--articles", "6", "--seed", "9", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.hasPrefix("wrote 300 deals in 6 articles, 200 companies"))
        let loaded = try Binary.run(["--data", folder.path, "--format", "csv", "-e", "count deals", "-e", "count documents"])
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(loaded.output == "count\r\n300\r\ncount\r\n7\r\n")
        let csvLines = try String(contentsOf: folder.appendingPathComponent("deals.csv"), encoding: .utf8).split(separator: "\n")
        #expect(csvLines.count == 301)
    }

    @Test func theSameSeedGivesTheSameAnswers() throws {
        func answer(seed: Int) throws -> String {
            let folder = try Binary.temporaryFolder().appendingPathComponent("deals")
            _ = try Binary.run(["generate", "--deals", "200", "--seed", "\(seed)", folder.path])
            return try Binary.run(["--data", folder.path, "--format", "csv", "-e", "count deals by buyer"]).output
        }
        let first = try answer(seed: 5)
        #expect(first == (try answer(seed: 5)))
        #expect(first != (try answer(seed: 6)))
    }

    @Test func aFolderThatHoldsFilesIsRefused() throws {
        let folder = try Binary.temporaryFolder()
        try Data("keep me\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try Binary.run(["generate", "--deals", "10", folder.path])
        #expect(run.status == 2)
        #expect(run.errors == "error: \(folder.path) is not empty: give a new folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let negative = try Binary.run(["generate", "--deals=-5", folder.path + "/x"])
        #expect(negative.status == 2)
        #expect(negative.errors.contains("--deals takes 0 to 100,000,000"))
    }
}
