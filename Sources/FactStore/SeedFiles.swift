import Foundation
import Lexer

/// The files a knowledge base is made from, laid out like `seeds/`:
///
///     schema.kb         the kinds and their typed fields
///     manifest.kb       one `document` record per article
///     corpus/*.txt      the articles, named by the manifest
///     facts/*.kb        the curated facts (optional)
public struct SeedFiles: Sendable {
    public var schema: SourceFile
    public var manifest: SourceFile
    public var facts: [SourceFile]
    /// Reads an article named by the manifest; nil when it does not exist.
    public var readDocument: @Sendable (String) -> [UInt8]?

    public init(schema: SourceFile, manifest: SourceFile, facts: [SourceFile], readDocument: @escaping @Sendable (String) -> [UInt8]?) {
        self.schema = schema
        self.manifest = manifest
        self.facts = facts
        self.readDocument = readDocument
    }

    /// Reads a folder laid out like `seeds/`. Problems with the folder itself
    /// (missing schema or manifest) are thrown as a message.
    public static func read(directory: URL) throws -> SeedFiles {
        let root = directory.path
        guard FileSystem.isDirectory(root) else { throw SeedError("no data folder at \(root)") }
        func source(_ name: String) throws -> SourceFile {
            let path = root + "/" + name
            guard let bytes = FileSystem.read(path), FileSystem.isFile(path) else {
                throw SeedError("\(path) is missing: a data folder holds schema.kb, manifest.kb, corpus/ and facts/")
            }
            return SourceFile(name: path, bytes: bytes)
        }
        let factNames = (FileSystem.list(root + "/facts") ?? []).filter { $0.hasSuffix(".kb") }.sorted()
        let facts = try factNames.map { try source("facts/" + $0) }
        return SeedFiles(schema: try source("schema.kb"), manifest: try source("manifest.kb"), facts: facts) { path in
            let full = path.hasPrefix("/") ? path : root + "/" + path
            return FileSystem.isFile(full) ? FileSystem.read(full) : nil
        }
    }

    /// The `seeds/` folder shipped with the project: `$AIQUERY_DATA` if set,
    /// else found beside the executable (`.build/release/repl` → `seeds/`),
    /// else in the source tree this was built from.
    public static func bundledDirectory(executable: String = CommandLine.arguments.first ?? "") -> URL {
        if let override = ProcessInfo.processInfo.environment["AIQUERY_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("seeds")
            if FileSystem.isFile(candidate.appendingPathComponent("schema.kb").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
    }
}

/// A data folder that cannot be read at all.
public struct SeedError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
