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
        "WITH \"members\" AS (\n\(members(kind: kind, condition: condition, by: layout(kind).field(groupBy)))\n)\n"
            + "SELECT (SELECT count(*) FROM \"members\") > (\(total(kind: kind, condition: condition)))"
    }

    /// The amounts a sum of money leaves out: unquantified, currency not stated.
    func unstated(field: BoundField, kind: Int, condition: Condition?) -> String {
        let value = Place(alias: "t", values: layout(kind).field(field).values)
        return "SELECT t.\"id\", \(value("wording")) FROM \(from(kind))\nWHERE \(value("precision")) = 'unquantified' AND \(value("unit")) IS NULL"
            + (condition.map { " AND " + sql($0, layout: layout(kind)) } ?? "")
    }
}
