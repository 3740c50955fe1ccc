import FactStore
import Lexer
import Query

/// Translates checked statements into SQL over the export's layout
/// (`Exporter`), with the language's semantics: three-valued logic (SQL's
/// own NULL), uncertain numbers as bounds, partial dates as their first
/// and last days, entities by identity, text folded, lists matching on
/// any member, missing values last. `explain sql` prints what it writes;
/// the differential test runs it on SQLite.
public struct Translator {
    let kb: KnowledgeBase
    let dialect: SQLDialect
    let numbering: EntityNumbering

    public init(kb: KnowledgeBase, dialect: SQLDialect) {
        self.kb = kb
        self.dialect = dialect
        self.numbering = EntityNumbering(kb)
    }

    /// What the answer's rows hold, so that they can be read back.
    public enum Shape: Sendable {
        /// `#row`, then `total` (every match, before the limit), `id`, then the shown fields.
        case facts(kind: Int)
        /// One row: `count`.
        case count
        /// Per group: `first`, `position` (where its value is first met), `n`, then the value as written.
        case groups(kind: Int, field: BoundField)
        /// Per group and unit: `first`, `position`, `unit`, `n`, `low`, `high`, `about_low`, `about_high`.
        case aggregate(kind: Int, field: BoundField, groupBy: BoundField?)
    }

    public struct Translation: Sendable {
        public let sql: String
        public let shape: Shape
    }

    /// Nil for what SQL does not answer here: `describe`, `search`, `explain`.
    public func translate(_ statement: CheckedStatement) -> Translation? {
        switch statement {
        case .find(let kind, let condition, let sort, let limit, let show):
            Translation(sql: find(kind: kind, condition: condition, sort: sort, limit: limit, show: show), shape: .facts(kind: kind))
        case .count(let kind, let condition, nil):
            Translation(sql: "SELECT count(*) AS \"count\"\nFROM \(from(kind))" + whereClause(condition, kind: kind), shape: .count)
        case .count(let kind, let condition, let groupBy?):
            Translation(sql: groupCount(kind: kind, condition: condition, by: groupBy), shape: .groups(kind: kind, field: groupBy))
        case .aggregate(let function, let field, let kind, let condition, let groupBy):
            Translation(sql: aggregate(function, field: field, kind: kind, condition: condition, groupBy: groupBy),
                        shape: .aggregate(kind: kind, field: field, groupBy: groupBy))
        case .describe, .search, .explain, .explainSQL:
            nil
        }
    }

    func layout(_ kind: Int) -> TableLayout {
        TableLayout(kind: kind, schema: kb.schema.kinds[kind])
    }

    func from(_ kind: Int) -> String {
        SQLText.identifier(layout(kind).name) + " t"
    }

    func whereClause(_ condition: Condition?, kind: Int) -> String {
        condition.map { "\nWHERE " + sql($0, layout: layout(kind)) } ?? ""
    }

    /// `alias."column"`.
    static func column(_ alias: String, _ name: String) -> String {
        alias + "." + SQLText.identifier(name)
    }

    // MARK: - find

    private func find(kind: Int, condition: Condition?, sort: [CheckedSortKey], limit: Int?, show: [BoundField]) -> String {
        let layout = layout(kind)
        let shown = show.isEmpty ? layout.declared : show.map(layout.field)
        var columns = ["t.\"#row\"", "count(*) OVER () AS \"total\"", "t.\"id\""]
        columns += shown.map { display($0, layout: layout) + " AS " + SQLText.identifier($0.name) }
        var sql = "SELECT " + columns.joined(separator: ",\n  ") + "\nFROM \(from(kind))" + whereClause(condition, kind: kind)
        sql += "\nORDER BY " + (sort.flatMap { orderTerms($0, layout: layout) } + ["t.\"#row\""]).joined(separator: ", ")
        if let limit { sql += "\nLIMIT \(limit)" }
        return sql
    }

    /// A field as people read it; a list's members joined by "; ".
    private func display(_ field: TableLayout.Field, layout: TableLayout) -> String {
        guard let member = field.memberTable else { return Self.column("t", field.values.column()) }
        let joined = dialect == .sqlite ? "group_concat(CAST(s.v AS TEXT), '; ')" : "string_agg(CAST(s.v AS TEXT), '; ')"
        return "(SELECT \(joined) FROM (SELECT m.\(SQLText.identifier(field.values.column())) AS v FROM \(SQLText.identifier(member)) m "
            + "WHERE m.\"#row\" = t.\"#row\" ORDER BY m.\"#position\") s)"
    }

    /// `sort by`: missing values (and unquantified numbers) last in both
    /// directions, a list by its first member, ties in store order.
    private func orderTerms(_ key: CheckedSortKey, layout: TableLayout) -> [String] {
        let field = layout.field(key.field)
        let terms = field.values.sortColumns.map { name -> String in
            guard let member = field.memberTable else { return Self.column("t", name) }
            return "(SELECT m.\(SQLText.identifier(name)) FROM \(SQLText.identifier(member)) m WHERE m.\"#row\" = t.\"#row\" AND m.\"#position\" = 0)"
        }
        let direction = key.descending ? " DESC" : ""
        return ["(\(terms[0]) IS NULL)"] + terms.map { (field.values.sortsText ? dialect.byCodePoint($0) : $0) + direction }
    }
}
