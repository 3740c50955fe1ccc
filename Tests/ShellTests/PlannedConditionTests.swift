import FactStore
import Query
import TestSupport
import Testing

/// Conditions the planner serves — a reference field equal to, or in, named
/// entities (an index); a numeric field compared with a number, money or a
/// percentage (a typed column) — joined by `and` to random other
/// predicates, under `not` and `or` too, give the same rows in the same
/// order with and without the planner, on the bundled store and on a
/// generated one.
@Suite struct PlannedConditionTests {
    static let numbers = ["1e9", "$6.4B", "600 EUR", "49%", "0", "100k", "2B USD", "1.5B EUR", "20", "£500M", "-5", "51%"]

    static func statements(_ kb: KnowledgeBase, count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let names = kb.entities.spellings
        let kinds = kb.schema.kinds.filter { kind in kind.fields.contains { if case .reference = $0.type.element { true } else { false } } }
        return (0..<count).map { _ in
            let kind = random.pick(kinds)
            let references = kind.fields.filter { if case .reference = $0.type.element { true } else { false } }.map(\.name)
            func name() -> String { "\"" + random.pick(names).replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            let lookup = random.next(2) == 0
                ? "\(random.pick(references)) = \(name())"
                : "\(random.pick(references)) in (\(name()), \(name()))"
            let other = random.pick(kind.allFieldNames)
            let numbers = kind.fields.filter { $0.type.isNumeric }.map(\.name)
            let comparison = numbers.isEmpty ? "\(other) is missing"
                : "\(random.pick(numbers)) \(random.pick(["=", "!=", "<", "<=", ">", ">="])) \(random.pick(Self.numbers))"
            let range = numbers.isEmpty ? comparison
                : "\(random.pick(numbers)) between \(random.pick(Self.numbers)) and \(random.pick(Self.numbers))"
            let rest = random.pick([
                "", " and \(other) is not missing", " and not \(other) is missing", " and (\(other) is missing or \(lookup))",
                " and \(random.pick(references)) = \(name())", " or \(other) is missing", " and \(comparison)",
                " and \(comparison) and \(range)", " and not \(comparison)",
            ])
            let head = random.next(3) == 0 ? comparison : lookup
            return random.next(2) == 0 ? "find \(kind.name) where \(head)\(rest) sort by id" : "count \(kind.name) where \(head)\(rest) by \(other)"
        }
    }

    func compare(_ kb: KnowledgeBase, seed: UInt64) throws {
        let indexed = Engine(kb: kb)
        let scanning = Engine(kb: kb, usesPlanner: false)
        var lookedUp = 0
        var columnar = 0
        for text in Self.statements(kb, count: 400, seed: seed) {
            guard let answer = try? indexed.run(text) else { continue }
            let scanned = try scanning.run(text)
            #expect(answer.map { Renderer.render($0, as: .jsonl) } == scanned.map { Renderer.render($0, as: .jsonl) }, "\(text)")
            if case .text(let plan)? = try indexed.run("explain " + text).first {
                if plan.contains("in the index on") { lookedUp += 1 }
                if plan.contains("read from the typed column") { columnar += 1 }
            }
        }
        print("planned conditions (seed \(seed)): of 400, \(lookedUp) through an index, \(columnar) with a typed column, the same as by a scan")
        #expect(lookedUp > 100)
        #expect(columnar > 50)
    }

    @Test func onTheBundledStore() throws {
        try compare(Stores.bundled, seed: 12)
    }

    @Test func onAGeneratedStore() throws {
        try compare(Stores.generated, seed: 13)
    }
}
