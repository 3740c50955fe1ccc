import Foundation
import TestSupport
import Testing

/// Bad input never half-runs: each defect once found by hand is a case
/// here, run through the built binary as a user would meet it.
@Suite struct BadInputTests {
    /// Statements with an error anywhere in them: nothing of them runs.
    @Test(arguments: [
        "find deals sort by amount desc show buyer, amount limit 2",
        "count deals @",
        "search \"\\u{D800}\"",
    ])
    func aStatementWithAnErrorRunsNothing(_ statement: String) throws {
        for flags in [[], ["--bail"]] {
            let run = try Binary.run(flags + ["-e", statement])
            #expect(run.status == 1)
            #expect(run.output.isEmpty, "nothing may run: \(run.output)")
            #expect(run.errors.hasPrefix("error: "))
        }
    }

    @Test func aSyntaxErrorInANewlineScriptLosesNoLaterLine() throws {
        let run = try Binary.run([], input: "count deals\ncount hires zzz\ncount models\ncount events\n")
        #expect(run.status == 1)
        #expect(run.output.contains("9 deals"))
        #expect(run.output.contains("17 models"))
        #expect(run.output.contains("15 events"))
        #expect(!run.output.contains("hires"))
        #expect(run.errors.contains("<stdin>:2:13"))
    }

    @Test func aLongAndChainIsALocatedErrorNotACrash() throws {
        let statement = "find deals where " + String(repeating: "amount > 1 and ", count: 30_000) + "buyer = Meta"
        let run = try Binary.run([], input: statement + "\n")
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: too many conditions in one statement\n --> <stdin>:1:"))
        #expect(run.errors.contains("the limit 'conditions'; raise it with --limit conditions=N"))
    }

    /// Nothing from the input or the data reaches the terminal as a control sequence.
    @Test func diagnosticsCarryNoControlBytes() throws {
        for statement in ["describe \"\u{1B}]0;x\u{07}\"", ".format \u{1B}[31m", ".help \u{1B}[2J"] {
            let run = try Binary.run(["-e", statement])
            #expect(run.status == 1)
            #expect(!run.errors.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(run.errors.debugDescription)")
        }
        let run = try Binary.run([], input: ".format\u{0}csv\n")
        #expect(run.status == 1)
        #expect(!run.errors.contains("\u{0}"))
    }

    @Test func anArticleLineWithAnEscapeIsQuotedEscaped() throws {
        let folder = try DataFolder.copyOfSeeds()
        let article = folder.appendingPathComponent("corpus/000_193634784ac89cec.txt")
        var text = try String(contentsOf: article, encoding: .utf8)
        text = text.replacingOccurrences(of: "100 MILLIONS DE DOLLARS", with: "100 MILLIONS \u{1B}]0;pwned\u{07} DE DOLLARS")
        try text.write(to: article, atomically: true, encoding: .utf8)
        let run = try Binary.run(["--data", folder.path, "-e", "count deals"])
        #expect(run.status == 2)
        #expect(run.errors.contains("\\u{1B}]0;pwned\\u{7}"))
        #expect(!run.errors.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test func aManifestCannotNameAFileOutsideTheDataFolder() throws {
        let folder = try DataFolder.copyOfSeeds()
        try DataFolder.replace("corpus/000_193634784ac89cec.txt", with: "../../../../etc/passwd", in: "manifest.kb", of: folder)
        let run = try Binary.run(["--data", folder.path, "-e", "count documents"])
        #expect(run.status == 2)
        #expect(run.errors.contains("error: '../../../../etc/passwd' is outside the data folder"))
        #expect(run.output.isEmpty)

        let linked = try DataFolder.copyOfSeeds()
        let article = linked.appendingPathComponent("corpus/000_193634784ac89cec.txt")
        try FileManager.default.removeItem(at: article)
        try FileManager.default.createSymbolicLink(atPath: article.path, withDestinationPath: "/etc/hostname")
        let throughLink = try Binary.run(["--data", linked.path, "-e", "count documents"])
        #expect(throughLink.status == 2)
        #expect(throughLink.errors.contains("is outside the data folder"))

        // The folder of the articles resolved once, not each article: a
        // corpus/ that is a link to elsewhere is outside for every article in it.
        let movedCorpus = try DataFolder.copyOfSeeds()
        let elsewhere = try DataFolder.copyOfSeeds().appendingPathComponent("corpus")
        try FileManager.default.removeItem(at: movedCorpus.appendingPathComponent("corpus"))
        try FileManager.default.createSymbolicLink(atPath: movedCorpus.appendingPathComponent("corpus").path, withDestinationPath: elsewhere.path)
        let throughFolder = try Binary.run(["--data", movedCorpus.path, "-e", "count documents"])
        #expect(throughFolder.status == 2)
        #expect(throughFolder.errors.contains("is outside the data folder"))
    }

    @Test func damagedDataIsALocatedError() throws {
        let cut = try DataFolder.copyOfSeeds()
        let schema = cut.appendingPathComponent("schema.kb")
        let text = try String(contentsOf: schema, encoding: .utf8)
        let end = try #require(text.range(of: "-- Every money amount")).upperBound
        try String(text[..<end]).write(to: schema, atomically: true, encoding: .utf8)
        let cutRun = try Binary.run(["--data", cut.path, "-e", "count deals"])
        #expect(cutRun.status == 2)
        #expect(cutRun.errors.contains("error: the schema ends inside a comment, with no line break after it"))
        #expect(cutRun.errors.contains("(1 error)"))

        let empty = try DataFolder.copyOfSeeds()
        try DataFolder.replace("document \"000\"", with: "document \"\"", in: "manifest.kb", of: empty)
        let emptyRun = try Binary.run(["--data", empty.path, "-e", "count deals"])
        #expect(emptyRun.status == 2)
        #expect(emptyRun.errors.contains("error: a document id cannot be empty"))
    }

    @Test func aByteOrderMarkIsDroppedWithNoTrace() throws {
        let folder = try DataFolder.copyOfSeeds()
        let article = folder.appendingPathComponent("corpus/000_193634784ac89cec.txt")
        let bytes = try Data(contentsOf: article)
        try (Data([0xEF, 0xBB, 0xBF]) + bytes).write(to: article)
        let run = try Binary.run(["--data", folder.path, "--format", "csv", "-e", "find sentences where doc = 000 and n = 1 limit 1 show text"])
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{FEFF}"))

        let script = try Binary.temporaryFolder().appendingPathComponent("bom.q")
        try (Data([0xEF, 0xBB, 0xBF]) + Data("count deals\n".utf8)).write(to: script)
        let scripted = try Binary.run([script.path])
        #expect(scripted.status == 0)
        #expect(scripted.output.contains("9 deals"))
    }

    @Test func oneBadByteInAnArticleIsOneError() throws {
        let folder = try DataFolder.copyOfSeeds()
        let article = folder.appendingPathComponent("corpus/001_206af7c72f72650e.txt")
        var bytes = try Data(contentsOf: article)
        bytes.insert(0xFF, at: 40)
        try bytes.write(to: article)
        let run = try Binary.run(["--data", folder.path, "-e", "count deals"])
        #expect(run.status == 2)
        #expect(run.errors.components(separatedBy: "error: ").count == 3, "one error and the summary: \(run.errors)")
        #expect(run.errors.contains("the first byte that is not UTF-8 is on line 1, byte 41"))
    }

    /// Dot-command errors in a script say FILE:LINE:COL, as statement errors do.
    @Test(arguments: [
        (".format xml", "<stdin>:2:9"),
        (".format csv extra junk", "<stdin>:2:13"),
        (".quit now", "<stdin>:2:7"),
        (".help nonsense", "<stdin>:2:7"),
        (".cite maybe", "<stdin>:2:7"),
    ])
    func dotCommandErrorsHaveAPlace(_ line: String, _ place: String) throws {
        let run = try Binary.run([], input: "count deals\n\(line)\ncount hires\n")
        #expect(run.status == 1)
        #expect(run.errors.contains(" --> \(place)\n"), "\(run.errors)")
        #expect(run.output.contains("13 hires"))
    }

    @Test func aScriptWithABadByteGetsALocatedError() throws {
        let script = try Binary.temporaryFolder().appendingPathComponent("bad.q")
        try (Data("count deals\ncount hires where role = \"".utf8) + Data([0xFF]) + Data("\"\ncount models\n".utf8)).write(to: script)
        let run = try Binary.run([script.path])
        #expect(run.status == 0 || run.status == 1)
        #expect(run.output.contains("9 deals"))
        #expect(run.output.contains("17 models"))
    }

    @Test func misleadingWordingIsGone() throws {
        let huge = try Binary.run(["-e", "find deals limit 9223372036854775807"])
        #expect(huge.errors.hasPrefix("error: the limit is too large\n"))

        let folder = try DataFolder.copyOfSeeds()
        let schema = folder.appendingPathComponent("schema.kb")
        try FileManager.default.removeItem(at: schema)
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: false)
        let directory = try Binary.run(["--data", folder.path, "-e", "count deals"])
        #expect(directory.status == 2)
        #expect(directory.errors.contains("schema.kb is a folder, not a file"))

        try FileManager.default.removeItem(at: schema)
        try FileManager.default.createSymbolicLink(atPath: schema.path, withDestinationPath: schema.path)
        let loop = try Binary.run(["--data", folder.path, "-e", "count deals"])
        #expect(loop.status == 2)
        #expect(loop.errors.contains("schema.kb cannot be read: its symbolic links make a loop"))

        let lists = try DataFolder.copyOfSeeds()
        try DataFolder.replace("aliases: list of text", with: "aliases: list of list of text", in: "schema.kb", of: lists)
        let nested = try Binary.run(["--data", lists.path, "-e", "count deals"])
        #expect(nested.status == 2)
        #expect(nested.errors.contains("error: a list of lists is not a type"))
    }
}

/// Copies of the bundled data folder to damage.
enum DataFolder {
    static func copyOfSeeds() throws -> URL {
        let copy = try Binary.temporaryFolder().appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: RepositoryPaths.seeds, to: copy)
        return copy
    }

    static func replace(_ old: String, with new: String, in file: String, of folder: URL) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }
}
