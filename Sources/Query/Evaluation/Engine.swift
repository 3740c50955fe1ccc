import FactStore
import Lexer

/// Runs statements against a knowledge base: checks each one, evaluates it,
/// and returns an answer ready to render.
public struct Engine: Sendable {
    public let kb: KnowledgeBase
    /// Asked while rows are scanned: true stops the statement (Ctrl-C).
    let isCancelled: @Sendable () -> Bool
    /// Whether conditions may use the indexes of reference fields and the
    /// typed columns of numeric ones; the answers are the same either way
    /// (tests run both).
    let usesPlanner: Bool

    /// Writes `explain sql`; the SQL module provides it (it builds on this one).
    let sql: (any SQLExplaining)?

    public init(kb: KnowledgeBase, usesPlanner: Bool = true, sql: (any SQLExplaining)? = nil,
                isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.kb = kb
        self.usesPlanner = usesPlanner
        self.sql = sql
        self.isCancelled = isCancelled
    }

    /// Checks and runs one parsed statement of `source`.
    public func run(_ statement: Statement, in source: SourceFile) throws(Diagnostic) -> QueryResult {
        try run(Checker(kb: kb, source: source).check(statement), at: statement.span, in: source)
    }

    /// Runs a statement already checked (the web page checks every statement of a request before it runs any).
    public func run(_ checked: CheckedStatement, at span: Span, in source: SourceFile) throws(Diagnostic) -> QueryResult {
        let result = execute(checked)
        if isCancelled() {
            throw Diagnostic(.error, "interrupted", in: source, at: span, label: "this statement was stopped")
        }
        return result
    }

    /// Parses, checks and runs every statement of a text; for tests and
    /// one-shot callers. Throws the first diagnostic.
    public func run(_ text: String) throws(Diagnostic) -> [QueryResult] {
        let source = SourceFile(text: text)
        let parsed = Parser.parse(source)
        if let first = parsed.diagnostics.first { throw first }
        var results: [QueryResult] = []
        for statement in parsed.statements { results.append(try run(statement, in: source)) }
        return results
    }

    func execute(_ statement: CheckedStatement) -> QueryResult {
        switch statement {
        case .find(let kind, let condition, let sort, let limit, let show):
            return .table(find(kind: kind, condition: condition, sort: sort, limit: limit, show: show))
        case .count(let kind, let condition, let groupBy):
            return .table(count(kind: kind, condition: condition, groupBy: groupBy))
        case .aggregate(let function, let field, let kind, let condition, let groupBy):
            return .table(aggregate(function, field: field, kind: kind, condition: condition, groupBy: groupBy))
        case .describe(let entity):
            return .card(describe(entity))
        case .search(let text, let document, let limit):
            return .table(search(text, in: document, limit: limit))
        case .explain(let parsed, let checked):
            return .text(explain(parsed, checked))
        case .explainSQL(let checked):
            return .text(sql?.explain(checked, kb: kb) ?? "-- no SQL translation is available to this engine")
        }
    }

    // MARK: - Filtering

    func truth(_ condition: Condition, row: Int, in table: FactTable) -> Truth {
        switch condition {
        case .and(let left, let right): truth(left, row: row, in: table) && truth(right, row: row, in: table)
        case .or(let left, let right): truth(left, row: row, in: table) || truth(right, row: row, in: table)
        case .not(let operand): !truth(operand, row: row, in: table)
        case .test(let test): Comparison(kb: kb).evaluate(test.test, table.value(row: row, test.field))
        }
    }

    /// The rows whose condition is true (not false, not unknown); stops
    /// early, with a partial answer `run` then discards, when cancelled.
    func matching(_ condition: Condition?, in table: FactTable, among rows: [Int]? = nil) -> [Int] {
        let kind = kind(of: table)
        let plan = ConditionPlan(condition, kind: kind, kb: kb, usesPlanner: usesPlanner && rows == nil)
        return matching(plan, in: table, among: rows ?? plan.candidates(kind: kind, count: table.count, kb: kb))
    }

    /// How many rows `matching` gives, counted without listing them where
    /// the lookup and the typed columns answer the whole condition.
    func matchingCount(_ condition: Condition?, in table: FactTable) -> Int {
        let kind = kind(of: table)
        let plan = ConditionPlan(condition, kind: kind, kb: kb, usesPlanner: usesPlanner)
        return plan.count(kind: kind, count: table.count, kb: kb)
            ?? matching(plan, in: table, among: plan.candidates(kind: kind, count: table.count, kb: kb)).count
    }

    /// The candidates on which what the plan leaves to test row by row is true.
    private func matching(_ plan: ConditionPlan, in table: FactTable, among candidates: [Int]) -> [Int] {
        guard let condition = plan.rest else { return candidates }
        var kept: [Int] = []
        for (position, row) in candidates.enumerated() {
            if position & 1023 == 1023, isCancelled() { break }
            if truth(condition, row: row, in: table) == .true { kept.append(row) }
        }
        return kept
    }

    func kind(of table: FactTable) -> Int {
        kb.schema.kindIndex(named: table.kind.name)!
    }

    /// "1 deal", "3 deals".
    func counted(_ count: Int, _ kind: KindSchema) -> String {
        "\(count) \(count == 1 ? kind.singular : kind.name)"
    }
}
