@testable import FactStore
import Foundation
import Generator
import Lexer
import Shell
import Testing
import TestSupport

/// The facts extracted from a data folder's articles are kept beside it,
/// and the next start takes them from there: exactly what reading the
/// articles again gives, and only while the program and everything it
/// read are the same. An edited article, a snapshot another build wrote,
/// a damaged one, and the articles are read again and the snapshot
/// written again. `--no-snapshot` neither reads nor writes one.
@Suite struct ExtractionSnapshotTests {
    /// A copy of the bundled folder, and a generated one (unlisted
    /// articles, restated deals, uncertain amounts).
    static func folders() throws -> [URL] {
        let bundled = temporary("bundled")
        try FileManager.default.copyItem(at: RepositoryPaths.seeds, to: bundled)
        try? FileManager.default.removeItem(at: bundled.appendingPathComponent(".aiquery"))
        let generated = temporary("generated")
        let schema = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent("schema.kb"), encoding: .utf8)
        _ = try DataFolderGenerator(.init(deals: 400, articles: 8, seed: 9)).write(to: generated, schema: schema)
        return [bundled, generated]
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-extracted-\(name)-\(UUID())")
    }

    static func open(_ folder: URL, snapshot: Bool = true) throws -> KnowledgeBase {
        try DataFolder.open(folder, limits: Limits(), snapshot: snapshot).kb
    }

    static func snapshotExists(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: ExtractionSnapshot.path(in: folder.path))
    }

    @Test func theSnapshotGivesBackWhatReadingTheArticlesGives() throws {
        for folder in try Self.folders() {
            let read = try Self.open(folder)
            #expect(!read.extractedFromSnapshot)
            #expect(!Self.snapshotExists(folder), "written only once the articles are read")
            let dumped = Self.dump(read)
            #expect(Self.snapshotExists(folder))
            let kept = try Self.open(folder)
            #expect(kept.extractedFromSnapshot)
            #expect(Self.dump(kept) == dumped)
            #expect(Self.dump(try Self.open(folder, snapshot: false)) == dumped)
            #expect(Self.dump(try DataFolder.open(folder, limits: Limits(), extracting: false).kb) != dumped, "the articles add facts")
            // What the snapshot does not hold is derived as before.
            #expect(kept.text.sentences.count == read.text.sentences.count)
        }
    }

    @Test func anEditedArticleIsReadAgain() throws {
        let folder = try Self.folders()[1]
        _ = Self.dump(try Self.open(folder))
        // A line no fact cites, the same size, one letter changed: only the hash tells.
        let article = folder.appendingPathComponent("corpus/000001_depeches.txt")
        let text = try String(contentsOf: article, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "les accords du jour", with: "les accords du Jour")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try edited.write(to: article, atomically: true, encoding: .utf8)
        let reread = try Self.open(folder)
        #expect(!reread.extractedFromSnapshot)
        #expect(Self.dump(reread) == Self.dump(try Self.open(folder, snapshot: false)))
        #expect(try Self.open(folder).extractedFromSnapshot, "written again once read")
    }

    @Test func anotherBuildsSnapshotIsNotUsed() throws {
        let folder = try Self.folders()[0]
        let files = try SeedFiles.read(directory: folder)
        let kb = try Self.open(folder, snapshot: false)
        let path = ExtractionSnapshot.path(in: folder.path)
        let other = try #require(ExtractionSnapshot(path: path, sources: files.sources, documents: kb.documents, build: [1, 2, 3]))
        let facts = ExtractedFacts(tables: kb.textLayer.facts, entities: kb.textLayer.entities)
        #expect(other.write(facts))
        let readByWriter = other.read(schema: kb.schema, curated: kb.curated, articles: Document.byID(kb.documents)) != nil
        #expect(readByWriter, "the build that wrote it reads it")
        let running = try #require(ExtractionSnapshot(path: path, sources: files.sources, documents: kb.documents, build: [1, 2, 4]))
        let readByAnother = running.read(schema: kb.schema, curated: kb.curated, articles: Document.byID(kb.documents)) != nil
        #expect(!readByAnother)
    }

    @Test(arguments: ["cut in half", "one byte changed", "not a snapshot", "empty"])
    func aDamagedSnapshotIsNeverUsed(_ damage: String) throws {
        let folder = try Self.folders()[1]
        let dumped = Self.dump(try Self.open(folder))
        let path = ExtractionSnapshot.path(in: folder.path)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "cut in half": bytes = Array(bytes.prefix(bytes.count / 2))
        case "one byte changed": bytes[bytes.count * 2 / 3] ^= 0x40
        case "not a snapshot": bytes = Array("deal x { }\n".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let kb = try Self.open(folder)
        #expect(!kb.extractedFromSnapshot)
        #expect(Self.dump(kb) == dumped)
        #expect(try Self.open(folder).extractedFromSnapshot, "written again once read")
    }

    @Test func aSnapshotNamingARowNoTableHasIsRefused() throws {
        // Sealed and keyed as this build writes it, but its names point past the tables.
        let folder = try Self.folders()[0]
        let kb = try Self.open(folder, snapshot: false)
        let snapshot = try #require(ExtractionSnapshot(path: ExtractionSnapshot.path(in: folder.path), sources: try SeedFiles.read(directory: folder).sources,
                                                       documents: kb.documents, build: [7]))
        var names = EntityIndex()
        names.add("Nobody", for: EntityRef(kind: 0, row: 1_000_000))
        #expect(snapshot.write(ExtractedFacts(tables: [:], entities: names)))
        let mapped = try #require(MappedFile(mapping: snapshot.path))
        #expect(throws: SnapshotDamage.self) { try snapshot.decode(mapped, schema: kb.schema, curated: kb.curated, articles: Document.byID(kb.documents)) }
    }

    @Test func withoutSnapshotsNoneIsReadOrWritten() throws {
        let folder = try Self.folders()[0]
        _ = Self.dump(try Self.open(folder))
        #expect(Self.snapshotExists(folder))
        let kb = try Self.open(folder, snapshot: false)
        #expect(!kb.extractedFromSnapshot)
        try FileManager.default.removeItem(atPath: ExtractionSnapshot.path(in: folder.path))
        _ = Self.dump(try Self.open(folder, snapshot: false))
        #expect(!Self.snapshotExists(folder))
    }

    /// Every fact and entity of the kinds that are not derived, row by row,
    /// with every citation, and every name lookup; asking for the tables
    /// reads the articles unless the snapshot holds them.
    static func dump(_ kb: KnowledgeBase) -> [String] {
        var lines: [String] = []
        for (index, kind) in kb.schema.kinds.enumerated() where !kind.isDerived {
            let table = kb.table(index)
            for row in 0..<table.count {
                let values = kind.fields.indices.map { String(describing: table.value(row: row, field: $0)) }
                lines.append(([kind.name, table.ids[row], String(describing: table.allCitations(row: row))] + values).joined(separator: " | "))
            }
        }
        let entities = kb.entities
        lines += entities.spellings.map { "\($0) -> \(entities.lookup($0))" }
        return lines
    }
}
