import FactStore
import Query
import Testing

/// The rules of the semantics, one expected answer per case, on the fixture
/// store (items a1 to a8; see Fixture/facts/items.kb).
@Suite struct SemanticsTests {
    static let cases: [(String, [String])] = [
        // Uncertain amounts: true only if every allowed value passes.
        ("amount > 1e9", ["a1", "a3", "a5"]),  // a2 "up to $1B" is false, a6 unquantified unknown, a7 missing
        ("amount >= 1e9", ["a1", "a3", "a5"]),  // a2 is unknown: 1e9 is allowed, smaller values too
        ("not amount >= 1e9", ["a4", "a8"]),  // not unknown is unknown: a2, a6, a7 stay out
        ("amount > 1000", ["a1", "a3", "a5", "a8"]),  // a4 "€600–2,000" is unknown
        ("amount < 1e10", ["a1", "a2", "a4", "a8"]),  // a3 "at least $2B" unknown; a5 ≈$200B false
        ("amount = 6.4B", ["a1"]),
        ("amount != 6.4B", ["a2", "a4", "a5", "a8"]),  // a3 (≥$2B) might be 6.4B: unknown
        ("amount between 1e9 and 1e10", ["a1"]),  // a3 unknown, a5 false
        ("amount = 200B", ["a5"]),  // approximate values compare as stated
        // Currencies never convert.
        ("amount > $1B", ["a1", "a3", "a5"]),
        ("amount > 100 EUR", ["a4", "a8"]),  // USD amounts are unknown against EUR
        ("amount <= 2000 EUR", ["a4"]),
        ("amount < 1000 EUR", []),  // the €600–2,000 range is unknown
        // Missing values.
        ("amount is missing", ["a7"]),
        ("amount is not missing", ["a1", "a2", "a3", "a4", "a5", "a6", "a8"]),
        ("owner is missing", ["a4", "a7", "a8"]),
        // Percentages.
        ("share > 50%", []),  // 49% false, "up to 51%" unknown
        ("share <= 51%", ["a1", "a2", "a8"]),
        ("share < 49%", ["a8"]),
        // Lists match on any member; entities by name, alias, case, accents.
        ("owner = Alpha", ["a1", "a3", "a5"]),
        ("owner = alpha", ["a1", "a3", "a5"]),
        ("owner = \"Alpha Corp\"", ["a1", "a3", "a5"]),
        ("owner != Alpha", ["a2", "a6"]),  // missing owners are unknown
        ("owner in (Beta)", ["a1", "a2", "a6"]),
        ("owner not in (Alpha, Beta)", []),
        ("owner contains \"alp\"", ["a1", "a3", "a5"]),
        // Text: case-, accent- and apostrophe-insensitive.
        ("label = \"societe generale\"", ["a1"]),
        ("label contains \"l'ia\"", ["a2"]),
        ("note contains \"THEO\"", ["a1"]),
        ("status = open", ["a1", "a5"]),
        ("status != open", ["a2"]),
        // Partial dates stand for their period.
        ("day = 2024-07", ["a1", "a2"]),  // a3 (the year 2024) might be July: unknown
        ("day = 2024", ["a1", "a2", "a3"]),
        ("day < 2024-07", ["a4"]),  // a3 unknown
        ("day >= 2024-07-01", ["a1", "a2"]),
        ("day > 2024-07-01", []),  // a2 (July) and a3 (2024) are unknown
        ("day between 2024-01 and 2024-12", ["a1", "a2", "a3"]),
        // Three-valued and/or/not.
        ("amount > 1e9 or size = 3", ["a1", "a3", "a4", "a5"]),
        ("amount > 1e9 and size = 3", ["a1"]),
        // a5 (no size) and a6 (unquantified amount) stay unknown; a7's size is 1, so the and is false.
        ("not (amount > 1e9 and size = 3)", ["a2", "a3", "a4", "a7", "a8"]),
        ("size = 3 or size is missing", ["a1", "a4", "a5", "a6", "a8"]),
        ("flag = true", ["a1"]),
        ("flag = false", ["a2"]),
    ]

    @Test(arguments: cases, [true, false])
    func condition(_ example: (String, [String]), usesPlanner: Bool) throws {
        let (condition, expected) = example
        let results = try Engine(kb: Stores.fixture, usesPlanner: usesPlanner).run("find items where \(condition) show id")
        guard case .table(let table)? = results.first else { Issue.record("no table"); return }
        #expect(table.ids == expected, "\(condition)")
    }

    @Test func sortPutsMissingLastInBothDirections() throws {
        for direction in ["asc", "desc"] {
            let results = try Engine(kb: Stores.fixture).run("find items sort by size \(direction), id")
            guard case .table(let table)? = results.first else { Issue.record("no table"); return }
            #expect(Array(table.ids.suffix(3)) == ["a5", "a6", "a8"], "\(direction)")
        }
    }

    @Test func sortIsStableAndLimitComesAfterSorting() throws {
        let results = try Engine(kb: Stores.fixture).run("find items sort by size limit 3")
        guard case .table(let table)? = results.first else { Issue.record("no table"); return }
        #expect(table.ids == ["a7", "a1", "a4"])
    }
}

/// Ctrl-C stops a running statement: the engine asks while it scans.
@Suite struct CancellationTests {
    @Test func aCancelledStatementReportsThatItWasStopped() {
        let engine = Engine(kb: Stores.fixture, isCancelled: { true })
        do {
            _ = try engine.run("find items where size > 1")
            Issue.record("a cancelled statement must not return an answer")
        } catch {
            #expect(error.message == "interrupted")
        }
    }
}
