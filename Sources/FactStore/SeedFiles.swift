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
    /// Reads an article named by the manifest, or says why it cannot.
    public var readDocument: @Sendable (String) -> Result<[UInt8], SeedError>
    /// The `.txt` files of `corpus/`, as `corpus/NAME.txt`, sorted: those the
    /// manifest does not list are loaded too.
    public var corpusFiles: [String]

    public init(schema: SourceFile, manifest: SourceFile, facts: [SourceFile], corpusFiles: [String] = [],
                readDocument: @escaping @Sendable (String) -> Result<[UInt8], SeedError>) {
        self.schema = schema
        self.manifest = manifest
        self.facts = facts
        self.corpusFiles = corpusFiles
        self.readDocument = readDocument
    }

    /// Reads a folder laid out like `seeds/`. Problems with the folder itself
    /// (missing schema or manifest, a file past its size limit) are thrown
    /// as a message. Articles are read only from inside the folder, after
    /// symbolic links are resolved.
    public static func read(directory: URL, limits: Limits = Limits()) throws -> SeedFiles {
        let root = directory.path
        guard FileSystem.isDirectory(root) else { throw SeedError("no data folder at \(root)") }
        func source(_ name: String) throws -> SourceFile {
            let path = root + "/" + name
            let bytes = try readFile(path, limit: .factsFileBytes, limits: limits) {
                "\(path) is missing: a data folder holds schema.kb, manifest.kb, corpus/ and facts/"
            }
            return SourceFile(name: path, bytes: withoutByteOrderMark(bytes))
        }
        let factNames = (FileSystem.list(root + "/facts") ?? []).filter { $0.hasSuffix(".kb") }.sorted()
        let facts = try factNames.map { try source("facts/" + $0) }
        let realRoot = FileSystem.realPath(root) ?? root
        let realFolders = RealFolders()
        let corpus = (FileSystem.list(root + "/corpus") ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { "corpus/" + $0 }
        return SeedFiles(schema: try source("schema.kb"), manifest: try source("manifest.kb"), facts: facts, corpusFiles: corpus) { path in
            Result {
                guard !path.hasPrefix("/") else { throw SeedError("'\(path)' is an absolute path; articles are named relative to the data folder") }
                guard let real = FileSystem.realPath(root + "/" + path, folders: realFolders) else {
                    return try readFile(root + "/" + path, limit: .articleBytes, limits: limits) { "cannot read '\(path)': no such file" }
                }
                guard real.hasPrefix(realRoot + "/") else { throw SeedError("'\(path)' is outside the data folder") }
                return try readFile(real, limit: .articleBytes, limits: limits) { "cannot read '\(path)': no such file" }
            }.mapError { $0 as? SeedError ?? SeedError(String(describing: $0)) }
        }
    }

    /// The bytes of a regular file within its size limit, or a message that
    /// says what is there instead.
    static func readFile(_ path: String, limit: Limits.Name, limits: Limits, missing: () -> String) throws -> [UInt8] {
        switch FileSystem.kind(path) {
        case .missing: throw SeedError(missing())
        case .directory: throw SeedError("\(path) is a folder, not a file")
        case .linkLoop: throw SeedError("\(path) cannot be read: its symbolic links make a loop")
        case .other: throw SeedError("\(path) is not a regular file")
        case .file(let size):
            guard size <= limits[limit] else {
                throw SeedError("\(path) is \(Limits.grouped(size)) bytes; a file holds " + limits.explain(limit))
            }
            guard let bytes = FileSystem.read(path) else { throw SeedError("cannot read \(path)") }
            return bytes
        }
    }

    /// A UTF-8 byte-order mark says nothing a reader needs: it is dropped.
    public static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
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
