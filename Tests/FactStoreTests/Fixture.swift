import FactStore
import Foundation
import Lexer

/// The small knowledge base of `Fixture/`, with any of its files replaced,
/// named by relative paths so rendered diagnostics are the same everywhere.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixture")

    static func source(_ relativePath: String) -> SourceFile {
        SourceFile(name: relativePath, bytes: Array(FileManager.default.contents(atPath: folder.appendingPathComponent(relativePath).path)!))
    }

    static func files(schema: SourceFile? = nil, manifest: SourceFile? = nil, facts: [SourceFile]? = nil) -> SeedFiles {
        SeedFiles(
            schema: schema ?? source("schema.kb"),
            manifest: manifest ?? source("manifest.kb"),
            facts: facts ?? [source("facts/base.kb")]
        ) { path in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
                return .failure(SeedError("cannot read '\(path)': no such file"))
            }
            return .success(Array(data))
        }
    }
}
