/// The facts of one kind, stored by column: one column per field, each in
/// the representation of what the field holds (`FieldColumn`), so a filter
/// on one field reads one array, and values stay compact.
public struct FactTable: Sendable {
    public let kind: KindSchema
    public private(set) var ids: [String] = []
    public private(set) var citations = CitationColumn()
    /// Further places that state the same fact, each checked like the first.
    public private(set) var alsoCited: [[Citation]] = []
    private var columns: [FieldColumn]

    public init(kind: KindSchema) {
        self.kind = kind
        self.columns = kind.fields.map { FieldColumn(type: $0.type) }
    }

    public var count: Int { ids.count }

    /// `article`: the document the citation names, if the caller has it;
    /// the evidence is then kept as a range of its bytes.
    mutating func append(id: String, values: [Value?], citation: Citation?, also: [Citation], article: Document?) {
        precondition(values.count == columns.count, "one value per field")
        ids.append(id)
        citations.append(citation, article: article)
        alsoCited.append(also)
        for (index, value) in values.enumerated() { columns[index].append(value) }
    }

    /// One more place that states the fact.
    mutating func cite(also citation: Citation, row: Int) {
        alsoCited[row].append(citation)
    }

    mutating func set(_ value: Value?, row: Int, field: Int) {
        columns[field].set(value, row: row)
    }

    public func value(row: Int, field: Int) -> Value? {
        columns[field].value(at: row)
    }

    /// The entities (or facts) a reference field names at `row`, handed to
    /// `body` one by one without building their list: grouping a million
    /// deals by buyer reads integers. False if the row has no value (an
    /// empty list is a value, of no members); nil if the field is not
    /// stored as references.
    public func forEachReference(row: Int, field: Int, _ body: (EntityRef) -> Void) -> Bool? {
        columns[field].forEachReference(at: row, body)
    }

    /// A text or enumeration field's values as codes into its distinct
    /// spellings, as stored; nil if it is stored otherwise. Writing a long
    /// answer escapes each spelling once.
    public func internedStrings(field: Int) -> InternedStrings? {
        columns[field].internedStrings
    }

    /// A field by name, system fields included (`id`, `doc`, `line`, `evidence`).
    public func value(row: Int, named name: String) -> Value? {
        if let index = kind.fieldIndex(named: name) { return columns[index].value(at: row) }
        switch name.lowercased() {
        case "id": return .text(ids[row])
        case "doc": return citations[row].map { .text($0.document) }
        case "line": return citations[row].map { .quantity(Quantity(exactly: Double($0.line))) }
        case "evidence": return citations[row].map { .text($0.evidence) }
        default: return nil
        }
    }

    /// Every place the fact is stated, the first one first.
    public func allCitations(row: Int) -> [Citation] {
        (citations[row].map { [$0] } ?? []) + alsoCited[row]
    }
}

extension FactTable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(ids)
        citations.write(to: &writer)
        let cited = alsoCited.indices.filter { !alsoCited[$0].isEmpty }
        writer.write(cited.count)
        for row in cited {
            writer.write(row)
            writer.write(alsoCited[row].count)
            for citation in alsoCited[row] { writer.write(citation) }
        }
        writer.write(columns.count)
        for column in columns { column.write(to: &writer) }
    }

    /// `articles`: the store's documents by id, which citations quote.
    init(kind: KindSchema, reading reader: inout SnapshotReader, articles: [String: Document]) throws(SnapshotDamage) {
        self.kind = kind
        ids = try reader.strings()
        citations = try CitationColumn(reading: &reader, articles: articles)
        alsoCited = Array(repeating: [], count: ids.count)
        for _ in 0..<(try reader.count(of: 16)) {
            let row = try reader.int()
            guard alsoCited.indices.contains(row) else { throw SnapshotDamage() }
            alsoCited[row] = try (0..<reader.count(of: 24)).map { _ throws(SnapshotDamage) in try reader.citation() }
        }
        guard try reader.int() == kind.fields.count, citations.count == ids.count else { throw SnapshotDamage() }
        let rows = ids.count
        columns = try kind.fields.map { _ throws(SnapshotDamage) in try FieldColumn(reading: &reader, rows: rows) }
    }

    /// Whether every entity or fact the table's fields name passes `test`.
    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool {
        columns.allSatisfy { $0.referencesAll(test) }
    }
}
