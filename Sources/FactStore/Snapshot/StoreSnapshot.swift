import Lexer

/// The loaded store of a data folder, written beside its files
/// (`.aiquery/store.snapshot`) so that the next start reads typed columns
/// instead of parsing and checking millions of records again. It is used
/// only while every source it was made from is unchanged: the schema, the
/// manifest, each facts file and each article, by size and by content
/// hash; then the store is exactly the one the loader made (the schema is
/// parsed again, the articles read again). Anything else, a changed file,
/// a damaged or foreign snapshot, and the files are loaded and checked as
/// always, and the snapshot written again. Small folders, which load in
/// milliseconds, get none.
public enum StoreSnapshot {
    /// How a load went, for tests.
    public enum Outcome: Equatable, Sendable {
        case read, written, notWritten, tooSmall
    }

    /// Where a data folder's snapshot is kept.
    public static func path(in directory: String) -> String {
        directory + "/.aiquery/store.snapshot"
    }

    /// Folders whose facts files hold less than this load as fast from them.
    public static let defaultMinimumFactBytes = 16 << 10

    static let magic = "aiquery store snapshot"
    /// Raised whenever what a snapshot holds, or how, changes.
    static let version = 2

    /// The store from the snapshot at `path` if it matches `files`, else
    /// from `files` (and then a snapshot is written for next time).
    public static func load(_ files: SeedFiles, snapshot path: String,
                            minimumFactBytes: Int = defaultMinimumFactBytes) throws(DiagnosticList) -> (KnowledgeBase, Outcome) {
        guard files.facts.reduce(0, { $0 + $1.bytes.count }) >= minimumFactBytes else { return (try Loader.load(files), .tooSmall) }
        if let source = SnapshotSource(mapping: path), let kb = try? read(source, files: files) { return (kb, .read) }
        let (kb, digests) = try Loader.loadWithDigests(files)
        return (kb, FileSystem.writeAtomically(write(kb, files: files, digests: digests), to: path) ? .written : .notWritten)
    }

    // MARK: - Writing

    /// `digests`: each document's size and hash as the loader read it, so
    /// that an article edited while loading is never taken for the one loaded.
    static func write(_ kb: KnowledgeBase, files: SeedFiles, digests: [String: (size: Int, hash: UInt64)]) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(magic: magic, version: version)
        writer.write(sources: files)
        writer.write(kb.documents.count)
        for document in kb.documents { write(document, digest: digests[document.file] ?? (0, 0), to: &writer) }
        writer.write(kb.curated.count)
        for table in kb.curated { table.write(to: &writer) }
        kb.curatedEntities.write(to: &writer)
        return writer.sealed
    }

    /// A document's metadata, and the size and hash of its file as loaded.
    static func write(_ document: Document, digest: (size: Int, hash: UInt64), to writer: inout SnapshotWriter) {
        writer.write(document.id)
        writer.write(document.file)
        writer.write(document.title)
        writer.write(document.outlet)
        writer.write(document.date != nil)
        if let date = document.date { writer.write(date) }
        writer.write(document.language)
        writer.write(digest.size)
        writer.write(digest.hash)
    }

    // MARK: - Reading

    /// The store, or nil if the snapshot does not match the files; a
    /// damaged snapshot throws.
    static func read(_ source: SnapshotSource, files: SeedFiles) throws(SnapshotDamage) -> KnowledgeBase? {
        var reader = try SnapshotReader(sealed: source)
        guard try reader.reads(magic: magic, version: version) else { return nil }
        let sources = [files.schema, files.manifest] + files.facts
        guard try reader.int() == sources.count else { return nil }
        for source in sources {
            guard try reader.string() == source.name, try reader.int() == source.bytes.count,
                  try reader.uint64() == ContentHash.of(source.bytes) else { return nil }
        }
        let (schema, problems) = SchemaParser.parse(files.schema)
        guard problems.isEmpty else { return nil }
        var documents: [Document] = []
        for _ in 0..<(try reader.count(of: 8)) {
            guard let document = try readDocument(&reader, files: files) else { return nil }
            documents.append(document)
        }
        guard try reader.int() == schema.kinds.count else { return nil }
        let tables = try schema.kinds.map { kind throws(SnapshotDamage) in try FactTable(kind: kind, reading: &reader) }
        let entities = try EntityIndex(reading: &reader)
        guard reader.isAtEnd else { throw SnapshotDamage() }
        let isStored = { (ref: EntityRef) in tables.indices.contains(ref.kind) && ref.row >= 0 && ref.row < tables[ref.kind].count }
        guard tables.allSatisfy({ $0.referencesAll(isStored) }), entities.references.allSatisfy(isStored) else { throw SnapshotDamage() }
        return KnowledgeBase(schema: schema, documents: documents, tables: tables, entities: entities, proposer: nil)
    }

    /// A document as the snapshot describes it, its text read again; nil
    /// if the file is not the one the snapshot was made from.
    static func readDocument(_ reader: inout SnapshotReader, files: SeedFiles) throws(SnapshotDamage) -> Document? {
        let id = try reader.string(), file = try reader.string()
        let title = try reader.optionalString(), outlet = try reader.optionalString()
        let date = try reader.bool() ? try reader.date() : nil
        let language = try reader.string(), size = try reader.int(), hash = try reader.uint64()
        guard case .success(let read) = files.readDocument(file) else { return nil }
        let bytes = SeedFiles.withoutByteOrderMark(read)
        // The loader checked these bytes for UTF-8 when it made the snapshot.
        guard bytes.count == size, ContentHash.of(bytes) == hash else { return nil }
        return Document(id: id, file: file, title: title, outlet: outlet, date: date, language: language, bytes: bytes)
    }
}
