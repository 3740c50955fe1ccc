/// The facts of one kind, stored by column: one array per field, so a
/// filter on one field reads one array, and values stay compact.
public struct FactTable: Sendable {
    public let kind: KindSchema
    public private(set) var ids: [String] = []
    public private(set) var citations: [Citation?] = []
    /// Further places that state the same fact, each checked like the first.
    public private(set) var alsoCited: [[Citation]] = []
    public private(set) var columns: [[Value?]]

    public init(kind: KindSchema) {
        self.kind = kind
        self.columns = Array(repeating: [], count: kind.fields.count)
    }

    public var count: Int { ids.count }

    mutating func append(id: String, values: [Value?], citation: Citation?, also: [Citation]) {
        precondition(values.count == columns.count, "one value per field")
        ids.append(id)
        citations.append(citation)
        alsoCited.append(also)
        for (index, value) in values.enumerated() { columns[index].append(value) }
    }

    /// One more place that states the fact.
    mutating func cite(also citation: Citation, row: Int) {
        alsoCited[row].append(citation)
    }

    mutating func set(_ value: Value?, row: Int, field: Int) {
        columns[field][row] = value
    }

    public func value(row: Int, field: Int) -> Value? {
        columns[field][row]
    }

    /// A field by name, system fields included (`id`, `doc`, `line`, `evidence`).
    public func value(row: Int, named name: String) -> Value? {
        if let index = kind.fieldIndex(named: name) { return columns[index][row] }
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
