import FactStore

/// How the rows a condition is true of are found, decided once for both
/// evaluation and `explain`: an access path (an index lookup, or a scan),
/// then the conjuncts typed columns answer, then the rest row by row.
struct ConditionPlan {
    let path: AccessPath
    let filters: [ColumnFilter]
    /// What remains to test on each row; nil when nothing does.
    let rest: Condition?

    /// Without the planner, a scan that tests the whole condition.
    init(_ condition: Condition?, kind: Int, kb: KnowledgeBase, usesPlanner: Bool) {
        guard usesPlanner else {
            (path, filters, rest) = (.scan, [], condition)
            return
        }
        path = AccessPath.choose(for: condition, kind: kind, kb: kb)
        (filters, rest) = path.residual(of: condition).map { ColumnFilter.split($0, kind: kind, kb: kb) } ?? ([], nil)
    }

    /// The rows left to test after the lookup and the typed columns, in row order.
    func candidates(kind: Int, count: Int, kb: KnowledgeBase) -> [Int] {
        guard let last = filters.last else { return path.rows(kind: kind, count: count, kb: kb) }
        return last.keep(beforeLastFilter(kind: kind, count: count, kb: kb))
    }

    /// How many rows the condition is true of, when the lookup and the
    /// typed columns answer it alone (nil when rows are left to test):
    /// the last filter counts its rows instead of listing them.
    func count(kind: Int, count: Int, kb: KnowledgeBase) -> Int? {
        guard rest == nil else { return nil }
        guard let last = filters.last else {
            if case .scan = path { return count }
            return path.rows(kind: kind, count: count, kb: kb).count
        }
        return last.count(beforeLastFilter(kind: kind, count: count, kb: kb))
    }

    /// The filter whose sorted bounds answer a count alone: the plan's one
    /// step, a one-sided comparison read over every row, so that `count`
    /// searches instead of scanning (`explain` says so).
    var searchedFilter: ColumnFilter? {
        guard case .scan = path, rest == nil, filters.count == 1, let only = filters.first, only.countsBySearch else { return nil }
        return only
    }

    /// What the last filter reads: the rows the path and the filters before it kept.
    private func beforeLastFilter(kind: Int, count: Int, kb: KnowledgeBase) -> ColumnFilter.Candidates {
        var candidates: ColumnFilter.Candidates = if case .scan = path { .all(count: count) } else { .rows(path.rows(kind: kind, count: count, kb: kb)) }
        for filter in filters.dropLast() { candidates = .rows(filter.keep(candidates)) }
        return candidates
    }
}
