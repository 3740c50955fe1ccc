import FactStore
import Query
import TestSupport
import Testing

/// Conditions an index can serve — a reference field equal to, or in, named
/// entities, joined by `and` to random other predicates, under `not` and
/// `or` too — give the same rows in the same order with and without the
/// indexes, on the bundled store and on a generated one.
@Suite struct IndexedConditionTests {
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
            let rest = random.pick([
                "", " and \(other) is not missing", " and not \(other) is missing", " and (\(other) is missing or \(lookup))",
                " and \(random.pick(references)) = \(name())", " or \(other) is missing",
            ])
            return random.next(2) == 0 ? "find \(kind.name) where \(lookup)\(rest) sort by id" : "count \(kind.name) where \(lookup)\(rest) by \(other)"
        }
    }

    func compare(_ kb: KnowledgeBase, seed: UInt64) throws {
        let indexed = Engine(kb: kb)
        let scanning = Engine(kb: kb, usesIndexes: false)
        var lookedUp = 0
        for text in Self.statements(kb, count: 400, seed: seed) {
            guard let answer = try? indexed.run(text) else { continue }
            let scanned = try scanning.run(text)
            #expect(answer.map { Renderer.render($0, as: .jsonl) } == scanned.map { Renderer.render($0, as: .jsonl) }, "\(text)")
            if case .text(let plan)? = try indexed.run("explain " + text).first, plan.contains("in the index on") { lookedUp += 1 }
        }
        print("indexed conditions (seed \(seed)): \(lookedUp) of 400 answered through an index, the same as by a scan")
        #expect(lookedUp > 150)
    }

    @Test func onTheBundledStore() throws {
        try compare(Stores.bundled, seed: 12)
    }

    @Test func onAGeneratedStore() throws {
        try compare(Stores.generated, seed: 13)
    }
}
