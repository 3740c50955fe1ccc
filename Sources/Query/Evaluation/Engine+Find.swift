import FactStore

// MARK: - find

extension Engine {
    func find(kind: Int, condition: Condition?, sort: [CheckedSortKey], limit: Int?, show: [BoundField]) -> ResultTable {
        let table = kb.table(kind)
        var rows = matching(condition, in: table)
        let total = rows.count
        if !sort.isEmpty { rows = Ordering(kb: kb).sort(rows, in: table, by: sort) }
        if let limit { rows = Array(rows.prefix(limit)) }
        return factTable(kind: kind, rows: rows, total: total, show: show, condition: condition)
    }

    /// The answer of `find` for the rows chosen, in their order; `total` is
    /// how many matched before the limit. The SQL engine answers with it too.
    public func factTable(kind: Int, rows: [Int], total: Int, show: [BoundField], condition: Condition?) -> ResultTable {
        let table = kb.table(kind)
        let fields = show.isEmpty ? defaultFields(of: table) : show
        var columns = fields.map { field in
            ResultColumn(field.name, isEmptyForPeople: show.isEmpty && !shownToPeople(field, of: table, rows: rows))
        }
        let cited = table.citations.contains { $0 != nil }
        let withSource = show.isEmpty && cited
        if withSource { columns.append(ResultColumn("source")) }
        var footer = counted(rows.count, table.kind)
        if rows.count < total { footer += " (of \(total))" }
        var notes: [String] = []
        if total == 0, let condition {
            notes.append(EmptyAnswer(engine: self, table: table).explain(condition))
        }
        let facts = FactRows(kb: kb, table: table, rows: rows, fields: fields, withSource: withSource)
        return ResultTable(columns: columns, facts: facts, footer: footer, notes: notes, cited: cited,
                           evidenceColumn: table.kind.isDerived ? "text" : nil)
    }

    /// Without `show`: every declared field.
    func defaultFields(of table: FactTable) -> [BoundField] {
        table.kind.fields.enumerated().map { index, field in
            BoundField(reference: .declared(index), name: field.name, type: field.type, span: .point(0))
        }
    }

    /// People see a default column when some row has a value in it (or, in
    /// an empty answer, always); `origin` only when some row was extracted.
    func shownToPeople(_ field: BoundField, of table: FactTable, rows: [Int]) -> Bool {
        guard case .declared(let index) = field.reference else { return true }
        let schema = table.kind.fields[index]
        if rows.isEmpty { return schema.name != "origin" }
        return rows.contains { row in table.value(row: row, field: index).map { !Self.isPlainOrigin(schema, $0) } ?? false }
    }
}
