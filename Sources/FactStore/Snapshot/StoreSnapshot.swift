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
    static let version = 4

    /// The store from the snapshot at `path` if it matches the folder's
    /// files, else from the files (and then a snapshot is written for next
    /// time); and the sources, by name, size and hash.
    public static func load(_ folder: SeedFolder, snapshot path: String,
                            minimumFactBytes: Int = defaultMinimumFactBytes) throws -> (kb: KnowledgeBase, outcome: Outcome, sources: [SourceDigest]) {
        guard folder.factBytes >= minimumFactBytes else {
            let files = try folder.files()
            return (try Loader.load(files), .tooSmall, files.sources)
        }
        if let source = MappedFile(mapping: path), let (kb, sources) = try? read(source, folder: folder) { return (kb, .read, sources) }
        let files = try folder.files()
        let (kb, digests) = try Loader.loadWithDigests(files)
        let sources = files.sources
        let written = FileSystem.writeAtomically(write(kb, sources: sources, digests: digests), to: path)
        return (kb, written ? .written : .notWritten, sources)
    }

    // MARK: - Writing

    /// `digests`: each document's size and hash as the loader read it, so
    /// that an article edited while loading is never taken for the one loaded.
    static func write(_ kb: KnowledgeBase, sources: [SourceDigest], digests: [String: (size: Int, hash: UInt64)]) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(magic: magic, version: version)
        writer.write(sources: sources)
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

    /// The store and the folder's sources, or nil if the snapshot was not
    /// made from those sources as they are now (they are hashed only once
    /// the snapshot is known to be one of this version); a damaged snapshot throws.
    static func read(_ source: MappedFile, folder: SeedFolder) throws(SnapshotDamage) -> (KnowledgeBase, [SourceDigest])? {
        var reader = try SnapshotReader(sealed: source)
        guard try reader.reads(magic: magic, version: version), let sources = folder.sources(), try reader.reads(sources: sources) else { return nil }
        let (schema, problems) = SchemaParser.parse(folder.schema)
        guard problems.isEmpty else { return nil }
        var documents: [Document] = []
        for _ in 0..<(try reader.count(of: 8)) {
            guard let document = try readDocument(&reader, read: folder.readDocument) else { return nil }
            documents.append(document)
        }
        guard try reader.int() == schema.kinds.count else { return nil }
        let articles = Document.byID(documents)
        let tables = try schema.kinds.map { kind throws(SnapshotDamage) in try FactTable(kind: kind, reading: &reader, articles: articles) }
        let entities = try EntityIndex(reading: &reader)
        guard reader.isAtEnd else { throw SnapshotDamage() }
        let isStored = { (ref: EntityRef) in tables.indices.contains(ref.kind) && ref.row >= 0 && ref.row < tables[ref.kind].count }
        guard tables.allSatisfy({ $0.referencesAll(isStored) }), entities.references.allSatisfy(isStored) else { throw SnapshotDamage() }
        return (KnowledgeBase(schema: schema, documents: documents, tables: tables, entities: entities, proposer: nil), sources)
    }

    /// A document as the snapshot describes it, its text read again; nil
    /// if the file is not the one the snapshot was made from.
    static func readDocument(_ reader: inout SnapshotReader, read: (String) -> Result<[UInt8], SeedError>) throws(SnapshotDamage) -> Document? {
        let id = try reader.string(), file = try reader.string()
        let title = try reader.optionalString(), outlet = try reader.optionalString()
        let date = try reader.bool() ? try reader.date() : nil
        let language = try reader.string(), size = try reader.int(), hash = try reader.uint64()
        guard case .success(let content) = read(file) else { return nil }
        let bytes = SeedFiles.withoutByteOrderMark(content)
        // The loader checked these bytes for UTF-8 when it made the snapshot.
        guard bytes.count == size, ContentHash.of(bytes) == hash else { return nil }
        return Document(id: id, file: file, title: title, outlet: outlet, date: date, language: language, bytes: bytes)
    }
}
