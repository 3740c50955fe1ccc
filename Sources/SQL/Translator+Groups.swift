import FactStore
import Query

// MARK: - count … by, sum/avg/min/max … [by]

extension Translator {
    /// The rows that match, one per member of the grouped field (a deal with
    /// two buyers is in both groups; a row without a value is in the missing
    /// group, an empty list in none): `row`, `position`, the member's key
    /// columns as `key_0`, `key_1`, … (never a field's own name, which may
    /// be `first` or `n`), and its value as written, `value`.
    func members(kind: Int, condition: Condition?, by group: TableLayout.Field?) -> String {
        let layout = layout(kind)
        let filter = condition.map { sql($0, layout: layout) }
        guard let group else {
            return "SELECT t.\"#row\" AS \"row\", 0 AS \"position\"\nFROM \(from(kind))" + (filter.map { "\nWHERE " + $0 } ?? "")
        }
        func carried(_ alias: String?) -> String {
            let columns = group.values.keyColumns + [group.values.column()]
            return zip(columns, Self.keyNames(group) + ["value"]).map { column, name in
                (alias.map { Self.column($0, column) } ?? "NULL") + " AS " + SQLText.identifier(name)
            }.joined(separator: ", ")
        }
        guard let member = group.memberTable else {
            return "SELECT t.\"#row\" AS \"row\", 0 AS \"position\", \(carried("t"))\nFROM \(from(kind))" + (filter.map { "\nWHERE " + $0 } ?? "")
        }
        let present = "SELECT t.\"#row\" AS \"row\", m.\"#position\" AS \"position\", \(carried("m"))"
            + "\nFROM \(from(kind)) JOIN \(SQLText.identifier(member)) m ON m.\"#row\" = t.\"#row\"" + (filter.map { "\nWHERE " + $0 } ?? "")
        let missing = "SELECT t.\"#row\", 0, \(carried(nil))\nFROM \(from(kind))\nWHERE "
            + Self.column("t", group.countColumn) + " IS NULL" + (filter.map { " AND " + $0 } ?? "")
        return present + "\nUNION ALL\n" + missing
    }

    static func keyNames(_ group: TableLayout.Field) -> [String] {
        group.values.keyColumns.indices.map { "key_\($0)" }
    }

    /// Where a group's value is first met: its first row, the member's place in that row.
    func firstPosition(_ group: TableLayout.Field) -> String {
        "(SELECT min(s.\"position\") FROM \"aiq_members\" s WHERE s.\"row\" = g.\"first\" AND \(same(group, "s", "g")))"
    }

    func same(_ group: TableLayout.Field, _ left: String, _ right: String) -> String {
        Self.keyNames(group).map { dialect.same(Self.column(left, $0), Self.column(right, $0)) }.joined(separator: " AND ")
    }

    func keys(_ group: TableLayout.Field, _ alias: String? = nil) -> String {
        Self.keyNames(group).map { name in alias.map { Self.column($0, name) } ?? SQLText.identifier(name) }.joined(separator: ", ")
    }

    /// Largest group first; ties by value (missing last), then as first met.
    func groupCount(kind: Int, condition: Condition?, by groupBy: BoundField) -> String {
        let group = layout(kind).field(groupBy)
        // The sort columns are among the key columns.
        let sortKeys = group.values.sortColumns.map { Self.column("g", "key_\(group.values.keyColumns.firstIndex(of: $0)!)") }
        let sort = sortKeys.map { group.values.sortsText ? dialect.byCodePoint($0) : $0 }
        return """
        WITH "aiq_members" AS (
        \(members(kind: kind, condition: condition, by: group))
        ),
        "aiq_groups" AS (
        SELECT \(keys(group)), count(*) AS "n", min("row") AS "first"
        FROM "aiq_members"
        GROUP BY \(keys(group))
        )
        SELECT g."first", \(firstPosition(group)) AS "position", g."n",
          (SELECT s."value" FROM "aiq_members" s WHERE s."row" = g."first" AND \(same(group, "s", "g")) ORDER BY s."position" LIMIT 1) AS "value"
        FROM "aiq_groups" g
        ORDER BY g."n" DESC, (\(sortKeys[0]) IS NULL), \(sort.joined(separator: ", ")), g."first", "position"
        """
    }
}
