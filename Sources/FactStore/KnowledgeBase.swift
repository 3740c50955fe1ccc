import Lexer
import Synchronization

/// The in-memory fact store: the schema, the documents, one column table per
/// kind and an index of entity names. Immutable once loaded.
public final class KnowledgeBase: Sendable {
    public let schema: Schema
    public let documents: [Document]
    /// The documents by id, which citations quote.
    private let articles: [String: Document]
    /// The tables of the curated kinds; derived kinds' tables are empty here.
    let curated: [FactTable]
    /// The names of the curated entities.
    let curatedEntities: EntityIndex
    /// Reads facts from the documents with the text layer, if given.
    let proposer: (any FactProposer)?
    /// Where what the proposer reads is kept from one run to the next.
    let extractionSnapshot: ExtractionSnapshot?
    /// What the snapshot holds, read on first use (`count claims` does not read it).
    private let kept = Mutex<ExtractedFacts??>(nil)
    /// Derived on first use, so that start-up does not pay for it.
    private let derived = Mutex<TextLayer?>(nil)
    /// Indexes and typed columns, by kind and field, built on first use.
    private let referenceIndexes = FieldCache<ReferenceIndex>()
    private let intervalColumns = FieldCache<IntervalColumn>()
    private let sortedBounds = FieldCache<SortedBounds>()
    private let enumColumns = FieldCache<EnumColumn>()
    private let referenceCodes = FieldCache<ReferenceCodes?>()

    init(schema: Schema, documents: [Document], tables: [FactTable], entities: EntityIndex, proposer: (any FactProposer)?,
         extractionSnapshot: ExtractionSnapshot? = nil) {
        self.schema = schema
        self.documents = documents
        self.articles = Document.byID(documents)
        self.curated = tables
        self.curatedEntities = entities
        self.proposer = proposer
        self.extractionSnapshot = extractionSnapshot
    }

    /// The same store, its facts read from the text by `proposer` too.
    public func extracting(with proposer: any FactProposer) -> KnowledgeBase {
        KnowledgeBase(schema: schema, documents: documents, tables: curated, entities: curatedEntities, proposer: proposer)
    }

    /// The same store, its proposer's facts taken from `snapshot` if it
    /// holds what this build read from these very articles, and otherwise
    /// written there once they are read (`ExtractionSnapshot`).
    public func keepingExtraction(in snapshot: ExtractionSnapshot) -> KnowledgeBase {
        guard proposer != nil else { return self }
        return KnowledgeBase(schema: schema, documents: documents, tables: curated, entities: curatedEntities, proposer: proposer,
                             extractionSnapshot: snapshot)
    }

    /// What the proposer read on an earlier run, if the snapshot holds it:
    /// then the tables of its kinds do not wait for the text layer.
    var extracted: ExtractedFacts? {
        kept.withLock { kept in
            if let known = kept { return known }
            let read = extractionSnapshot?.read(schema: schema, curated: curated, articles: articles)
            kept = .some(read)
            return read
        }
    }

    /// Whether the proposer's facts come from a snapshot rather than from reading the articles.
    public var extractedFromSnapshot: Bool { extracted != nil }

    /// The same store without the curated facts of some kinds: what the
    /// extractor finds alone, for measuring it against them.
    public func settingAside(_ kinds: [String]) -> KnowledgeBase {
        let tables = curated.map { table in kinds.contains(table.kind.name) ? FactTable(kind: table.kind) : table }
        return KnowledgeBase(schema: schema, documents: documents, tables: tables, entities: curatedEntities, proposer: proposer)
    }

    /// Entity names: the curated ones, and those of extracted entities
    /// once the text layer is derived.
    public var entities: EntityIndex {
        proposer == nil ? curatedEntities : extracted?.entities ?? textLayer.entities
    }

    /// Sentences, mentions and amounts, the search index, the facts the
    /// proposer reads, and the discrepancies found by rule among the
    /// curated facts.
    public var textLayer: TextLayer {
        deriveTextLayer(isCancelled: { false })!
    }

    /// Derives the text layer now, unless `isCancelled` says to stop first
    /// (Ctrl-C during `.ingest`): then nil, and nothing is kept.
    @discardableResult
    public func deriveTextLayer(isCancelled: @Sendable () -> Bool) -> TextLayer? {
        derived.withLock { layer in
            if let layer { return layer }
            guard var built = TextLayer.derive(documents: documents, schema: schema, entities: curatedEntities, curated: curated,
                                               proposer: proposer, isCancelled: isCancelled) else { return nil }
            built.addDiscrepancies(Discrepancies.find(in: curated, schema: schema, documents: documents), schema: schema,
                                   articles: articles)
            if let extractionSnapshot, extracted == nil {
                extractionSnapshot.write(ExtractedFacts(tables: built.facts, entities: built.entities))
            }
            layer = built
            return built
        }
    }

    /// The sentences of every document, for `search`.
    public var text: SearchIndex { textLayer.search }

    /// The table of a kind; a derived kind's table, and with a proposer
    /// the tables of its kinds and of the entities, are built on first use
    /// (`count claims` does not wait for the text layer).
    public func table(_ kind: Int) -> FactTable {
        if schema.kinds[kind].isDerived { return textLayer.tables[kind] ?? curated[kind] }
        guard let proposer, proposer.kinds.contains(schema.kinds[kind].name) || schema.kinds[kind].isEntity else { return curated[kind] }
        return (extracted?.tables ?? textLayer.facts)[kind] ?? curated[kind]
    }

    /// The index of a reference field (`buyer` of deals), built on first
    /// use from the table as `table(_:)` gives it.
    public func referenceIndex(kind: Int, field: Int) -> ReferenceIndex {
        referenceIndexes.value(kind: kind, field: field) { ReferenceIndex(table(kind), field: field) }
    }

    /// A reference field's members as dense codes, for grouping; nil if
    /// it is not stored as packed references. Built on first use.
    public func referenceCodes(kind: Int, field: Int) -> ReferenceCodes? {
        referenceCodes.value(kind: kind, field: field) { ReferenceCodes(table(kind), field: field) }
    }

    /// A numeric or date field as typed arrays (`amount`, `date` of deals), built on first use.
    public func intervalColumn(kind: Int, field: Int) -> IntervalColumn {
        intervalColumns.value(kind: kind, field: field) { IntervalColumn(table(kind), field: field) }
    }

    /// The bounds of a numeric or date field in order, for counting by binary search; built on first use.
    public func sortedBounds(kind: Int, field: Int) -> SortedBounds {
        sortedBounds.value(kind: kind, field: field) { SortedBounds(intervalColumn(kind: kind, field: field)) }
    }

    /// An enumeration field as codes (`status` of deals), built on first use.
    public func enumColumn(kind: Int, field: Int) -> EnumColumn {
        enumColumns.value(kind: kind, field: field) { EnumColumn(table(kind), field: field) }
    }

    /// Every table, derived ones included.
    public var tables: [FactTable] {
        schema.kinds.indices.map(table)
    }

    public func table(named name: String) -> FactTable? {
        schema.kindIndex(named: name).map(table)
    }

    public func document(_ id: String) -> Document? {
        articles[id]
    }

    /// The name an entity is known by.
    public func name(of entity: EntityRef) -> String {
        let table = table(entity.kind)
        if let field = table.kind.fieldIndex(named: "name"), case .text(let name)? = table.value(row: entity.row, field: field) {
            return name
        }
        return table.ids[entity.row]
    }

    /// Its aliases, as written in the facts.
    public func aliases(of entity: EntityRef) -> [String] {
        let table = table(entity.kind)
        guard let field = table.kind.fieldIndex(named: "aliases"), let value = table.value(row: entity.row, field: field) else { return [] }
        return value.members.compactMap { if case .text(let alias) = $0 { alias } else { nil } }
    }

    /// How many curated records (facts, entities, documents) the store holds.
    public var factCount: Int {
        curated.reduce(0) { $0 + $1.count }
    }
}
