import FactStore

/// The rows of an answer as machine formats write them: bars left out, the
/// `source` column replaced by the fact's id, document, line and evidence.
struct MachineRows {
    let keys: [String]
    private let table: ResultTable
    /// The table's columns written, in order.
    private let kept: [Int]
    private let addsID: Bool
    private let hasCitations: Bool
    private let evidenceShown: Bool
    /// Per kept column of a `find` answer: its stored codes, if it has them.
    private let interned: [InternedStrings?]

    /// The columns depend on the statement, never on the rows: an empty
    /// answer has the header a full one would.
    init(_ table: ResultTable, citations: Bool) {
        let kept = table.columns.indices.filter { !table.columns[$0].isBar && !(table.columns[$0].name == "source" && table.cited) }
        let hasCitations = table.cited && (citations || table.columns.contains { $0.name == "source" })
        let evidenceShown = table.columns.contains { $0.name == "evidence" || $0.name == table.evidenceColumn }
        var keys = kept.map { table.columns[$0].name }
        let addsID = table.identified && !keys.contains("id")
        if addsID { keys.insert("id", at: 0) }
        if hasCitations { keys += evidenceShown ? ["doc", "line"] : ["doc", "line", "evidence"] }
        self.keys = keys
        self.table = table
        self.kept = kept
        self.addsID = addsID
        self.hasCitations = hasCitations
        self.evidenceShown = evidenceShown
        interned = table.rows.facts.map { facts in kept.map { facts.internedStrings(column: $0) } } ?? []
    }

    var count: Int { table.rows.count }

    /// A row's cells, in the order of `keys`: made one row at a time as it
    /// is written, so that a long answer is never held twice.
    func cells(_ row: Int) -> [Cell] {
        var cells = kept.map { table.rows[row][$0] }
        if addsID { cells.insert(.text(table.ids[row]), at: 0) }
        if hasCitations {
            let first = table.citations[safe: row]?.first
            cells.append(first.map { .text($0.document) } ?? .missing)
            cells.append(first.map { .count($0.line) } ?? .missing)
            if !evidenceShown { cells.append(first.map { .text($0.evidence) } ?? .missing) }
        }
        return cells
    }

    /// A row's fields as `ValueText.machine` writes them, in the order of
    /// `keys`, handed to `body` with their position. A `find` answer's
    /// are read from the store without making cells (`FactRows`).
    func forEachField(_ row: Int, _ body: (Int, MachineField) -> Void) {
        guard let facts = table.rows.facts else {
            for (position, cell) in cells(row).enumerated() { body(position, .text(ValueText.machine(cell))) }
            return
        }
        var position = 0
        func emit(_ field: MachineField) {
            body(position, field)
            position += 1
        }
        if addsID { emit(.text(facts.id(at: row))) }
        for (index, column) in kept.enumerated() {
            emit(facts.machineField(at: row, column: column, interned: interned[index]))
        }
        guard hasCitations else { return }
        let documents = facts.documentNames
        let stored = facts.withCitationParts(at: row) { document, line, evidence in
            emit(.interned(document, documents))
            emit(.integer(line))
            if !evidenceShown { emit(.utf8(evidence)) }
        }
        guard !stored else { return }
        let first = facts.firstCitation(at: row)
        emit(.text(first?.document ?? ""))
        emit(.text(first.map { String($0.line) } ?? ""))
        if !evidenceShown { emit(.text(first?.evidence ?? "")) }
    }

    /// A row's further citations, beyond the first.
    func also(_ row: Int) -> [Citation] {
        hasCitations ? Array((table.citations[safe: row] ?? []).dropFirst()) : []
    }
}

extension RandomAccessCollection where Index == Int {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
