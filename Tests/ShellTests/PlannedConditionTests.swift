import FactStore
import Query
import TestSupport
import Testing

/// Conditions the planner serves — a reference field equal to, or in, named
/// entities, or containing a piece of a name (an index); a numeric or date field compared with a number,
/// money, a percentage or a date (a typed column) — joined by `and` to random other
/// predicates, under `not` and `or` too, give the same rows in the same
/// order with and without the planner, on the bundled store and on a
/// generated one.
@Suite struct PlannedConditionTests {
    static let numbers = ["1e9", "$6.4B", "600 EUR", "49%", "0", "100k", "2B USD", "1.5B EUR", "20", "£500M", "-5", "51%",
                          "2024", "2024-07", "2023-11-14", "2021-02", "2019"]

    static func quoted(_ value: String) -> String {
        "\"" + value + "\""
    }

    static func statements(_ kb: KnowledgeBase, count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let names = kb.entities.spellings
        let kinds = kb.schema.kinds.filter { kind in kind.fields.contains { if case .reference = $0.type.element { true } else { false } } }
        return (0..<count).map { _ in
            let kind = random.pick(kinds)
            let references = kind.fields.filter { if case .reference = $0.type.element { true } else { false } }.map(\.name)
            func name() -> String { "\"" + random.pick(names).replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            /// Two or three letters of a name, in lower case, or a whole name.
            func fragment() -> String {
                let letters = Array(random.pick(names).lowercased().filter { $0 != "\"" && $0 != "\\" })
                guard letters.count > 3, random.next(4) != 0 else { return "\"" + String(letters) + "\"" }
                let start = random.next(letters.count - 2)
                return "\"" + String(letters[start..<min(letters.count, start + 2 + random.next(2))]) + "\""
            }
            let lookup = switch random.next(3) {
            case 0: "\(random.pick(references)) = \(name())"
            case 1: "\(random.pick(references)) in (\(name()), \(name()))"
            default: "\(random.pick(references)) contains \(fragment())"
            }
            let other = random.pick(kind.allFieldNames)
            let numbers = kind.fields.filter { $0.type.isNumeric || $0.type == .date }.map(\.name)
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
        var byName = 0
        for text in Self.statements(kb, count: 400, seed: seed) {
            guard let answer = try? indexed.run(text) else { continue }
            let scanned = try scanning.run(text)
            expectSame(answer, scanned, text)
            if case .text(let plan)? = try indexed.run("explain " + text).first {
                if plan.contains("in the index on") { lookedUp += 1 }
                if plan.contains("in the index on"), text.contains(" contains ") { byName += 1 }
                if plan.contains("read from the typed column") { columnar += 1 }
            }
        }
        print("planned conditions (seed \(seed)): of 400, \(lookedUp) through an index (\(byName) of them by a piece of a name),"
              + " \(columnar) with a typed column, the same as by a scan")
        #expect(lookedUp > 100)
        #expect(byName > 20)
        #expect(columnar > 40)
    }

    /// Every operator and range against every literal, on every numeric and
    /// date field of the generated deals (partial dates inside a literal's
    /// period, amounts in another currency, missing values), and every
    /// equality and membership on its enumerations (in another case too);
    /// each found, and counted (a one-sided comparison by binary search in
    /// the sorted bounds).
    @Test func everyComparisonOnATypedColumn() throws {
        let kb = Stores.generated
        let kind = try #require(kb.schema.kind(named: "deals"))
        let fields = kind.fields.filter { $0.type.isNumeric || $0.type == .date }.map(\.name)
        var compared = 0
        var searched = 0
        for field in fields {
            for literal in Self.numbers {
                let ranges = Self.numbers.map { "\(field) between \(literal) and \($0)" }
                for condition in ["=", "!=", "<", "<=", ">", ">="].map({ "\(field) \($0) \(literal)" }) + ranges {
                    let text = "find deals where \(condition) sort by id show id"
                    guard let answer = try? Engine(kb: kb).run(text) else { continue }
                    let scanned = try Engine(kb: kb, usesPlanner: false).run(text)
                    expectSame(answer, scanned, text)
                    let count = "count deals where \(condition)"
                    expectSame(try Engine(kb: kb).run(count), try Engine(kb: kb, usesPlanner: false).run(count), count)
                    if case .text(let plan)? = try Engine(kb: kb).run("explain " + count).first, plan.contains("by binary search") { searched += 1 }
                    compared += 1
                }
            }
        }
        print("typed columns: \(searched) counts by binary search in sorted bounds")
        #expect(searched > 100)
        let enumerations = kind.fields.filter { if case .enumeration = $0.type { true } else { false } }
        for field in enumerations {
            guard case .enumeration(let values) = field.type else { continue }
            for value in values + ["COMPLETED", "nothing-like-it"] {
                let other = values.first ?? value
                for condition in ["= \(Self.quoted(value))", "!= \(Self.quoted(value))", "in (\(Self.quoted(value)), \(other))",
                                  "not in (\(Self.quoted(value)), \(other))"] {
                    let text = "find deals where \(field.name) \(condition) sort by id show id"
                    guard let answer = try? Engine(kb: kb).run(text) else { continue }
                    expectSame(answer, try Engine(kb: kb, usesPlanner: false).run(text), text)
                    compared += 1
                }
            }
        }
        print("typed columns: \(compared) comparisons, ranges and memberships answered as a scan answers them")
        #expect(compared > 430)
    }

    /// Every aggregate of every numeric field, alone and grouped by every
    /// reference and enumeration field, with and without a condition: read
    /// from typed columns, the same groups, in the same order, with the same
    /// bounds, counts and notes as from the values.
    @Test(arguments: ["bundled", "generated"])
    func everyAggregateOnTypedColumns(_ store: String) throws {
        let kb = Stores.named(store)
        var compared = 0
        for kind in kb.schema.kinds where !kind.isDerived {
            let numeric = kind.fields.filter(\.type.isNumeric).map(\.name)
            let groups = kind.fields.filter { field in
                if case .reference = field.type.element { return true }
                if case .enumeration = field.type { return true }
                return false
            }.map { " by " + $0.name }
            for field in numeric {
                for function in ["sum", "avg", "min", "max"] {
                    for by in [""] + groups {
                        for filter in ["", " where id contains \"a\"", " where \(field) is missing or id contains \"e\""] {
                            let text = "\(function) \(field) of \(kind.name)\(filter)\(by)"
                            let (typed, read) = (try Engine(kb: kb).run(text), try Engine(kb: kb, usesPlanner: false).run(text))
                            expectSame(typed, read, text)
                            // The footer and the notes too (amounts left out, shared groups, several currencies).
                            let shown = { (results: [QueryResult]) in results.map { Renderer.render($0, as: .table) } }
                            #expect(shown(typed) == shown(read), "\(text)")
                            compared += 1
                        }
                    }
                }
            }
        }
        print("typed totals: \(compared) aggregates on the \(store) store answered as from the values")
        #expect(compared > 300)
    }

    @Test func onTheBundledStore() throws {
        try compare(Stores.bundled, seed: 12)
    }

    @Test func onAGeneratedStore() throws {
        try compare(Stores.generated, seed: 13)
    }
}
