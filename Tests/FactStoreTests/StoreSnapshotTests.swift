@testable import FactStore
import Foundation
import Generator
import Lexer
import Testing
import TestSupport

/// A data folder's snapshot gives back exactly the store the loader made
/// from its files, and is used only while those files are unchanged: an
/// edited facts file or article, a damaged or cut snapshot, and the store
/// is loaded from the files again, with every check, and the snapshot
/// rewritten. Folders too small to gain write none.
@Suite struct StoreSnapshotTests {
    /// A copy of the bundled folder (people, models, aliases, family
    /// names), and a generated one (uncertain amounts, partial dates,
    /// two-buyer deals, hedges).
    static func folders() throws -> [URL] {
        let bundled = temporary("bundled")
        try FileManager.default.copyItem(at: RepositoryPaths.seeds, to: bundled)
        let generated = temporary("generated")
        let schema = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent("schema.kb"), encoding: .utf8)
        _ = try DataFolderGenerator(.init(deals: 1_500, articles: 6, seed: 5)).write(to: generated, schema: schema)
        return [bundled, generated]
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-snapshot-\(name)-\(UUID())")
    }

    static func load(_ folder: URL, minimum: Int = 0) throws -> (KnowledgeBase, StoreSnapshot.Outcome) {
        let (kb, outcome, _) = try StoreSnapshot.load(try SeedFolder.read(directory: folder), snapshot: StoreSnapshot.path(in: folder.path),
                                                      minimumFactBytes: minimum)
        return (kb, outcome)
    }

    @Test func aFolderHashedAsItIsMappedNamesTheSourcesItsFilesRead() throws {
        // A facts file with a byte-order mark, and an empty one: hashed as the loader reads them.
        let folder = try Self.folders()[0]
        let facts = folder.appendingPathComponent("facts")
        let first = try #require(FileManager.default.contentsOfDirectory(atPath: facts.path).filter { $0.hasSuffix(".kb") }.sorted().first)
        let marked = try Data(contentsOf: facts.appendingPathComponent(first))
        try (Data([0xEF, 0xBB, 0xBF]) + marked).write(to: facts.appendingPathComponent(first))
        try Data().write(to: facts.appendingPathComponent("zz-empty.kb"))
        let mapped = try #require(try SeedFolder.read(directory: folder).sources())
        #expect(mapped == (try SeedFiles.read(directory: folder).sources))
        #expect(mapped.count == 2 + (try FileManager.default.contentsOfDirectory(atPath: facts.path).filter { $0.hasSuffix(".kb") }.count))
    }

    @Test func theSnapshotGivesBackTheStoreTheFilesGive() throws {
        for folder in try Self.folders() {
            let (loaded, first) = try Self.load(folder)
            let (read, second) = try Self.load(folder)
            #expect(first == .written)
            #expect(second == .read)
            #expect(Self.dump(read) == Self.dump(loaded))
            #expect(Self.dump(read) == Self.dump(try Loader.load(try SeedFiles.read(directory: folder))))
        }
    }

    @Test func anEditedFileIsLoadedAgain() throws {
        let folder = try Self.folders()[1]
        _ = try Self.load(folder)
        // The same size, one digit changed: only the hash tells.
        let facts = folder.appendingPathComponent("facts/deals.kb")
        let text = try String(contentsOf: facts, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "stake: 3", with: "stake: 4")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try edited.write(to: facts, atomically: true, encoding: .utf8)
        let (kb, outcome) = try Self.load(folder)
        #expect(outcome == .written)
        #expect(Self.dump(kb) == Self.dump(try Loader.load(try SeedFiles.read(directory: folder))))
        #expect(try Self.load(folder).1 == .read)

        // An article's line no fact cites, changed in one letter.
        let article = folder.appendingPathComponent("corpus/000001_depeches.txt")
        let words = try String(contentsOf: article, encoding: .utf8)
        #expect(words.contains("les accords du jour"))
        try words.replacingOccurrences(of: "les accords du jour", with: "les accords du Jour").write(to: article, atomically: true, encoding: .utf8)
        let (reread, afterArticle) = try Self.load(folder)
        #expect(afterArticle == .written)
        #expect(reread.document("000001")?.lines.first == "Dépêches n° 1 : les accords du Jour.")
    }

    @Test(arguments: ["cut in half", "one byte changed", "not a snapshot", "empty"])
    func aDamagedSnapshotIsNeverUsed(_ damage: String) throws {
        let folder = try Self.folders()[1]
        let (loaded, _) = try Self.load(folder)
        let path = StoreSnapshot.path(in: folder.path)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "cut in half": bytes = Array(bytes.prefix(bytes.count / 2))
        case "one byte changed": bytes[bytes.count / 3] ^= 0x40
        case "not a snapshot": bytes = Array("deal x { }\n".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (kb, outcome) = try Self.load(folder)
        #expect(outcome == .written)
        #expect(Self.dump(kb) == Self.dump(loaded))
    }

    @Test func aDamagedSnapshotIsRefusedEvenWhenItsHashIsRight() throws {
        // Read as written, but naming a row no table has: refused, not trusted.
        let folder = try Self.folders()[0]
        let files = try SeedFiles.read(directory: folder)
        let (kb, digests) = try Loader.loadWithDigests(files)
        var body = Array(StoreSnapshot.write(kb, sources: files.sources, digests: digests).dropLast(8))
        var writer = SnapshotWriter()
        writer.write(EntityRef(kind: 0, row: 0))
        let pattern = writer.bytes
        // The entity index is written last: its first reference is to kind 0, row 0 or later.
        let last = try #require((0...(body.count - pattern.count)).last { Array(body[$0..<$0 + pattern.count]) == pattern })
        body[last + 8] = 0xFF
        withUnsafeBytes(of: ContentHash.of(body).littleEndian) { body.append(contentsOf: $0) }
        #expect(throws: SnapshotDamage.self) { try StoreSnapshot.read(MappedFile(body), folder: SeedFolder.read(directory: folder)) }
    }

    @Test func aSmallFolderGetsNoSnapshot() throws {
        // The fixture's facts files hold 4 KiB; the bundled folder's 88 KiB get one.
        let folder = Self.temporary("small")
        try FileManager.default.copyItem(at: Fixture.folder, to: folder)
        #expect(try Self.load(Self.folders()[0], minimum: StoreSnapshot.defaultMinimumFactBytes).1 == .written)
        let (_, outcome) = try Self.load(folder, minimum: StoreSnapshot.defaultMinimumFactBytes)
        #expect(outcome == .tooSmall)
        #expect(!FileManager.default.fileExists(atPath: StoreSnapshot.path(in: folder.path)))
    }

    /// Everything a store holds, as text, kind by kind and row by row.
    static func dump(_ kb: KnowledgeBase) -> [String] {
        var lines = kb.documents.map { document in
            [document.id, document.file, document.title ?? "-", document.outlet ?? "-", document.date?.description ?? "-",
             document.language, document.lines.joined(separator: "\n")].joined(separator: " | ")
        }
        for table in kb.curated {
            for row in 0..<table.count {
                let values = table.kind.fields.indices.map { String(describing: table.value(row: row, field: $0)) }
                lines.append(([table.kind.name, table.ids[row], String(describing: table.citations[row]),
                               String(describing: table.alsoCited[row])] + values).joined(separator: " | "))
            }
        }
        let entities = kb.curatedEntities
        lines += entities.spellings.map { "\($0) -> \(entities.lookup($0))" }
        return lines
    }
}
