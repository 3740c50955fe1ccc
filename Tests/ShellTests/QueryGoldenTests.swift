import Query
import Shell
import TestSupport
import Testing

/// Scripts run in a session, their transcript (answers and diagnostics, in
/// order) compared with `NAME.out`: `Golden/queries` against the bundled
/// knowledge base, `Golden/fixture` against the small fixture store.
@Suite struct QueryGoldenTests {
    static let bundledCases = (try? GoldenCase.all(in: "Golden/queries", ext: "q")) ?? []
    static let fixtureCases = (try? GoldenCase.all(in: "Golden/fixture", ext: "q")) ?? []

    @Test func thereAreAtLeastFortyQueriesOnTheBundledCorpus() {
        #expect(Self.bundledCases.count >= 40)
    }

    @Test(arguments: bundledCases)
    func bundled(_ testCase: GoldenCase) throws {
        let (transcript, _) = Stores.transcript(of: try testCase.read(), name: testCase.description, kb: Stores.bundled)
        let mismatch = Golden.check(transcript, against: testCase.sibling("out"))
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
    }

    @Test(arguments: fixtureCases)
    func fixture(_ testCase: GoldenCase) throws {
        let (transcript, _) = Stores.transcript(of: try testCase.read(), name: testCase.description, kb: Stores.fixture, width: 80)
        let mismatch = Golden.check(transcript, against: testCase.sibling("out"))
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
    }
}
