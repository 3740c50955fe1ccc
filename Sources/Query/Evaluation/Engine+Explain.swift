import FactStore

// MARK: - explain

extension Engine {
    /// How a statement was understood: its tree, its checked canonical form,
    /// and the steps that will run.
    func explain(_ parsed: Statement, _ checked: CheckedStatement) -> String {
        var out = "parsed:\n" + indent(SExpressionPrinter.print(parsed)) + "\n"
        out += "checked:\n  " + CheckedPrinter(kb: kb).print(checked) + "\n"
        out += "plan:\n" + plan(checked).enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        return out
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }

    /// The one step of a count that a binary search in sorted bounds answers alone.
    private func searchedCount(_ kind: Int, _ condition: Condition?) -> String? {
        guard let filter = ConditionPlan(condition, kind: kind, kb: kb, usesPlanner: usesPlanner).searchedFilter else { return nil }
        let table = kb.table(kind)
        return "count the rows where \(CheckedPrinter(kb: kb).print(filter.condition)) is true by binary search in the sorted bounds of "
            + "\(table.kind.name).\(filter.field.name) (\(counted(table.count, table.kind)))"
    }

    private func plan(_ statement: CheckedStatement) -> [String] {
        let printer = CheckedPrinter(kb: kb)
        func scan(_ kind: Int, _ condition: Condition?) -> [String] {
            let table = kb.table(kind)
            let plan = ConditionPlan(condition, kind: kind, kb: kb, usesPlanner: usesPlanner)
            var steps: [String]
            switch plan.path {
            case .scan:
                steps = ["scan \(counted(table.count, table.kind))"]
            case .lookup(let lookup):
                let shown = lookup.entities.prefix(5).map { kb.name(of: $0) }
                let names = lookup.entities.isEmpty ? "no entity"
                    : shown.joined(separator: ", ") + (lookup.entities.count > 5 ? " and \(lookup.entities.count - 5) more" : "")
                steps = ["look up the \(table.kind.name) whose \(lookup.field.name) names \(names) in the index on "
                         + "\(table.kind.name).\(lookup.field.name): \(counted(lookup.estimate, table.kind)) of \(table.count)"]
            }
            for filter in plan.filters {
                steps.append("keep the rows where \(printer.print(filter.condition)) is true, "
                             + "read from the typed column \(table.kind.name).\(filter.field.name)")
            }
            if let rest = plan.rest {
                steps.append("keep the rows where \(printer.print(rest)) is true (unknown counts as not true)")
            }
            return steps
        }
        switch statement {
        case .find(let kind, let condition, let sort, let limit, let show):
            var steps = scan(kind, condition)
            if !sort.isEmpty {
                steps.append("sort by " + sort.map { $0.field.name + ($0.descending ? " desc" : " asc") }.joined(separator: ", ")
                             + ", missing values last, ties in stored order")
            }
            if let limit { steps.append("keep the first \(limit)") }
            steps.append(show.isEmpty ? "show every field that has a value (origin when a row was extracted), and the source" : "show " + show.map(\.name).joined(separator: ", "))
            return steps
        case .count(let kind, let condition, let groupBy):
            if groupBy == nil, let searched = searchedCount(kind, condition) { return [searched] }
            return scan(kind, condition) + [groupBy.map { "count per \($0.name) value, largest group first" } ?? "count them"]
        case .aggregate(let function, let field, let kind, let condition, let groupBy):
            var steps = scan(kind, condition)
            if let groupBy { steps.append("group by \(groupBy.name)") }
            steps.append("\(function.rawValue) \(field.name) per currency or unit, keeping the uncertainty of each value")
            return steps
        case .describe(let entity):
            return ["show the \(kb.schema.kinds[entity.kind].singular) \(kb.name(of: entity))", "list every fact that refers to it, by kind"]
        case .search(let text, let document, let limit):
            return ["find the sentences\(document.map { " of document \($0)" } ?? "") with the words of “\(text)”",
                    "rank them, phrase matches first" + (limit.map { ", keep \($0)" } ?? "")]
        case .explain(_, let inner):
            return ["explain: " + plan(inner).joined(separator: "; ")]
        case .explainSQL(let inner):
            return ["write the SQL of: " + plan(inner).joined(separator: "; ")]
        }
    }
}
