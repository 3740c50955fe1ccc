#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot, read once from start to end. It is mapped into
/// memory rather than copied into an array: its hundreds of megabytes are
/// the page cache's, never the process's own, and the pages reading has
/// passed are given back as it goes (`release(from:to:)`), so that loading a
/// store holds its columns and a window of the file, not both whole. A
/// snapshot is only ever replaced whole (renamed over), never rewritten
/// where it lies, so the mapped bytes stay the file's while they are read.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// The file at `path`, mapped; nil if it cannot be opened or mapped.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else {
            (bytes, mapped) = (UnsafeRawBufferPointer(start: nil, count: 0), false)
            return
        }
        guard let start = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED else { return nil }
        (bytes, mapped) = (UnsafeRawBufferPointer(start: start, count: size), true)
    }

    /// A copy of bytes already in memory (for tests).
    init(_ array: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: array.count, alignment: 16)
        array.withUnsafeBytes { copy.copyMemory(from: $0) }
        (bytes, mapped) = (UnsafeRawBufferPointer(copy), false)
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            bytes.deallocate()
        }
    }

    /// Gives back the whole pages from `start` (a page boundary, or where
    /// the last release stopped) up to `end`: read again, they come back
    /// from the file, unchanged. Where the pages given back end.
    @discardableResult
    func release(from start: Int, to end: Int) -> Int {
        let first = (start + Self.page - 1) / Self.page * Self.page, last = min(end, bytes.count) / Self.page * Self.page
        guard mapped, last > first, let base = bytes.baseAddress else { return start }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, MADV_DONTNEED)
        return last
    }

    /// The hash of the bytes in `range` (`ContentHash`), each page given back once hashed.
    func contentHash(of range: Range<Int>) -> UInt64 {
        var released = range.lowerBound
        return ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[range]), step: Self.step) { passed in
            released = release(from: released, to: range.lowerBound + passed)
        }
    }

    /// How far reading goes between two releases.
    static let step = 8 << 20
    private static let page = Int(sysconf(Int32(_SC_PAGESIZE)))
}
