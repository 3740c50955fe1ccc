import FactStore

/// The rows a `find` chose, read from the store's columns when they are
/// read rather than copied into cells: 43,400 deals written as CSV never
/// exist as cells, and a table that shows 40 of them makes 40 rows.
public struct FactRows: Sendable {
    let kb: KnowledgeBase
    let table: FactTable
    /// The table's rows, in the answer's order.
    let rows: [Int]
    let fields: [BoundField]
    /// Whether a last column gives each row's place (`doc:line`).
    let withSource: Bool

    var count: Int { rows.count }

    /// Row `index`'s cells: its fields, then its place when shown.
    func cells(at index: Int) -> [Cell] {
        let row = rows[index]
        var cells = fields.map { kb.cell(table.value(row: row, $0)) }
        if withSource { cells.append(table.citations[row].map { .text($0.description) } ?? .missing) }
        return cells
    }

    /// Only the rows at `indices` (positions in this answer).
    func selecting(_ indices: [Int]) -> FactRows {
        FactRows(kb: kb, table: table, rows: indices.map { rows[$0] }, fields: fields, withSource: withSource)
    }

    /// Only the columns at `indices` (ascending): the fields among them,
    /// and the place if its column is one.
    func selecting(columns indices: [Int]) -> FactRows {
        FactRows(kb: kb, table: table, rows: rows, fields: indices.filter { $0 < fields.count }.map { fields[$0] },
                 withSource: withSource && indices.contains(fields.count))
    }

    func citations(at index: Int) -> [Citation] {
        table.allCitations(row: rows[index])
    }

    /// The first of `citations(at:)`, without making the others.
    func firstCitation(at index: Int) -> Citation? {
        table.citations[rows[index]] ?? table.alsoCited[rows[index]].first
    }

    /// The first citation by part, when the store's citation column holds
    /// it (`CitationColumn.withParts`); false otherwise.
    func withCitationParts(at index: Int, _ body: (_ document: Int32, _ line: Int, _ evidence: UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        table.citations.withParts(row: rows[index], body)
    }

    /// The documents' names, by the codes `withCitationParts` gives.
    var documentNames: InternedStrings { table.citations.documentNames }

    func id(at index: Int) -> String {
        table.ids[rows[index]]
    }

    /// A text or enumeration column's codes and spellings, as stored.
    func internedStrings(column: Int) -> InternedStrings? {
        guard column < fields.count, case .declared(let field) = fields[column].reference else { return nil }
        return table.internedStrings(field: field)
    }

    /// What `ValueText.machine` writes for the cell at `column` of row
    /// `index`, without making the cell; `interned` is the column's
    /// `internedStrings(column:)`.
    func machineField(at index: Int, column: Int, interned: InternedStrings?) -> MachineField {
        let row = rows[index]
        guard column < fields.count else { return .text(table.citations[row]?.description ?? "") }
        if let interned {
            let code = interned.codes[row]
            return code < 0 ? .text("") : .interned(code, interned)
        }
        if case .declared(let field) = fields[column].reference, !fields[column].type.isFactReference {
            var first: EntityRef?
            var several: String?
            let stored = table.forEachReference(row: row, field: field) { entity in
                guard let named = first else { return first = entity }
                several = (several ?? kb.name(of: named)) + "; " + kb.name(of: entity)
            }
            if stored != nil { return several.map(MachineField.text) ?? first.map { .entity($0, kb) } ?? .text("") }
        }
        switch table.value(row: row, fields[column]) {
        case .quantity(let quantity)?: return .scalar(.quantity(quantity), kb)
        case .date(let date)?: return .scalar(.date(date), kb)
        case let value: return .text(ValueText.machine(kb.cell(value)))
        }
    }
}

/// A cell as machine formats write it, named so that a writer can escape
/// a text once for all the rows that share it (by code, entity or value),
/// with what spells it.
enum MachineField {
    case text(String)
    /// A text's UTF-8 bytes as stored, valid while the field is handed over.
    case utf8(UnsafeBufferPointer<UInt8>)
    case integer(Int)
    /// A code of the column's `InternedStrings`.
    case interned(Int32, InternedStrings)
    /// The entity's name.
    case entity(EntityRef, KnowledgeBase)
    /// An amount or a date: the same amounts recur.
    case scalar(Value, KnowledgeBase)

    /// What `ValueText.machine` writes for the cell.
    var text: String {
        switch self {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        case .integer(let number): String(number)
        case .interned(let code, let spellings): spellings.values[Int(code)]
        case .entity(let entity, let kb): kb.name(of: entity)
        case .scalar(let value, let kb): ValueText.machine(kb.cell(value))
        }
    }
}

private extension FieldType {
    /// A fact's id, or a list of them, rather than an entity's name.
    var isFactReference: Bool {
        switch self {
        case .fact, .list(.fact): true
        default: false
        }
    }
}
