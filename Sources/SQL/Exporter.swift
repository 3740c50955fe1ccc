import FactStore
import Lexer

/// Writes a knowledge base as SQL tables: every kind (derived ones too:
/// sentences, mentions, amounts), entity names and aliases, every citation
/// and every document line. `explain sql` reads this layout.
public struct Exporter {
    let kb: KnowledgeBase
    let numbering: EntityNumbering

    public init(kb: KnowledgeBase) {
        self.kb = kb
        self.numbering = EntityNumbering(kb)
    }

    /// The layout of every kind, in schema order.
    var layouts: [TableLayout] {
        kb.schema.kinds.enumerated().map { TableLayout(kind: $0.offset, schema: $0.element) }
    }

    /// How much an export wrote.
    public struct Summary: Sendable {
        public var tables = 0
        public var rows = 0
    }

    @discardableResult
    func write(to destination: some ExportSink) throws(SQLError) -> Summary {
        let sink = CountingSink(destination)
        for layout in layouts { try writeKind(layout, to: sink) }
        try writeEntityNames(to: sink)
        try writeCitations(to: sink)
        try writeDocumentLines(to: sink)
        try writeDescription(to: sink)
        try sink.finish()
        return sink.summary
    }

    private func writeKind(_ layout: TableLayout, to sink: some ExportSink) throws(SQLError) {
        let table = kb.table(layout.kind)
        try sink.create(table: layout.name, columns: layout.columns, key: ["#row"])
        for row in 0..<table.count {
            var values: [SQLValue] = [.integer(Int64(row))]
            if layout.isEntity {
                values += TableLayout.identity.encode(.entity(EntityRef(kind: layout.kind, row: row)), numbering: numbering, kb: kb)
            }
            for field in layout.system { values += field.values.encode(table.value(row: row, named: field.name), numbering: numbering, kb: kb) }
            for (index, field) in layout.declared.enumerated() {
                let value = table.value(row: row, field: index)
                if field.memberTable != nil {
                    values.append(value.map { .integer(Int64($0.members.count)) } ?? .null)
                } else {
                    values += field.values.encode(value, numbering: numbering, kb: kb)
                }
            }
            try sink.insert(into: layout.name, values)
        }
        for (index, field) in layout.declared.enumerated() {
            guard let member = field.memberTable else { continue }
            try sink.create(table: member, columns: TableLayout.memberColumns(field), key: ["#row", "#position"])
            for row in 0..<table.count {
                for (position, value) in (table.value(row: row, field: index)?.members ?? []).enumerated() {
                    try sink.insert(into: member, [.integer(Int64(row)), .integer(Int64(position))]
                                    + field.values.encode(value, numbering: numbering, kb: kb))
                }
            }
        }
    }

    /// Every name an entity goes by (its name, then its aliases), for `contains` on a name.
    private func writeEntityNames(to sink: some ExportSink) throws(SQLError) {
        try sink.create(table: "entity_names", columns: [("entity", .integer), ("position", .integer), ("name", .text), ("fold", .text)],
                        key: ["entity", "position"])
        for (kind, schema) in kb.schema.kinds.enumerated() where schema.isEntity {
            for row in 0..<kb.table(kind).count {
                let entity = EntityRef(kind: kind, row: row)
                for (position, name) in ([kb.name(of: entity)] + kb.aliases(of: entity)).enumerated() {
                    try sink.insert(into: "entity_names", [.integer(Int64(numbering.number(of: entity))), .integer(Int64(position)),
                                                           .text(name), .text(TextFolding.fold(name))])
                }
            }
        }
    }

    /// Every place a fact is stated, the first one first (`position` 0 is the fact's own `doc`, `line`).
    private func writeCitations(to sink: some ExportSink) throws(SQLError) {
        try sink.create(table: "citations", columns: [("kind", .text), ("row", .integer), ("position", .integer),
                                                      ("doc", .text), ("line", .integer), ("evidence", .text)],
                        key: ["kind", "row", "position"])
        for layout in layouts {
            let table = kb.table(layout.kind)
            for row in 0..<table.count {
                for (position, citation) in table.allCitations(row: row).enumerated() {
                    try sink.insert(into: "citations", [.text(layout.name), .integer(Int64(row)), .integer(Int64(position)),
                                                        .text(citation.document), .integer(Int64(citation.line)), .text(citation.evidence)])
                }
            }
        }
    }

    /// What the export holds, so that `--engine` can tell whether a server's
    /// tables are those of the data folder it is given: the layout's version
    /// and each kind's count of rows.
    static let format = "aiquery-export 1"

    func fingerprint() -> [(key: String, value: String)] {
        [("format", Self.format)] + kb.schema.kinds.indices.map { ("rows of " + kb.schema.kinds[$0].name, String(kb.table($0).count)) }
    }

    private func writeDescription(to sink: some ExportSink) throws(SQLError) {
        try sink.create(table: "aiq_export", columns: [("key", .text), ("value", .text)], key: ["key"])
        for (key, value) in fingerprint() { try sink.insert(into: "aiq_export", [.text(key), .text(value)]) }
    }

    private func writeDocumentLines(to sink: some ExportSink) throws(SQLError) {
        try sink.create(table: "document_lines", columns: [("doc", .text), ("line", .integer), ("text", .text)], key: ["doc", "line"])
        for document in kb.documents {
            for (index, line) in document.lines.enumerated() {
                try sink.insert(into: "document_lines", [.text(document.id), .integer(Int64(index + 1)), .text(line)])
            }
        }
    }
}

/// Counts the tables and rows on their way to another sink.
private final class CountingSink<Destination: ExportSink>: ExportSink {
    let destination: Destination
    var summary = Exporter.Summary()

    init(_ destination: Destination) { self.destination = destination }

    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String]) throws(SQLError) {
        summary.tables += 1
        try destination.create(table: table, columns: columns, key: key)
    }

    func insert(into table: String, _ values: [SQLValue]) throws(SQLError) {
        summary.rows += 1
        try destination.insert(into: table, values)
    }

    func finish() throws(SQLError) { try destination.finish() }
}
