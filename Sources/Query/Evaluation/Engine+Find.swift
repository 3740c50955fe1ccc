import FactStore

// MARK: - find

extension Engine {
    func find(kind: Int, condition: Condition?, sort: [CheckedSortKey], limit: Int?, show: [BoundField]) -> ResultTable {
        let table = kb.table(kind)
        var rows = matching(condition, in: table)
        let total = rows.count
        if !sort.isEmpty { rows = Ordering(kb: kb).sort(rows, in: table, by: sort) }
        if let limit { rows = Array(rows.prefix(limit)) }
        let fields = show.isEmpty ? defaultFields(of: table, rows: rows) : show
        var columns = fields.map { ResultColumn($0.name) }
        var cells = rows.map { row in fields.map { kb.cell(table.value(row: row, $0)) } }
        if show.isEmpty, table.citations.contains(where: { $0 != nil }) {
            columns.append(ResultColumn("source"))
            for (index, row) in rows.enumerated() {
                cells[index].append(table.citations[row].map { .text($0.description) } ?? .missing)
            }
        }
        var footer = counted(rows.count, table.kind)
        if rows.count < total { footer += " (of \(total))" }
        var notes: [String] = []
        if total == 0, let condition {
            notes.append(EmptyAnswer(engine: self, table: table).explain(condition))
        }
        return ResultTable(columns: columns, rows: cells, ids: rows.map { table.ids[$0] },
                           citations: rows.map { table.allCitations(row: $0) },
                           footer: footer, notes: notes, identified: true, cited: table.citations.contains { $0 != nil },
                           evidenceColumn: table.kind.isDerived ? "text" : nil)
    }

    /// Without `show`: every declared field that has a value in some row;
    /// `origin` only when some row was extracted.
    func defaultFields(of table: FactTable, rows: [Int]) -> [BoundField] {
        let kind = table.kind
        return kind.fields.indices.compactMap { index in
            let shown = { (row: Int) in table.value(row: row, field: index).map { !Self.isPlainOrigin(kind.fields[index], $0) } ?? false }
            guard rows.contains(where: shown) || (rows.isEmpty && kind.fields[index].name != "origin") else { return nil }
            return BoundField(reference: .declared(index), name: kind.fields[index].name, type: kind.fields[index].type, span: .point(0))
        }
    }
}
