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

    /// The tables every export has besides the kinds'; no kind may take their names.
    static let fixedTables = ["entity_names", "citations", "document_lines", "aiq_export"]

    /// Writes every table, then `aiq_export`, whose fingerprint hashes all that came before.
    @discardableResult
    func write(to destination: some ExportSink) throws(SQLError) -> Summary {
        if let taken = kb.schema.kinds.first(where: { kind in
            Self.fixedTables.contains { $0.lowercased() == kind.name.lowercased() } || kind.name.lowercased().hasPrefix("aiq_")
        }) {
            throw SQLError("the kind '\(taken.name)' takes the name of a table every export has (" + Self.fixedTables.joined(separator: ", ")
                           + ", or a name starting aiq_); rename it in the schema to export")
        }
        let sink = CountingSink(destination)
        try writeContent(to: sink)
        try writeDescription(content: sink.hash, to: sink)
        try sink.finish()
        return sink.summary
    }

    private func writeContent(to sink: some ExportSink) throws(SQLError) {
        for layout in layouts { try writeKind(layout, to: sink) }
        try writeEntityNames(to: sink)
        try writeCitations(to: sink)
        try writeDocumentLines(to: sink)
    }

    private func writeKind(_ layout: TableLayout, to sink: some ExportSink) throws(SQLError) {
        let table = kb.table(layout.kind)
        // Facts go with the document that states them; a kind with rows that cite none (entities, documents) goes everywhere.
        let everyRowCited = !layout.isEntity && table.citations.allSatisfy { $0 != nil }
        try sink.create(table: layout.name, columns: layout.columns, key: ["#row"], spread: everyRowCited ? .byDocument : .everywhere)
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
            try sink.create(table: member, columns: TableLayout.memberColumns(field), key: ["#row", "#position"], spread: .everywhere)
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
                        key: ["entity", "position"], spread: .everywhere)
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
                        key: ["kind", "row", "position"], spread: .byDocument)
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
    /// tables are those of the data folder it is given: the layout's version,
    /// each kind's count of rows, and a hash of every table, column and value.
    static let format = "aiquery-export 2"

    func fingerprint(content: UInt64) -> [(key: String, value: String)] {
        [("format", Self.format)] + kb.schema.kinds.indices.map { ("rows of " + kb.schema.kinds[$0].name, String(kb.table($0).count)) }
            + [("content", String(content, radix: 16))]
    }

    /// The fingerprint of the store as an export would write it, without writing anything.
    func fingerprint() throws(SQLError) -> [(key: String, value: String)] {
        let sink = CountingSink(DiscardingSink())
        try writeContent(to: sink)
        return fingerprint(content: sink.hash)
    }

    private func writeDescription(content: UInt64, to sink: some ExportSink) throws(SQLError) {
        try sink.create(table: "aiq_export", columns: [("key", .text), ("value", .text)], key: ["key"], spread: .everywhere)
        for (key, value) in fingerprint(content: content) { try sink.insert(into: "aiq_export", [.text(key), .text(value)]) }
    }

    private func writeDocumentLines(to sink: some ExportSink) throws(SQLError) {
        try sink.create(table: "document_lines", columns: [("doc", .text), ("line", .integer), ("text", .text)], key: ["doc", "line"],
                        spread: .byDocument)
        for document in kb.documents {
            for (index, line) in document.lines.enumerated() {
                try sink.insert(into: "document_lines", [.text(document.id), .integer(Int64(index + 1)), .text(line)])
            }
        }
    }
}

/// Counts the tables and rows on their way to another sink, and hashes
/// them (FNV-1a over every table name, column name and value).
private final class CountingSink<Destination: ExportSink>: ExportSink {
    let destination: Destination
    var summary = Exporter.Summary()
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ destination: Destination) { self.destination = destination }

    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String],
                spread: ExportSpread) throws(SQLError) {
        summary.tables += 1
        mix(table)
        for column in columns { mix(column.name) }
        try destination.create(table: table, columns: columns, key: key, spread: spread)
    }

    func insert(into table: String, _ values: [SQLValue]) throws(SQLError) {
        summary.rows += 1
        for value in values {
            switch value {
            case .null: mix("\u{0}")
            case .integer(let n): mix("i\(n)")
            case .real(let x): mix("r\(x.bitPattern)")
            case .text(let text): mix("t" + text)
            }
        }
        try destination.insert(into: table, values)
    }

    func finish() throws(SQLError) { try destination.finish() }

    private func mix(_ text: String) {
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xff) &* 0x100_0000_01b3
    }
}

/// Keeps nothing: for the fingerprint of a store that is not written.
private struct DiscardingSink: ExportSink {
    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String], spread: ExportSpread) {}
    func insert(into table: String, _ values: [SQLValue]) {}
    func finish() {}
}
