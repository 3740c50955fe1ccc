#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A large file read once from start to end: a snapshot, or a facts file
/// hashed to tell whether its snapshot still holds. It is mapped into
/// memory rather than copied into an array: its hundreds of megabytes are
/// the page cache's, never the process's own, and the pages reading has
/// passed are given back as it goes (`release(_:)`), so that loading a
/// store holds its columns and a window of the file, not both whole.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// The file at `path`, mapped; nil if it cannot be opened or mapped.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY)
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

    /// A copy of bytes already in memory (tests, and snapshots just written).
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

    /// Gives back the whole pages within `range`: read again, they come
    /// back from the file, unchanged.
    func release(_ range: Range<Int>) {
        guard mapped, let base = bytes.baseAddress else { return }
        let start = (range.lowerBound + Self.page - 1) / Self.page * Self.page
        let end = min(range.upperBound, bytes.count) / Self.page * Self.page
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    /// The hash of the bytes in `range` (`ContentHash`), each page given back once hashed.
    func contentHash(of range: Range<Int>) -> UInt64 {
        var hashed = range.lowerBound
        return ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[range])) { passed in
            release(hashed..<range.lowerBound + passed)
            hashed = range.lowerBound + passed
        }
    }

    /// How far reading goes between two releases.
    static let step = 8 << 20
    private static let page = Int(sysconf(Int32(_SC_PAGESIZE)))
}
