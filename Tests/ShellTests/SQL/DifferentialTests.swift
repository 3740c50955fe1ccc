import FactStore
import Foundation
import Lexer
import Query
import SQL
import TestSupport
import Testing

/// Every random statement answered twice: by the embedded engine, and by
/// SQLite running its translation over the export. The answers must be
/// the same: the same rows in the same order, the same groups and counts,
/// the same bounds, precision and currency, the same footers and notes.
@Suite struct DifferentialTests {
    static let statements = 2_000

    @Test(arguments: ["bundled", "generated", "sql fixture"])
    func sqliteAgreesWithTheEngine(store: String) throws {
        let kb = Stores.named(store)
        let database = try Exporter(kb: kb).sqliteInMemory()
        let engine = Engine(kb: kb)
        let sql = SQLEngine(engine: engine, dialect: .sqlite, connection: database)
        var maker = StatementMaker(kb: kb, seed: UInt64(store.count))
        var compared = 0
        var refused = 0
        var forms: [String: Int] = [:]
        while compared < Self.statements {
            let text = maker.statement()
            let source = SourceFile(text: text)
            let parsed = Parser.parse(source)
            guard parsed.diagnostics.isEmpty, let statement = parsed.statements.first,
                  let checked = try? Checker(kb: kb, source: source).check(statement) else {
                refused += 1
                #expect(refused < Self.statements / 4, "too many refused statements; the last: \(text)")
                if refused >= Self.statements / 4 { return }
                continue
            }
            guard case .table(let native) = try engine.run(statement, in: source) else { continue }
            let translated = try #require(try sql.run(checked), "\(text) has no translation")
            compared += 1
            forms[String(text.prefix { $0 != " " }), default: 0] += 1
            if let difference = Self.difference(native, translated) {
                let translation = Translator(kb: kb, dialect: .sqlite).translate(checked)!.sql
                Issue.record("""
                \(text)
                differs: \(difference)
                SQL:
                \(translation)
                engine:
                \(Renderer.render(.table(native), as: .csv))
                SQLite:
                \(Renderer.render(.table(translated), as: .csv))
                """)
                return
            }
        }
        print("differential (\(store)): \(compared) statements compared with SQLite, \(refused) refused by the checker; "
              + forms.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }

    /// The generator covers every predicate form the grammar has, and
    /// every statement form but those SQL does not answer.
    @Test func theGeneratorCoversTheGrammar() throws {
        let grammar = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("grammar/query.ebnf"), encoding: .utf8)
        func alternatives(_ rule: String) -> Set<String> {
            let line = grammar.split(separator: "\n").first { $0.hasPrefix(rule + " ") }!
            let body = line.split(separator: "=", maxSplits: 1)[1]
            return Set(body.split(whereSeparator: { "|(),; ".contains($0) }).map(String.init).filter { $0 != "field" })
        }
        #expect(alternatives("predicate") == Set(StatementMaker.predicateForms))
        #expect(alternatives("statement").subtracting(["describe", "search", "explain"]) == Set(StatementMaker.statementForms))
    }

    /// Every aggregate of every numeric field of every kind, alone and by
    /// every field: joint shares, unquantified amounts, mixed currencies
    /// and approximate bounds meet here more surely than at random.
    @Test(arguments: ["bundled", "sql fixture"])
    func everyAggregateAgrees(store: String) throws {
        let kb = Stores.named(store)
        let engine = Engine(kb: kb)
        let sql = SQLEngine(engine: engine, dialect: .sqlite, connection: try Exporter(kb: kb).sqliteInMemory())
        var compared = 0
        for kind in kb.schema.kinds {
            let fields = StatementMaker.fields(of: kind)
            for field in fields where field.type.isNumeric {
                for function in Aggregate.Function.allCases {
                    for by in [nil] + fields.map(\.name) {
                        let text = "\(function.rawValue) \(field.name) of \(kind.name)" + (by.map { " by " + $0 } ?? "")
                        try expectAgreement(text, kb: kb, engine: engine, sql: sql)
                        compared += 1
                    }
                }
            }
        }
        print("differential (every aggregate, \(store)): \(compared) statements compared with SQLite")
        #expect(compared > 100)
    }

    func expectAgreement(_ text: String, kb: KnowledgeBase, engine: Engine, sql: SQLEngine) throws {
        let source = SourceFile(text: text)
        let statement = try #require(Parser.parse(source).statements.first)
        let checked = try Checker(kb: kb, source: source).check(statement)
        guard case .table(let native) = try engine.run(statement, in: source) else { return }
        let translated = try #require(try sql.run(checked))
        if let difference = Self.difference(native, translated) {
            Issue.record("\(text)\ndiffers: \(difference)\nSQL:\n\(Translator(kb: kb, dialect: .sqlite).translate(checked)!.sql)")
        }
    }

    /// Where two answers differ, or nil. Bounds agree to 1e-9 relative:
    /// sums may add in another order.
    static func difference(_ a: ResultTable, _ b: ResultTable) -> String? {
        if a.columns != b.columns { return "columns \(a.columns.map(\.name)) vs \(b.columns.map(\.name))" }
        if a.ids != b.ids { return "ids \(a.ids.prefix(8)) vs \(b.ids.prefix(8))" }
        if a.footer != b.footer { return "footer '\(a.footer)' vs '\(b.footer)'" }
        if a.notes != b.notes { return "notes \(a.notes) vs \(b.notes)" }
        if a.rows.count != b.rows.count { return "\(a.rows.count) rows vs \(b.rows.count)" }
        for (index, (left, right)) in zip(a.rows, b.rows).enumerated() where !zip(left, right).allSatisfy(same) || left.count != right.count {
            return "row \(index + 1): \(left) vs \(right)"
        }
        return nil
    }

    static func same(_ a: Cell, _ b: Cell) -> Bool {
        switch (a, b) {
        case (.quantity(let x), .quantity(let y)):
            return x.precision == y.precision && x.unit == y.unit && x.wording == y.wording
                && x.approximateLow == y.approximateLow && x.approximateHigh == y.approximateHigh
                && close(x.low, y.low) && close(x.high, y.high)
        case (.bar(let x), .bar(let y)):
            return close(x, y)
        case (.list(let x), .list(let y)):
            return x.count == y.count && zip(x, y).allSatisfy(same)
        default:
            return a == b
        }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
