import Foundation
import TestSupport
import Testing

/// Articles nobody curated, through the binary: `repl extract` prints
/// records that load back as curated facts, and a `--data` folder's
/// unlisted articles are loaded, with a note, and their facts extracted.
@Suite struct ExtractionCommandTests {
    static let article = "Nvidia rachète la start-up grenobloise Kerys pour 2,1 milliards de dollars.\n"
        + "Meta a débauché le chercheur Karim Benali, d’OpenAI.\n"

    func write(_ text: String, to name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func extractPrintsRecordsThatLoadBackAsCurated() throws {
        let folder = try DataFolder.copyOfSeeds()
        let article = try write(Self.article, to: "corpus/005_kerys.txt", in: folder)
        let run = try Binary.run(["extract", article.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("deal nvidia_acquisition_kerys {\n  buyer: NVIDIA\n  target: Kerys\n  kind: acquisition\n  amount: 2.1B USD\n"))
        #expect(run.output.contains("company kerys {\n  name: \"Kerys\"\n  cite: 005:1 \"Kerys\"\n}"))
        #expect(run.output.contains("person karim_benali {"))

        try DataFolder.replace("document \"004\" {", with: "document \"005\" {\n  file: \"corpus/005_kerys.txt\"\n}\n\ndocument \"004\" {",
                               in: "manifest.kb", of: folder)
        _ = try write(run.output, to: "facts/extracted.kb", in: folder)
        let loaded = try Binary.run(["--data", folder.path, "--format", "csv", "-e", "count deals by origin", "-e", "count hires by origin"])
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(loaded.output == "origin,count\r\ncurated,10\r\norigin,count\r\ncurated,14\r\n")
    }

    @Test func extractAsJSON() throws {
        let article = try write(Self.article, to: "005_kerys.txt", in: try Binary.temporaryFolder())
        let run = try Binary.run(["extract", "--format", "json", article.path])
        #expect(run.status == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        let deal = try #require(records.first { $0["record"] as? String == "deal" })
        #expect(deal["buyer"] as? [String] == ["NVIDIA"])
        #expect((deal["amount"] as? [String: Any])?["text"] as? String == "2.1B USD")
        #expect((deal["cite"] as? [String: Any])?["line"] as? Int == 1)
    }

    @Test(arguments: [
        ("missing", "cannot open", 2),
        ("latin1", "is not UTF-8 text", 2),
        ("empty", "is empty", 2),
    ])
    func extractRefusesBadArticlesAndPrintsNothing(_ problem: String, _ message: String, _ status: Int32) throws {
        let folder = try Binary.temporaryFolder()
        let good = try write(Self.article, to: "005_kerys.txt", in: folder)
        let bad: String
        switch problem {
        case "latin1": bad = folder.appendingPathComponent("006.txt").path; try Data([0x4C, 0x27, 0xE9, 0x74, 0xE9]).write(to: URL(fileURLWithPath: bad))
        case "empty": bad = try write("", to: "006.txt", in: folder).path
        default: bad = folder.appendingPathComponent("missing.txt").path
        }
        let run = try Binary.run(["extract", good.path, bad])
        #expect(run.status == status)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains(message), "\(run.errors)")
    }

    @Test func aDataFolderLoadsTheArticlesItsManifestDoesNotList() throws {
        let folder = try DataFolder.copyOfSeeds()
        _ = try write(Self.article, to: "corpus/005_kerys.txt", in: folder)
        let run = try Binary.run(["--data", folder.path, "--format", "csv", "-e", "find deals where origin = extracted show buyer, target, amount, doc"])
        #expect(run.status == 0)
        #expect(run.errors == "note: loaded 1 article of corpus/ that manifest.kb does not list: corpus/005_kerys.txt as 005; "
                + "list it in manifest.kb to give a title and a date\n")
        #expect(run.output == "id,buyer,target,amount,doc\r\nnvidia_acquisition_kerys,NVIDIA,Kerys,2100000000 USD,005\r\n")
    }

    @Test func withoutExtractionFactsComeFromTheFactsFilesOnly() throws {
        let folder = try DataFolder.copyOfSeeds()
        _ = try write(Self.article, to: "corpus/005_kerys.txt", in: folder)
        let statements = ["-e", "count deals", "-e", "count documents", "-e", "search \"Kerys\""]
        let extracting = try Binary.run(["--data", folder.path, "--format", "csv"] + statements)
        let curatedOnly = try Binary.run(["--data", folder.path, "--format", "csv", "--no-extract"] + statements)
        #expect(extracting.status == 0 && curatedOnly.status == 0)
        #expect(extracting.output.hasPrefix("count\r\n10\r\ncount\r\n6\r\n"))
        // The article is still loaded and searchable; only its deal is not read.
        #expect(curatedOnly.output.hasPrefix("count\r\n9\r\ncount\r\n6\r\n"), "\(curatedOnly.output)")
        #expect(curatedOnly.output.hasSuffix(",005,1\r\n"))
    }

    @Test func aBadUnlistedArticleLoadsNothing() throws {
        let folder = try DataFolder.copyOfSeeds()
        try Data([0x4C, 0x27, 0xE9, 0x74, 0xE9]).write(to: folder.appendingPathComponent("corpus/005_latin1.txt"))
        let run = try Binary.run(["--data", folder.path, "-e", "count documents"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("'corpus/005_latin1.txt' is not UTF-8 text"), "\(run.errors)")
    }
}
