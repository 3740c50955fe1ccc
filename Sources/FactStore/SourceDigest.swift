import Lexer

/// A file a store is loaded from, as a snapshot names it: by name, size
/// and content hash (its byte-order mark left out, as the loader reads it).
public struct SourceDigest: Equatable, Sendable {
    public let name: String
    public let size: Int
    public let hash: UInt64

    init(name: String, size: Int, hash: UInt64) {
        self.name = name
        self.size = size
        self.hash = hash
    }

    /// A file already read.
    init(_ source: SourceFile) {
        self.init(name: source.name, size: source.bytes.count, hash: ContentHash.of(source.bytes))
    }

    /// A file hashed as it is read, a few megabytes at a time into one
    /// buffer, never held whole; nil if it cannot be read.
    init?(name: String, path: String) {
        guard let (size, hash) = FileSystem.contentHash(regularFile: path, skipping: SeedFiles.byteOrderMark) else { return nil }
        self.init(name: name, size: size, hash: hash)
    }
}

extension SeedFiles {
    /// The schema, the manifest and each facts file, in that order.
    public var sources: [SourceDigest] {
        ([schema, manifest] + facts).map(SourceDigest.init)
    }
}
