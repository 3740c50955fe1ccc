import FactStore
import Lexer
import TestSupport
import Testing

/// One golden case per kind of loading error. `NAME.facts.kb` is added to
/// the fixture's facts, `NAME.schema.kb` replaces its schema and
/// `NAME.manifest.kb` its manifest; `NAME.*.err` holds every diagnostic, rendered.
@Suite struct LoaderGoldenTests {
    static let cases = (try? GoldenCase.all(in: "Golden/loader", ext: "kb")) ?? []

    @Test(arguments: cases)
    func golden(_ testCase: GoldenCase) throws {
        let source = SourceFile(name: testCase.input.lastPathComponent, bytes: try testCase.readBytes())
        let role = testCase.input.deletingPathExtension().pathExtension
        let files = switch role {
        case "schema": Fixture.files(schema: source, facts: [])
        case "manifest": Fixture.files(manifest: source, facts: [])
        default: Fixture.files(facts: [Fixture.source("facts/base.kb"), source])
        }
        do {
            _ = try Loader.load(files)
            Issue.record("\(testCase) loaded, but it holds an error")
        } catch {
            let mismatch = Golden.check(DiagnosticRenderer().render(error.diagnostics), against: testCase.sibling("err"))
            #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
        }
    }

    @Test func theFixtureItselfLoads() throws {
        let kb = try Loader.load(Fixture.files())
        #expect(kb.table(named: "companies")?.count == 4)
        #expect(kb.documents.map(\.id) == ["a", "b"])
    }
}
