#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

#if canImport(Glibc)
private let readBytes = Glibc.read
#elseif canImport(Darwin)
private let readBytes = Darwin.read
#endif

/// The few file operations loading needs, straight from the C library:
/// start-up reads a dozen small files, and Foundation's FileManager costs
/// more to set up than the reading itself.
enum FileSystem {
    /// What reading a regular file gave.
    enum Reading {
        case bytes([UInt8])
        /// Not a regular file, or none at all: what is there.
        case not(Kind)
        /// A symbolic link, when asked not to follow one.
        case link
        case tooLarge(size: Int)
        case unreadable
    }

    /// The bytes of a regular file of at most `limit` bytes, opened once
    /// and asked its kind and size through that descriptor (loading reads
    /// twenty thousand articles: every system call counts), read straight
    /// into an array of its size. A pipe or device is opened without
    /// waiting and never read. Without `followingLink`, a path that names
    /// a symbolic link is not opened (`.link`).
    static func read(regularFile path: String, limit: Int, followingLink: Bool = true) -> Reading {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLink ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            if errno == ELOOP { return followingLink ? .not(.linkLoop) : .link }
            return errno == ENOENT || errno == ENOTDIR ? .not(.missing) : .unreadable
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .not(.directory)
        default: return .not(.other)
        }
        let size = Int(status.st_size)
        guard size <= limit else { return .tooLarge(size: size) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < buffer.count {
                let got = readBytes(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { failed = got < 0; return }
                count += got
            }
        }
        return failed ? .unreadable : .bytes(bytes)
    }

    /// The size and `ContentHash` of a regular file's bytes, `prefix` left
    /// out where the file starts with it, read in steps into one buffer;
    /// nil if it cannot be read, or its size changed while it was.
    static func contentHash(regularFile path: String, skipping prefix: [UInt8]) -> (size: Int, hash: UInt64)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var head = [UInt8](repeating: 0, count: prefix.count)
        let skip = head.withUnsafeMutableBytes { fill($0, from: descriptor, at: 0) } == prefix.count && head == prefix ? prefix.count : 0
        let size = Int(status.st_size) - skip
        var stream = ContentHash.Stream(count: size)
        // A multiple of 32 bytes, no larger than the file needs (a small file
        // is most of a start-up): every step but the last is whole blocks.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(8 << 20, size / 32 * 32 + 32), alignment: 32)
        defer { buffer.deallocate() }
        var read = 0
        while true {
            let got = fill(buffer, from: descriptor, at: skip + read)
            guard got >= 0 else { return nil }
            read += got
            let blocks = got / 32 * 32
            stream.add(blocks: UnsafeRawBufferPointer(rebasing: buffer[0..<blocks]))
            guard got == buffer.count else {
                guard read == size else { return nil }
                return (size, stream.finish(UnsafeRawBufferPointer(rebasing: buffer[blocks..<got])))
            }
        }
    }

    /// Reads from `offset` until `buffer` is full or the file ends: how many bytes, or -1.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, at offset: Int) -> Int {
        var count = 0
        while count < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + count, buffer.count - count, off_t(offset + count))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return got < 0 ? -1 : count }
            count += got
        }
        return count
    }

    /// What is at a path, for messages that say what is wrong.
    enum Kind: Equatable {
        case file(size: Int)
        case directory
        case missing
        case linkLoop
        case other
    }

    static func kind(_ path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ELOOP ? .linkLoop : .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(status.st_size))
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The absolute path with every symbolic link resolved, or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A path's folder with every symbolic link resolved, and its name:
    /// the folder resolved once for all its files (`folders` keeps them);
    /// nil for a name that is `.`, `..` or empty, or a folder that cannot
    /// be resolved.
    static func realFolder(of path: String, folders: RealFolders) -> (folder: String, name: String)? {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard name != ".", name != "..", !name.isEmpty else { return nil }
        if let known = folders.known.withLock({ $0[folder] }) { return (known, name) }
        guard let real = realPath(folder) else { return nil }
        let prefix = real == "/" ? "" : real
        folders.known.withLock { $0[folder] = prefix }
        return (prefix, name)
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The names in a folder (without `.` and `..`), or nil if it cannot be listed.
    static func list(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// How many files `writeAtomically` began, for unique temporary names.
    private static let writes = Atomic<Int>(0)

    /// Writes `bytes` to a file beside `path`, then renames it over `path`
    /// (rename(2)): a reader sees the old file or the new one, never half
    /// of one. Creates the folder if it is missing; false if anything fails.
    static func writeAtomically(_ bytes: [UInt8], to path: String) -> Bool {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty, !isDirectory(folder), mkdir(folder, 0o755) != 0 { return false }
        // Unique within the process too: two sessions of one process may write the same snapshot.
        let temporary = path + ".partial-\(getpid())-\(writes.add(1, ordering: .relaxed).oldValue)"
        guard let file = fopen(temporary, "wb") else { return false }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard fclose(file) == 0, written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

/// The real paths of folders already resolved, shared by the reads of one data folder's articles.
final class RealFolders: Sendable {
    let known = Mutex<[String: String]>([:])
}
