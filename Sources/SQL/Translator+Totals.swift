import FactStore
import Query

// MARK: - What an answer's footer and notes need besides its rows

extension Translator {
    /// How many facts match (a footer's "of 12 deals").
    func total(kind: Int, condition: Condition?) -> String {
        "SELECT count(*) FROM \(from(kind))" + whereClause(condition, kind: kind)
    }

    /// Whether some fact is in more than one group (a note says so).
    func shared(kind: Int, condition: Condition?, by groupBy: BoundField) -> String {
        "WITH \"aiq_members\" AS (\n\(members(kind: kind, condition: condition, by: layout(kind).field(groupBy)))\n)\n"
            + "SELECT (SELECT count(*) FROM \"aiq_members\") > (\(total(kind: kind, condition: condition)))"
    }

    /// The amounts a sum of money leaves out: unquantified, currency not stated
    /// (those of facts in some group: an empty list puts a fact in none).
    func unstated(field: BoundField, kind: Int, condition: Condition?, groupBy: BoundField?) -> String {
        let value = Place(alias: "t", values: layout(kind).field(field).values)
        let grouped = groupBy.map { layout(kind).field($0) }.flatMap { group in
            group.memberTable.map { _ in " AND COALESCE(\(Self.column("t", group.countColumn)), 1) > 0" }
        } ?? ""
        return "SELECT t.\"id\", \(value("wording")) FROM \(from(kind))\nWHERE \(value("low")) IS NULL AND \(value("precision")) IS NOT NULL "
            + "AND \(value("unit")) IS NULL" + grouped + (condition.map { " AND " + sql($0, layout: layout(kind)) } ?? "")
    }
}
