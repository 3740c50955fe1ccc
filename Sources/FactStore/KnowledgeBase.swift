import Lexer
import Synchronization

/// The in-memory fact store: the schema, the documents, one column table per
/// kind and an index of entity names. Immutable once loaded.
public final class KnowledgeBase: Sendable {
    public let schema: Schema
    public let documents: [Document]
    public let tables: [FactTable]
    public let entities: EntityIndex
    /// Derived on first use, so that start-up does not pay for it.
    private let textLayer = Mutex<SearchIndex?>(nil)

    init(schema: Schema, documents: [Document], tables: [FactTable], entities: EntityIndex) {
        self.schema = schema
        self.documents = documents
        self.tables = tables
        self.entities = entities
    }

    /// The sentences of every document, for `search`.
    public var text: SearchIndex {
        textLayer.withLock { index in
            if let index { return index }
            let built = SearchIndex(documents: documents)
            index = built
            return built
        }
    }

    public func table(named name: String) -> FactTable? {
        schema.kindIndex(named: name).map { tables[$0] }
    }

    public func document(_ id: String) -> Document? {
        documents.first { $0.id == id }
    }

    /// The name an entity is known by.
    public func name(of entity: EntityRef) -> String {
        let table = tables[entity.kind]
        if let field = table.kind.fieldIndex(named: "name"), case .text(let name)? = table.value(row: entity.row, field: field) {
            return name
        }
        return table.ids[entity.row]
    }

    /// Its aliases, as written in the facts.
    public func aliases(of entity: EntityRef) -> [String] {
        let table = tables[entity.kind]
        guard let field = table.kind.fieldIndex(named: "aliases"), let value = table.value(row: entity.row, field: field) else { return [] }
        return value.members.compactMap { if case .text(let alias) = $0 { alias } else { nil } }
    }

    /// How many facts of non-entity kinds the store holds.
    public var factCount: Int {
        tables.reduce(0) { $0 + $1.count }
    }
}
