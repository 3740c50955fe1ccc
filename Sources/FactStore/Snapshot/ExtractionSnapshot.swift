import Lexer

/// The facts read from a data folder's articles, merged with the curated
/// ones, kept beside the folder (`.aiquery/extracted.snapshot`) so that
/// the next start does not read every article again: at 20,000 articles
/// that reading takes minutes, for the five bundled ones most of a
/// one-liner's time.
///
/// What extraction finds is a function of the program and of what it
/// reads, so the snapshot names both: the build that wrote it
/// (`BuildIdentity`), and every source file and document (its metadata,
/// and its lines by size and content hash). It is used only when all of
/// them are the same; a damaged snapshot, or one whose references do not
/// fit the store, is never used. Otherwise the articles are read, and the
/// snapshot written again once they have been (`KnowledgeBase.deriveTextLayer`).
/// The rest of the text layer (sentences, search, mentions, amounts) is
/// derived when a statement first needs it, as without a snapshot.
public struct ExtractionSnapshot: Sendable {
    public let path: String
    /// What the facts were read from, and by which build: compared whole.
    private let key: [UInt8]

    /// Where a data folder's snapshot of extracted facts is kept.
    public static func path(in directory: String) -> String {
        directory + "/.aiquery/extracted.snapshot"
    }

    static let magic = "aiquery extraction snapshot"
    /// Raised whenever what the snapshot holds, or how, changes.
    static let version = 3

    /// Nil when the running program has no build identity: then nothing
    /// extracted is kept, since nothing would tell a stale snapshot.
    public init?(path: String, sources: [SourceDigest], documents: [Document]) {
        self.init(path: path, sources: sources, documents: documents, build: BuildIdentity.current)
    }

    init?(path: String, sources: [SourceDigest], documents: [Document], build: [UInt8]?) {
        guard let build else { return nil }
        var writer = SnapshotWriter()
        writer.write(magic: Self.magic, version: Self.version)
        writer.write(raw: build)
        writer.write(sources: sources)
        writer.write(documents.count)
        for document in documents { StoreSnapshot.write(document, digest: Self.digest(document), to: &writer) }
        self.path = path
        self.key = writer.bytes
    }

    /// The lines as extraction sees them: a line feed between each, whatever ended them in the file.
    static func digest(_ document: Document) -> (size: Int, hash: UInt64) {
        var hash = ContentHash.of([UInt8]()), size = 0
        document.forEachLine { line in
            size += line.count + 1
            hash = ContentHash.of(UnsafeRawBufferPointer(line)) ^ (hash &* 0x9E37_79B9_7F4A_7C15)
        }
        return (size, hash)
    }

    /// The facts this build read from these very sources, if the snapshot
    /// holds them and they fit `curated` (the store's tables by kind index).
    /// `articles`: the store's documents by id, which citations quote.
    func read(schema: Schema, curated: [FactTable], articles: [String: Document]) -> ExtractedFacts? {
        guard let source = MappedFile(mapping: path) else { return nil }
        return try? decode(source, schema: schema, curated: curated, articles: articles)
    }

    func decode(_ source: MappedFile, schema: Schema, curated: [FactTable], articles: [String: Document]) throws(SnapshotDamage) -> ExtractedFacts? {
        var reader = try SnapshotReader(sealed: source)
        guard try reader.raw() == key else { return nil }
        var tables: [Int: FactTable] = [:]
        for _ in 0..<(try reader.count(of: 16)) {
            let kind = try reader.int()
            guard schema.kinds.indices.contains(kind), curated.indices.contains(kind), tables[kind] == nil else { throw SnapshotDamage() }
            tables[kind] = try FactTable(kind: schema.kinds[kind], reading: &reader, articles: articles)
        }
        let entities = try EntityIndex(reading: &reader)
        guard reader.isAtEnd else { throw SnapshotDamage() }
        let isStored = { (ref: EntityRef) in
            curated.indices.contains(ref.kind) && ref.row >= 0 && ref.row < (tables[ref.kind] ?? curated[ref.kind]).count
        }
        guard tables.values.allSatisfy({ $0.referencesAll(isStored) }), entities.references.allSatisfy(isStored) else { throw SnapshotDamage() }
        return ExtractedFacts(tables: tables, entities: entities)
    }

    /// Writes the facts for the next start; false if the folder cannot take them.
    @discardableResult
    func write(_ facts: ExtractedFacts) -> Bool {
        var writer = SnapshotWriter()
        writer.write(raw: key)
        writer.write(facts.tables.count)
        for (kind, table) in facts.tables.sorted(by: { $0.key < $1.key }) {
            writer.write(kind)
            table.write(to: &writer)
        }
        facts.entities.write(to: &writer)
        return FileSystem.writeAtomically(writer.sealed, to: path)
    }
}
