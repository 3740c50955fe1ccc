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

    /// Reads a folder laid out like `seeds/`, every file of it
    /// (`SeedFolder.read`, then `files()`).
    public static func read(directory: URL, limits: Limits = Limits()) throws -> SeedFiles {
        try SeedFolder.read(directory: directory, limits: limits).files()
    }

    /// The bytes of a regular file within its size limit, or a message that
    /// says what is there instead.
    static func readFile(_ path: String, limit: Limits.Name, limits: Limits, missing: () -> String) throws -> [UInt8] {
        guard let bytes = try readFile(path, limit: limit, limits: limits, followingLink: true, missing: missing) else {
            throw SeedError("cannot read \(path)")
        }
        return bytes
    }

    /// The same, or nil when `path` names a symbolic link and `followingLink` is false.
    static func readFile(_ path: String, limit: Limits.Name, limits: Limits, followingLink: Bool, missing: () -> String) throws -> [UInt8]? {
        switch FileSystem.read(regularFile: path, limit: limits[limit], followingLink: followingLink) {
        case .bytes(let bytes): return bytes
        case .link: return nil
        case .not(let kind): throw problem(path, kind, missing: missing)
        case .tooLarge(let size): throw tooLarge(path, size, limit: limit, limits: limits)
        case .unreadable: throw SeedError("cannot read \(path)")
        }
    }

    /// The size of a regular file within its size limit, or a message that
    /// says what is there instead.
    @discardableResult
    static func checkFile(_ path: String, limit: Limits.Name, limits: Limits, missing: () -> String) throws -> Int {
        switch FileSystem.kind(path) {
        case .file(let size):
            guard size <= limits[limit] else { throw tooLarge(path, size, limit: limit, limits: limits) }
            return size
        case let kind: throw problem(path, kind, missing: missing)
        }
    }

    /// What is wrong with what is at `path`, said so.
    private static func problem(_ path: String, _ kind: FileSystem.Kind, missing: () -> String) -> SeedError {
        switch kind {
        case .missing: SeedError(missing())
        case .directory: SeedError("\(path) is a folder, not a file")
        case .linkLoop: SeedError("\(path) cannot be read: its symbolic links make a loop")
        case .other, .file: SeedError("\(path) is not a regular file")
        }
    }

    private static func tooLarge(_ path: String, _ size: Int, limit: Limits.Name, limits: Limits) -> SeedError {
        SeedError("\(path) is \(Limits.grouped(size)) bytes; a file holds " + limits.explain(limit))
    }

    /// A UTF-8 byte-order mark says nothing a reader needs: it is dropped.
    public static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

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
