import Foundation
import TestSupport
import Testing

/// The built binary, run the ways people use it: one-liners, scripts,
/// pipes, exit statuses, formats, `.read` and `.output`.
@Suite struct CommandLineTests {
    @Test func oneLiner() throws {
        let run = try Binary.run(["-e", "count deals"])
        #expect(run.status == 0)
        #expect(run.output.contains("│     9 │"))
        #expect(run.output.hasSuffix("9 deals\n"))
        #expect(run.errors.isEmpty)
    }

    @Test func repeatedOneLinersRunInOrder() throws {
        let run = try Binary.run(["-e", ".format csv", "-e", "count deals", "-e", "count hires"])
        #expect(run.status == 0)
        #expect(run.output == "count\r\n9\r\ncount\r\n13\r\n")
    }

    @Test func aFailingStatementExitsWithOneAndReportsOnStandardError() throws {
        let run = try Binary.run(["-e", "fnd deals", "-e", "count hires"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: expected a statement, found 'fnd'\n --> -e:1:1\n"))
        #expect(run.errors.contains("^^^ did you mean 'find'?"))
        #expect(run.output.contains("13 hires"), "the next statement still runs")
    }

    @Test func scriptWithAnErrorInTheMiddleGoesOnWithoutBail() throws {
        let folder = try Binary.temporaryFolder()
        let script = folder.appendingPathComponent("report.q")
        try "count deals;\n\nfind deals where amout > 1;\ncount hires;\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try Binary.run([script.path])
        #expect(run.status == 1)
        #expect(run.errors.contains(" --> \(script.path):3:18\n"))
        #expect(run.output.contains("9 deals") && run.output.contains("13 hires"))

        let bailed = try Binary.run(["--bail", script.path])
        #expect(bailed.status == 1)
        #expect(bailed.output.contains("9 deals"))
        #expect(!bailed.output.contains("13 hires"), "--bail stops at the first error")
    }

    @Test func pipedStandardInputRunsWithoutPromptOrBanner() throws {
        let run = try Binary.run([], input: "count deals\ncount\n  hires;\n")
        #expect(run.status == 0)
        #expect(!run.output.contains("aiq>"))
        #expect(!run.output.contains("aiquery 0"))
        #expect(run.output.contains("9 deals") && run.output.contains("13 hires"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let run = try Binary.run(["--no-such-flag"])
        #expect(run.status == 2)
        #expect(run.errors.contains("error: unknown option '--no-such-flag'\nUsage: repl [<options>] [<FILE> ...]"))
        let badFormat = try Binary.run(["--format", "xml", "-e", "count deals"])
        #expect(badFormat.status == 2)
        #expect(badFormat.errors.hasPrefix("error: --format takes one of table, line, csv, tsv, json, jsonl, markdown, not 'xml'\n"))
        #expect(badFormat.output.isEmpty, "nothing runs")
    }

    @Test func dataThatDoesNotLoadExitsWithTwoAndLoadsNothing() throws {
        let folder = try Binary.temporaryFolder()
        let missing = try Binary.run(["--data", folder.appendingPathComponent("nothing").path, "-e", "count deals"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no data folder"))

        let copy = folder.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: RepositoryPaths.seeds, to: copy)
        let deals = copy.appendingPathComponent("facts/deals.kb")
        let text = try String(contentsOf: deals, encoding: .utf8).replacingOccurrences(of: "buyer: OpenAI\n  target: IO", with: "buyer: OpenAl\n  target: IO")
        try text.write(to: deals, atomically: true, encoding: .utf8)
        let broken = try Binary.run(["--data", copy.path, "-e", "count deals"])
        #expect(broken.status == 2)
        #expect(broken.errors.contains("error: no company is named 'OpenAl'"))
        #expect(broken.errors.contains("did you mean 'OpenAI'?"))
        #expect(broken.output.isEmpty)
    }

    @Test func anotherDataFolderLoads() throws {
        let run = try Binary.run(["--data", RepositoryPaths.seeds.path, "-e", "count documents"])
        #expect(run.status == 0)
        #expect(run.output.contains("5 documents"))
    }

    @Test func jsonParsesBack() throws {
        let run = try Binary.run(["--format", "json", "-e", "find deals where buyer = Meta and target = \"Scale AI\""])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["id"] as? String == "meta_stake_scale_ai")
        #expect(rows[0]["doc"] as? String == "001")
        #expect(rows[0]["line"] as? Int == 10)
        let stake = try #require(rows[0]["stake"] as? [String: Any])
        #expect(stake["value"] as? Int == 49)
        #expect(stake["unit"] as? String == "%")
        #expect((rows[0]["also"] as? [[String: Any]])?.count == 2)
    }

    @Test func readRunsAScriptAndOutputRedirects() throws {
        let folder = try Binary.temporaryFolder()
        try "count deals\n".write(to: folder.appendingPathComponent("inner.q"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["-e", ".output answers.txt", "-e", ".read inner.q", "-e", ".output", "-e", "count hires"],
                                 directory: folder)
        #expect(run.status == 0)
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.txt"), encoding: .utf8)
        #expect(saved.contains("9 deals"))
        #expect(!run.output.contains("9 deals"))
        #expect(run.output.contains("13 hires"))
    }

    /// `.output` writes into the file it is given, never a new one put in
    /// its place: through a symbolic link the target gets the answer and
    /// the link stays a link (as `.output /dev/null` must leave the device).
    @Test func outputWritesThroughALinkWithoutReplacingIt() throws {
        let folder = try Binary.temporaryFolder()
        let target = folder.appendingPathComponent("target.txt")
        try "old\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "target.txt")
        let run = try Binary.run(["-e", ".output link.txt", "-e", "count deals"], directory: folder)
        #expect(run.status == 0)
        let kind = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("link.txt").path)[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        let saved = try String(contentsOf: target, encoding: .utf8)
        #expect(saved.contains("9 deals") && !saved.contains("old"))
    }

    @Test func outputToAFolderFails() throws {
        let folder = try Binary.temporaryFolder()
        let run = try Binary.run(["-e", ".output .", "-e", "count deals"], directory: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: cannot write to '.': Is a directory\n"))
    }

    @Test func readOfAMissingFileFails() throws {
        let run = try Binary.run(["-e", ".read nowhere.q"])
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot open 'nowhere.q': no such file\n --> -e:1:7\n  |\n1 | .read nowhere.q\n  |       ^^^^^^^^^\n")
    }

    @Test func unknownDotCommandSuggests() throws {
        let run = try Binary.run(["-e", ".fromat json"])
        #expect(run.status == 1)
        #expect(run.errors.contains("did you mean '.format'?"))
    }

    @Test func versionAndHelp() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == "0.1.0\n")
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--format"))
        #expect(help.output.contains("--no-history"))
    }

    @Test func shellCompletionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try Binary.run(["--generate-completion-script", shell])
            #expect(run.status == 0)
            #expect(run.output.contains("repl") && run.output.contains("no-extract") && run.output.contains("allow-ingest"))
        }
    }

    /// Words typed so far, and what bash then offers, from the script `repl` writes.
    static let bashCompletions: [([String], [String])] = [
        (["repl", "--for"], ["--format"]),
        (["repl", "--format", "j"], ["json", "jsonl"]),
        (["repl", "--dialect", ""], ["sqlite", "postgres"]),
        (["repl", "se"], ["serve"]),
        (["repl", "serve", "--po"], ["--port"]),
        (["repl", "export", "--to", "p"], ["postgres"]),
        (["repl", "generate", "--s"], ["--seed"]),
        (["repl", "-e", "--"], []),
    ]

    @Test(arguments: bashCompletions)
    func bashCompletes(_ words: [String], _ offered: [String]) throws {
        let folder = try Binary.temporaryFolder()
        let script = folder.appendingPathComponent("repl.bash")
        try Binary.run(["--generate-completion-script", "bash"]).output.write(to: script, atomically: true, encoding: .utf8)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "-c", "source '\(script.path)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); "
                             + "_repl_dispatch; printf '%s\\n' \"${COMPREPLY[@]}\""]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.split(separator: "\n").map(String.init) == offered, "\(words)")
    }

    @Test(arguments: ["who_hires_whom.q", "money.q", "export_json.q"])
    func examplesRun(_ name: String) throws {
        let run = try Binary.run([RepositoryPaths.root.appendingPathComponent("examples/\(name)").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(!run.output.isEmpty)
    }

    @Test func nothingIsWrittenToHistoryWhenNotInteractive() throws {
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-history-\(UUID())").path
        _ = try Binary.run(["-e", "count deals"], environment: ["AIQUERY_HISTORY": history])
        #expect(!FileManager.default.fileExists(atPath: history))
    }
}

/// A data folder with articles and no curated facts still gets its text layer.
@Suite struct ArticlesOnlyFolderTests {
    @Test func sentencesAmountsAndSearchWorkWithoutFacts() throws {
        let folder = try Binary.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.seeds.appendingPathComponent("schema.kb"),
                                         to: folder.appendingPathComponent("schema.kb"))
        try "document \"100\" {\n  file: \"corpus/100_news.txt\"\n  language: en\n}\n"
            .write(to: folder.appendingPathComponent("manifest.kb"), atomically: true, encoding: .utf8)
        try "Nvidia sold $10bn of chips. The lab has about 100 employees.\nA second line.\n"
            .write(to: folder.appendingPathComponent("corpus/100_news.txt"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["--data", folder.path, "--format", "csv",
                                  "-e", "count sentences", "-e", "find amounts show value, unit, text", "-e", "search \"chips\"",
                                  "-e", "count deals"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("count\r\n3\r\n"))
        #expect(run.output.contains("10000000000 USD,USD,$10bn"))
        #expect(run.output.contains("~100,employees,about 100 employees"))
        #expect(run.output.contains("Nvidia sold $10bn of chips.,100,1"))
        #expect(run.output.contains("count\r\n0\r\n"))
    }
}
