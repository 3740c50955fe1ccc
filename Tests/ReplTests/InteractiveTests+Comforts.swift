import Foundation
import Testing

/// The comforts of the shell at a real terminal: tables that fit its width,
/// capped and paged answers, Ctrl-D and Ctrl-C where input is pending, the
/// start-up file, and completion that never quotes a keyword.
extension InteractiveTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-pty-\(name)-\(UUID())").path
    }

    /// The width of the table whose top border is on `line`.
    static func borderWidth(_ line: String) -> Int {
        line.drop { $0 != "┌" }.count
    }

    @Test func tablesFitSixtyAndOneHundredTwentyColumns() throws {
        let narrow = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"], columns: 60)
        #expect(narrow.expect("aiq> "))
        narrow.type("find deals\r")
        #expect(narrow.expect("┌"))
        #expect(Self.borderWidth(narrow.matchedLine) <= 60, "\(narrow.matchedLine)")
        #expect(narrow.expect("│ Microsoft │ OpenAI"), "names are not cut at 60 columns: \(narrow.tail)")
        #expect(narrow.expect("9 deals"))
        #expect(narrow.expect("4 columns not shown: amount, stake, terms, status"), "\(narrow.tail)")
        narrow.type(".quit\r")
        #expect(narrow.waitForExit() == 0)

        let wide = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"], columns: 120)
        #expect(wide.expect("aiq> "))
        wide.type("find deals\r")
        #expect(wide.expect("┌"))
        #expect(Self.borderWidth(wide.matchedLine) <= 120 && Self.borderWidth(wide.matchedLine) > 100, "\(wide.matchedLine)")
        #expect(wide.expect("│ terms"), "every column shows at 120: \(wide.tail)")
        #expect(wide.expect("9 deals"))
        #expect(!wide.screen.contains("not shown:"))
        wide.type(".quit\r")
        #expect(wide.waitForExit() == 0)
    }

    @Test(arguments: [60, 120] as [UInt16])
    func longAnswersAreCappedAndPaged(columns: UInt16) throws {
        let terminal = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"],
                                 environment: ["PAGER": "sed 's/^/paged: /'"], columns: columns, rows: 30)
        #expect(terminal.expect("aiq> "))
        // 266 sentences: 40 shown, taller than 30 rows, so paged.
        terminal.type("find sentences\r")
        #expect(terminal.expect("┌"))
        #expect(Self.borderWidth(terminal.matchedLine) <= Int(columns), "\(terminal.matchedLine)")
        #expect(terminal.expect("… 226 more rows"), "\(terminal.tail)")
        #expect(terminal.expect("266 sentences (40 shown; .maxrows 0 shows all)"))
        #expect(terminal.matchedLine.hasPrefix("paged: "), "\(terminal.matchedLine)")
        #expect(terminal.expect("aiq> "))
        // A short answer is not paged.
        terminal.type("count hires\r")
        #expect(terminal.expect("13 hires"))
        #expect(!terminal.matchedLine.hasPrefix("paged: "), "\(terminal.matchedLine)")
        // Without the pager and with a smaller cap.
        terminal.type(".pager off\r")
        #expect(terminal.expect("aiq> "))
        terminal.type(".maxrows 4\r")
        #expect(terminal.expect("aiq> "))
        terminal.type("find sentences\r")
        #expect(terminal.expect("… 262 more rows"))
        #expect(terminal.expect("266 sentences (4 shown"))
        #expect(!terminal.matchedLine.hasPrefix("paged: "))
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlDAtTheContinuationPromptDiscardsTheStatementFirst() throws {
        let terminal = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"])
        #expect(terminal.expect("aiq> "))
        terminal.type("find deals where\r")
        #expect(terminal.expect("...> "))
        #expect(terminal.type(Self.ctrlD, until: "the unfinished statement was discarded; Ctrl-D again leaves"), "\(terminal.tail)")
        #expect(terminal.expect("aiq> "))
        terminal.type("count deals\r")
        #expect(terminal.expect("9 deals"))
        #expect(terminal.expect("aiq> "))
        #expect(terminal.type(Self.ctrlD, untilExit: 5) == 0)
    }

    @Test func ctrlCStopsAnIngestAndChangesNothing() throws {
        let article = Self.temporaryPath("article") + ".txt"
        let paragraph = "Nvidia investit 2 milliards de dollars dans la start-up Kerys, selon Les Échos, et recrute dix chercheurs.\n"
        try String(repeating: paragraph, count: 300_000).write(toFile: article, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: article) }
        let terminal = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"])
        #expect(terminal.expect("aiq> "))
        terminal.type(".ingest \(article)\r")
        Thread.sleep(forTimeInterval: 1)
        let started = Date()
        #expect(terminal.type(Self.ctrlC, until: "interrupted: ", attempts: 10), "\(terminal.tail)")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(terminal.expect("was not ingested; the session is as it was"))
        #expect(terminal.expect("aiq> "))
        terminal.type("count documents\r")
        #expect(terminal.expect("5 documents"), "\(terminal.tail)")
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func theStartUpFileRunsUnlessToldNot() throws {
        let config = Self.temporaryPath("config")
        try FileManager.default.createDirectory(atPath: config + "/aiquery", withIntermediateDirectories: true)
        try ".prompt \"news> \"\n.nullvalue \"∅\"\n".write(toFile: config + "/aiquery/init.q", atomically: true, encoding: .utf8)
        let terminal = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"], environment: ["XDG_CONFIG_HOME": config])
        #expect(terminal.expect("news> "), "\(terminal.tail)")
        terminal.type("find deals where buyer = Meta show target, amount\r")
        #expect(terminal.expect("│ Scale AI  │      ∅ │"), "\(terminal.tail)")
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)

        let plain = try start(history: Self.temporaryPath("h"), arguments: ["--quiet", "--no-init"], environment: ["XDG_CONFIG_HOME": config])
        #expect(plain.expect("aiq> "))
        #expect(!plain.screen.contains("news> "))
        plain.type(".quit\r")
        #expect(plain.waitForExit() == 0)
    }

    @Test func completionNeverQuotesAKeyword() throws {
        let terminal = try start(history: Self.temporaryPath("h"), arguments: ["--quiet"])
        #expect(terminal.expect("aiq> "))
        terminal.type("find deals sort \t")
        #expect(terminal.expect("by "), "\(terminal.tail)")
        #expect(!terminal.screen.contains("\"by\""))
        terminal.type("amount desc \t\t")
        #expect(terminal.expect("limit"), "\(terminal.tail)")
        #expect(terminal.expect("show"))
        terminal.type("\u{15}")  // Ctrl-U clears the line
        terminal.type("find deals where status = \t")
        terminal.type("\t")
        #expect(terminal.expect("completed"), "\(terminal.tail)")
        terminal.type("\u{15}.quit\r")
        #expect(terminal.waitForExit() == 0)
    }
}
