import FactStore
import Foundation
import Shell
import TestSupport
import Testing

/// `.ingest FILE [ID]` adds an article to a session; a bad file changes nothing.
@Suite struct IngestTests {
    func session() -> (Session, OutputSink) {
        let sink = OutputSink.memory()
        let session = Session(kb: Stores.bundled, output: sink, errors: sink)
        return (session, sink)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-ingest-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func anArticleGetsSentencesMentionsAndAmountsAtOnce() throws {
        let path = try file("005_nvidia.txt", Array("Nvidia a vendu pour 30 milliards de dollars de puces. OpenAI en achète près de 10 %.\nMeta suit.\n".utf8))
        let (session, sink) = session()
        #expect(session.run(".ingest \(path)"))
        #expect(sink.captured == "ingested 005: 2 lines, 3 sentences, 3 mentions, 2 amounts; extracted 0 deals, 0 hires, 0 projects\n")
        #expect(session.run("find amounts where doc = 005 show value, unit, text; search \"puces\" in 005"))
        #expect(sink.captured.contains("$30B"))
        #expect(sink.captured.contains("≈10%"))
        #expect(sink.captured.contains("005:1"))
        #expect(session.run("count documents"))
        #expect(sink.captured.contains("6 documents"))
    }

    @Test func anArticlesDealsAreExtractedAndCited() throws {
        let path = try file("005_kerys.txt", Array("Nvidia rachète la start-up Kerys pour 2,1 milliards de dollars.\nMeta acquiert 49 % de Scale AI.\n".utf8))
        let (session, sink) = session()
        #expect(session.run(".ingest \(path)"))
        #expect(sink.captured == "ingested 005: 2 lines, 2 sentences, 4 mentions, 2 amounts; "
                + "extracted 1 deal, 0 hires, 0 projects (1 new entity; 1 more restates a known fact)\n")
        #expect(session.run(".format csv\nfind deals where origin = extracted show buyer, target, amount, doc, line, evidence"))
        #expect(sink.captured.hasSuffix("id,buyer,target,amount,doc,line,evidence\r\n"
                + "nvidia_acquisition_kerys,NVIDIA,Kerys,2100000000 USD,005,1,\"Nvidia rachète la start-up Kerys pour 2,1 milliards de dollars.\"\r\n"))
        #expect(session.run(".format table\ndescribe Kerys"))
        #expect(sink.captured.contains("origin  extracted"))
    }

    @Test func anIdCanBeGiven() throws {
        let path = try file("story.txt", Array("Apple et Google.\n".utf8))
        let (session, sink) = session()
        #expect(session.run(".ingest \(path) apple-google"))
        #expect(sink.captured.hasPrefix("ingested apple-google: 1 line,"))
    }

    @Test(arguments: [
        ("missing", "cannot open"),
        ("empty", "is empty"),
        ("binary", "is binary, not text"),
        ("latin1", "is not UTF-8 text"),
        ("duplicate", "a document with the id '001' is already loaded"),
    ])
    func badFilesAreRefusedAndChangeNothing(_ problem: String, _ message: String) throws {
        let path: String
        switch problem {
        case "missing": path = "/nonexistent/article.txt"
        case "empty": path = try file("empty.txt", [])
        case "binary": path = try file("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        case "latin1": path = try file("latin1.txt", [0x4C, 0x27, 0xE9, 0x74, 0xE9])
        default: path = try file("001_again.txt", Array("Un autre article.\n".utf8))
        }
        let (session, sink) = session()
        #expect(!session.run(".ingest \(path)"))
        #expect(sink.captured.hasPrefix("error: "))
        #expect(sink.captured.contains(message), "\(sink.captured)")
        #expect(session.kb.documents.count == 5)
    }
}
