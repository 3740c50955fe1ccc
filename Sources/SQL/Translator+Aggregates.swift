import FactStore
import Query

// MARK: - sum, avg, min, max: bounds and whether they are approximate

extension Translator {
    /// Each amount is the interval its text allows (unquantified: anything
    /// from zero up); amounts of different units are never combined; a fact
    /// with several parties in the grouped field counts a share, from
    /// nothing up to the whole, in each group. The answer gives each group
    /// and unit's bounds and whether each bound is approximate; the
    /// precision shown follows from them (`Quantity.combined`).
    func aggregate(_ function: Aggregate.Function, field: BoundField, kind: Int, condition: Condition?, groupBy: BoundField?) -> String {
        let layout = layout(kind)
        let group = groupBy.map(layout.field)
        let value = Place(alias: "v", values: layout.field(field).values)
        let keyed = group.map { keys($0, "mem") + ", " } ?? ""
        let joint = group?.memberTable.map { _ in Self.column("v", group!.countColumn) + " > 1" } ?? "FALSE"
        let approximate = "\(value("precision")) = 'approximate'"
        // Unquantified amounts without a currency are left out of money (a note says so).
        let unstated = field.type == .number ? "FALSE" : "\(value("low")) IS NULL AND \(value("unit")) IS NULL"
        let usable = layout.field(field).memberTable == nil ? "\(value("precision")) IS NOT NULL AND NOT (\(unstated))" : "FALSE"
        let contributions = """
        SELECT \(keyed)mem."row", mem."position", \(value("unit")) AS "unit",
          CASE WHEN \(joint) AND \(value("low")) IS NOT NULL THEN (CASE WHEN \(value("high")) < 0 THEN \(value("high")) ELSE 0 END) ELSE \(value("low")) END AS "low",
          \(value("high")) AS "high",
          CASE WHEN \(value("low")) IS NULL THEN 0 WHEN \(joint) THEN 0 WHEN \(value("about_low")) = 1 OR \(approximate) THEN 1 ELSE 0 END AS "about_low",
          CASE WHEN \(value("low")) IS NULL THEN 0 WHEN \(value("about_high")) = 1 OR \(approximate) THEN 1 ELSE 0 END AS "about_high"
        FROM "aiq_members" mem JOIN \(SQLText.identifier(layout.name)) v ON v."#row" = mem."row"
        WHERE \(usable)
        """
        let groupKeys = group.map { keys($0) + ", " } ?? ""
        let matched = group.map { same($0, "g", "a") } ?? "TRUE"
        let sameContribution = (group.map { same($0, "c", "a") + " AND " } ?? "") + dialect.same("c.\"unit\"", "a.\"unit\"")
        let (low, high, aboutLow, aboutHigh, known) = bounds(function, sameContribution: sameContribution)
        return """
        WITH "aiq_members" AS (
        \(members(kind: kind, condition: condition, by: group))
        ),
        "aiq_groups" AS (
        SELECT \(groupKeys)min("row") AS "first"
        FROM "aiq_members"\(group.map { "\nGROUP BY " + keys($0) } ?? "")
        ),
        "aiq_contributions" AS (
        \(contributions)
        ),
        "aiq_totals" AS (
        SELECT \(groupKeys)"unit", count(*) AS "n", count("low") AS "known", min("row") AS "first_row",
          sum("low") AS "sum_low", sum("high") AS "sum_high", min("low") AS "min_low", min("high") AS "min_high",
          max("low") AS "max_low", max("high") AS "max_high",
          max(CASE WHEN "low" <> 0 AND "about_low" = 1 THEN 1 ELSE 0 END) AS "sum_about_low",
          max("about_low") AS "any_about_low", max("about_high") AS "any_about_high"
        FROM "aiq_contributions"
        GROUP BY \(groupKeys)"unit"
        )
        SELECT g."first", \(group.map(firstPosition) ?? "0") AS "position", a."unit", a."n",
          \(low) AS "low", \(high) AS "high", \(aboutLow) AS "about_low", \(aboutHigh) AS "about_high"
        FROM "aiq_totals" a JOIN "aiq_groups" g ON \(matched)
        WHERE \(known)
        ORDER BY "low" DESC, "high" DESC, g."first", "position", a."first_row"
        """
    }

    /// The least and greatest combined value, and whether each is approximate:
    /// approximate only where a value that decides the bound is.
    private func bounds(_ function: Aggregate.Function, sameContribution: String)
        -> (low: String, high: String, aboutLow: String, aboutHigh: String, known: String) {
        let infinity = dialect.infinity
        let vague = "a.\"n\" > a.\"known\""
        func deciding(_ bound: String, _ value: String) -> String {
            "EXISTS (SELECT 1 FROM \"aiq_contributions\" c WHERE \(sameContribution) AND c.\"\(bound)\" = \(value) AND c.\"about_\(bound)\" = 1)"
        }
        switch function {
        case .sum:
            return ("COALESCE(a.\"sum_low\", 0)", "CASE WHEN \(vague) THEN \(infinity) ELSE COALESCE(a.\"sum_high\", 0) END",
                    "(a.\"sum_about_low\" = 1)", "(a.\"any_about_high\" = 1)", "TRUE")
        case .avg:
            return ("a.\"sum_low\" / a.\"known\"", "a.\"sum_high\" / a.\"known\"",
                    "(a.\"any_about_low\" = 1)", "(a.\"any_about_high\" = 1)", "a.\"known\" > 0")
        case .min:
            return ("CASE WHEN \(vague) AND a.\"min_low\" > 0 THEN 0 ELSE a.\"min_low\" END", "a.\"min_high\"",
                    "CASE WHEN \(vague) THEN FALSE ELSE \(deciding("low", "a.\"min_low\"")) END",
                    deciding("high", "a.\"min_high\""), "a.\"known\" > 0")
        case .max:
            return ("a.\"max_low\"", "CASE WHEN \(vague) THEN \(infinity) ELSE a.\"max_high\" END",
                    deciding("low", "a.\"max_low\""),
                    "CASE WHEN \(vague) THEN FALSE ELSE \(deciding("high", "a.\"max_high\"")) END", "a.\"known\" > 0")
        }
    }
}
