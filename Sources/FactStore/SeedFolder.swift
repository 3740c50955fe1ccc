import Foundation
import Lexer

/// A data folder before its facts files are read: its schema and manifest
/// read, its facts files found and checked (each a regular file within
/// its size limit), its articles listed. Enough to tell whether the
/// folder's snapshot still holds (`sources()`, the facts files hashed as
/// they are read a few megabytes at a time, never held) and to read its
/// articles; `files()` reads the rest, for the loader.
public struct SeedFolder: Sendable {
    public let schema: SourceFile
    public let manifest: SourceFile
    /// Each facts file by the name diagnostics give it (its path) and its size.
    let factsFiles: [(name: String, size: Int)]
    /// Reads an article named by the manifest, or says why it cannot.
    public let readDocument: @Sendable (String) -> Result<[UInt8], SeedError>
    /// The `.txt` files of `corpus/`, as `corpus/NAME.txt`, sorted.
    public let corpusFiles: [String]
    private let limits: Limits

    /// Problems with the folder itself (missing schema or manifest, a file
    /// past its size limit) are thrown as a message. Articles are read only
    /// from inside the folder, after symbolic links are resolved.
    public static func read(directory: URL, limits: Limits = Limits()) throws -> SeedFolder {
        let root = directory.path
        guard FileSystem.isDirectory(root) else { throw SeedError("no data folder at \(root)") }
        func source(_ name: String) throws -> SourceFile {
            let path = root + "/" + name
            return SourceFile(name: path, bytes: SeedFiles.withoutByteOrderMark(try SeedFiles.readFile(path, limit: .factsFileBytes, limits: limits) {
                Self.missing(path)
            }))
        }
        let factNames = (FileSystem.list(root + "/facts") ?? []).filter { $0.hasSuffix(".kb") }.sorted()
        let facts = try factNames.map { name in
            let path = root + "/facts/" + name
            return (path, try SeedFiles.checkFile(path, limit: .factsFileBytes, limits: limits) { Self.missing(path) })
        }
        let realRoot = FileSystem.realPath(root) ?? root
        let realFolders = RealFolders()
        let corpus = (FileSystem.list(root + "/corpus") ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { "corpus/" + $0 }
        return SeedFolder(schema: try source("schema.kb"), manifest: try source("manifest.kb"), factsFiles: facts, readDocument: { path in
            Result {
                guard !path.hasPrefix("/") else { throw SeedError("'\(path)' is an absolute path; articles are named relative to the data folder") }
                let full = root + "/" + path
                let missing = { "cannot read '\(path)': no such file" }
                // Most articles are files in a folder of the data folder: the folder is resolved
                // once, and the file opened only if it is no link. Anything else is resolved whole.
                if let (folder, name) = FileSystem.realFolder(of: full, folders: realFolders), (folder + "/" + name).hasPrefix(realRoot + "/"),
                   let bytes = try SeedFiles.readFile(folder + "/" + name, limit: .articleBytes, limits: limits, followingLink: false, missing: missing) {
                    return bytes
                }
                guard let real = FileSystem.realPath(full) else { return try SeedFiles.readFile(full, limit: .articleBytes, limits: limits, missing: missing) }
                guard real.hasPrefix(realRoot + "/") else { throw SeedError("'\(path)' is outside the data folder") }
                return try SeedFiles.readFile(real, limit: .articleBytes, limits: limits, missing: missing)
            }.mapError { $0 as? SeedError ?? SeedError(String(describing: $0)) }
        }, corpusFiles: corpus, limits: limits)
    }

    private static func missing(_ path: String) -> String {
        "\(path) is missing: a data folder holds schema.kb, manifest.kb, corpus/ and facts/"
    }

    /// Every file of the folder, its facts files read (and checked again).
    public func files() throws -> SeedFiles {
        let facts = try factsFiles.map { name, _ in
            SourceFile(name: name, bytes: SeedFiles.withoutByteOrderMark(try SeedFiles.readFile(name, limit: .factsFileBytes, limits: limits) {
                Self.missing(name)
            }))
        }
        return SeedFiles(schema: schema, manifest: manifest, facts: facts, corpusFiles: corpusFiles, readDocument: readDocument)
    }

    /// The schema, the manifest and each facts file by name, size and
    /// hash, as `SeedFiles.sources` gives them once read; nil if a facts
    /// file cannot be read.
    public func sources() -> [SourceDigest]? {
        var sources = [SourceDigest(schema), SourceDigest(manifest)]
        for (name, _) in factsFiles {
            guard let digest = SourceDigest(name: name, path: name) else { return nil }
            sources.append(digest)
        }
        return sources
    }

    /// How many bytes the facts files hold, as found.
    var factBytes: Int { factsFiles.reduce(0) { $0 + $1.size } }
}
