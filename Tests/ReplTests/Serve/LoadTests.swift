import Foundation
import TestSupport
import Testing

/// 20 clients for 30 seconds at /api/query (scripts/load-test, with wrk):
/// every request answered, none refused, and memory that does not grow.
/// The rate and latency are printed, not asserted (they are the machine's).
@Suite struct LoadTests {
    static let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: wrk, "wrk is not installed (apt-get install wrk)"))
    func twentyClientsForThirtySeconds() throws {
        let script = Process()
        script.executableURL = RepositoryPaths.root.appendingPathComponent("scripts/load-test")
        script.arguments = [Binary.path]
        let output = Pipe()
        script.standardOutput = output
        try script.run()
        let line = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        print(line, terminator: "")
        #expect(script.terminationStatus == 0)
        #expect(line.contains(", errors 0, non-2xx 0, "), "\(line)")
        let memory = try #require(line.firstMatch(of: /rss ([0-9.]+) MB before, ([0-9.]+) MB after/), "no memory figures: \(line)")
        let (before, after) = (try #require(Double(memory.1)), try #require(Double(memory.2)))
        #expect(after - before < 64, "memory grew: \(line)")
    }
}
