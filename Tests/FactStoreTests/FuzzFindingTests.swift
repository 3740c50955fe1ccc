import FactStore
import Foundation
import Lexer
import Testing

/// What the fuzzers found, each kept as a case before it was fixed (the
/// raw inputs are also in `Fuzz/Regressions/`, which seed every fuzz run).
@Suite struct FuzzFindingTests {
    static func files(schema: String, manifest: String, article: String? = nil) -> SeedFiles {
        SeedFiles(schema: SourceFile(name: "schema.kb", text: schema), manifest: SourceFile(name: "manifest.kb", text: manifest),
                  facts: []) { path in
            guard path == "corpus/a.txt", let article else { return .failure(SeedError("cannot read '\(path)': no such file")) }
            return .success(Array(article.utf8))
        }
    }

    /// FuzzLoader, crash-2f81daf9: a document whose kind has a `fact` field
    /// and that is itself rejected (its file cannot be read) left a pending
    /// reference to a row that was never added: index out of range.
    @Test func aRejectedDocumentWithAFactFieldIsAnErrorNotACrash() {
        let schema = "kind documents (document) {\n  titled: fact\n  file: text\n}\n"
        let manifest = "document \"a\" {\n  file: \"corpus/missing.txt\"\n  titled: a\n}\n"
        #expect(throws: DiagnosticList.self) { try Loader.load(Self.files(schema: schema, manifest: manifest)) }
    }

    /// The same field on a document that loads points at the right row.
    @Test func aDocumentsFactFieldResolves() throws {
        let schema = "kind documents (document) {\n  titled: fact\n  file: text\n}\n"
        let manifest = "document \"z\" {\n  file: \"corpus/a.txt\"\n}\n\ndocument \"a\" {\n  file: \"corpus/a.txt\"\n  titled: z\n}\n"
        let kb = try Loader.load(Self.files(schema: schema, manifest: manifest, article: "Une ligne.\n"))
        let documents = try #require(kb.table(named: "documents"))
        #expect(documents.value(row: 1, named: "titled") == .fact(FactRef(kind: 0, row: 0)))
        #expect(documents.value(row: 0, named: "titled") == nil)
    }
}
