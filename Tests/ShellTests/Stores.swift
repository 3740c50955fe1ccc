import FactStore
import Foundation
import Generator
import Lexer
import Query
import Shell
import TestSupport
import Testing

/// The knowledge bases the shell's tests run against, loaded once.
enum Stores {
    static let bundled: KnowledgeBase = load(RepositoryPaths.seeds).withExtraction()
    static let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixture")
    static let fixture: KnowledgeBase = load(fixtureFolder)
    /// Edge cases for the SQL translation (SQL/Fixture).
    static let sqlFixture: KnowledgeBase = load(fixtureFolder.deletingLastPathComponent().appendingPathComponent("SQL/Fixture"))
    /// 3,000 generated deals (`repl generate --deals 3000 --seed 21`).
    static let generated: KnowledgeBase = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-stores-generated-\(UUID())")
        do {
            let schema = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent("schema.kb"), encoding: .utf8)
            _ = try DataFolderGenerator(.init(deals: 3_000, seed: 21)).write(to: folder, schema: schema)
        } catch {
            fatalError("\(error)")
        }
        return load(folder)
    }()

    /// A store by the name a parametrized test gives it.
    static func named(_ name: String) -> KnowledgeBase {
        switch name {
        case "bundled": bundled
        case "generated": generated
        case "fixture": fixture
        case "sql fixture": sqlFixture
        default: fatalError("no store named \(name)")
        }
    }

    static func load(_ folder: URL) -> KnowledgeBase {
        do {
            return try Loader.load(try SeedFiles.read(directory: folder))
        } catch let list as DiagnosticList {
            fatalError("\(folder.lastPathComponent) does not load:\n" + DiagnosticRenderer().render(list.diagnostics))
        } catch {
            fatalError("\(error)")
        }
    }

    /// One statement's answer on the bundled store as CSV, with plain line
    /// ends, and whether it succeeded; with or without indexes.
    static func csv(_ statement: String, usesPlanner: Bool = true) -> (succeeded: Bool, answer: String) {
        let output = OutputSink.memory()
        var settings = Session.Settings()
        settings.format = .csv
        settings.usesPlanner = usesPlanner
        let session = Session(kb: bundled, settings: settings, output: output, errors: .memory())
        let succeeded = session.run(statement)
        return (succeeded, output.captured.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    /// Runs a script in a fresh session whose answers and diagnostics are
    /// captured together, in order, as a transcript.
    static func transcript(of script: String, name: String, kb: KnowledgeBase, width: Int = 100) -> (String, Bool) {
        let sink = OutputSink.memory()
        var settings = Session.Settings()
        settings.width = width
        let session = Session(kb: kb, settings: settings, output: sink, errors: sink)
        let succeeded = session.run(script, name: name)
        return (sink.captured, succeeded)
    }
}

/// Expects two answers to be the same row for row; a difference names the
/// statement and the sizes, not every row.
func expectSame(_ planned: [QueryResult], _ scanned: [QueryResult], _ statement: String) {
    let (a, b) = (planned.map { Renderer.render($0, as: .jsonl) }, scanned.map { Renderer.render($0, as: .jsonl) })
    let same = a == b
    #expect(same, "\(statement): \(a.joined().split(separator: "\n").count) rows planned, \(b.joined().split(separator: "\n").count) scanned")
}
