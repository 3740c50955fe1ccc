import FactStore
import Lexer
import Query

/// Answers checked statements by running their translation on a SQL
/// engine, and renders them as the embedded engine does: the same
/// columns, footers and notes. The differential test compares the two.
public struct SQLEngine {
    let engine: Engine
    let translator: Translator
    let connection: any SQLConnection

    public init(engine: Engine, dialect: SQLDialect, connection: any SQLConnection) {
        self.engine = engine
        self.translator = Translator(kb: engine.kb, dialect: dialect)
        self.connection = connection
    }

    /// Nil for the statements SQL does not answer (`describe`, `search`, `explain`).
    public func run(_ statement: CheckedStatement) throws(SQLError) -> ResultTable? {
        guard let translation = translator.translate(statement) else { return nil }
        let rows = try connection.query(translation.sql)
        switch (translation.shape, statement) {
        case (.facts(let kind), .find(_, let condition, _, let limit, let show)):
            // The window's total rides on the rows; `limit 0` leaves none to carry it.
            let total = try rows.isEmpty && limit == 0 ? total(kind: kind, condition) : rows.first?[1].integer ?? 0
            return engine.factTable(kind: kind, rows: rows.compactMap { $0[0].integer }, total: total, show: show, condition: condition)
        case (.count, .count(let kind, let condition, _)):
            return engine.countTable(kind: kind, total: rows.first?[0].integer ?? 0, condition: condition)
        case (.groups(let kind, let field), .count(_, let condition, _)):
            let groups = rows.map { row in (key: key(kind: kind, field, first: row[0], position: row[1]), count: row[2].integer ?? 0) }
            return engine.groupTable(kind: kind, groups: groups, total: try total(kind: kind, condition), groupBy: field, condition: condition)
        case (.aggregate(let kind, let field, let groupBy), .aggregate(let function, _, _, let condition, _)):
            return try aggregate(function, field: field, kind: kind, groupBy: groupBy, condition: condition, rows: rows)
        default:
            preconditionFailure("a translation's shape follows its statement")
        }
    }

    private func aggregate(_ function: Aggregate.Function, field: BoundField, kind: Int, groupBy: BoundField?,
                           condition: Condition?, rows: [[SQLValue]]) throws(SQLError) -> ResultTable {
        let results = rows.map { row in
            let value = Quantity.combined(low: row[4].double ?? 0, high: row[5].double ?? .infinity, unit: .init(code: row[2].string),
                                          approximateLow: row[6].flag ?? false, approximateHigh: row[7].flag ?? false)
            return (key: groupBy.flatMap { key(kind: kind, $0, first: row[0], position: row[1]) }, value: value, count: row[3].integer ?? 0)
        }
        var skipped: [String] = []
        if field.type != .number, !field.type.isList {
            skipped = try connection.query(translator.unstated(field: field, kind: kind, condition: condition, groupBy: groupBy)).map { row in
                Engine.unstated(id: row[0].string ?? "", Quantity(unquantified: row[1].string ?? ""))
            }
        }
        let shared = try groupBy.map { (by) throws(SQLError) in
            try connection.query(translator.shared(kind: kind, condition: condition, by: by)).first?[0].flag ?? false
        } ?? false
        return engine.aggregateTable(function, field: field, kind: kind, results: results, total: try total(kind: kind, condition),
                                     groupBy: groupBy, condition: condition, skipped: skipped, shared: shared)
    }

    private func total(kind: Int, _ condition: Condition?) throws(SQLError) -> Int {
        try connection.query(translator.total(kind: kind, condition: condition)).first?[0].integer ?? 0
    }

    /// A group's value: the member where it is first met (the server's export is checked to be this store's).
    private func key(kind: Int, _ field: BoundField, first: SQLValue, position: SQLValue) -> Value? {
        let table = engine.kb.table(kind)
        guard let row = first.integer, let position = position.integer, table.count > row,
              let members = table.value(row: row, field)?.members, members.indices.contains(position) else { return nil }
        return members[position]
    }
}
