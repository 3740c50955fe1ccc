#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which build of the program is running: the GNU build id the linker
/// writes into the executable, a hash of its contents. What extraction
/// reads from an article depends on the program's code and word lists as
/// much as on the article, so its snapshot names the build that wrote it.
enum BuildIdentity {
    /// Read once, from the ELF notes of `/proc/self/exe`: its header, its
    /// program headers, its note segments, a few hundred bytes in all.
    /// Nil where there is none (another system, a binary linked without
    /// one): then nothing extracted is kept from one run to the next.
    static let current: [UInt8]? = read("/proc/self/exe")

    static func read(_ path: String) -> [UInt8]? {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard offset >= 0, count >= 0, count <= 1 << 20 else { return nil }
            var buffer = [UInt8](repeating: 0, count: count)
            let read = buffer.withUnsafeMutableBytes { pread(file, $0.baseAddress, count, off_t(offset)) }
            return read == count ? buffer : nil
        }
        // A 64-bit little-endian ELF file: "\u{7F}ELF", class 2, data 1.
        guard let header = bytes(at: 0, count: 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let programHeaders = Int(header.integer(at: 32, size: 8))
        let entrySize = Int(header.integer(at: 54, size: 2)), entries = Int(header.integer(at: 56, size: 2))
        guard entrySize >= 56, let table = bytes(at: programHeaders, count: entrySize * entries) else { return nil }
        for entry in 0..<entries where table.integer(at: entry * entrySize, size: 4) == 4 /* PT_NOTE */ {
            let offset = Int(table.integer(at: entry * entrySize + 8, size: 8))
            let size = Int(table.integer(at: entry * entrySize + 32, size: 8))
            if let notes = bytes(at: offset, count: size), let id = buildID(in: notes) { return id }
        }
        return nil
    }

    /// The description of the note named "GNU" of type 3 (NT_GNU_BUILD_ID).
    private static func buildID(in notes: [UInt8]) -> [UInt8]? {
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.integer(at: offset, size: 4)), size = Int(notes.integer(at: offset + 4, size: 4))
            let type = notes.integer(at: offset + 8, size: 4)
            let name = offset + 12, description = name + ((nameSize + 3) & ~3)
            guard description + size <= notes.count else { return nil }
            if type == 3, Array(notes[name..<name + nameSize]) == Array("GNU\0".utf8) {
                return Array(notes[description..<description + size])
            }
            offset = description + ((size + 3) & ~3)
        }
        return nil
    }
}

private extension [UInt8] {
    /// A little-endian unsigned integer of `size` bytes at `offset`, or 0 past the end.
    func integer(at offset: Int, size: Int) -> UInt64 {
        guard offset >= 0, offset + size <= count else { return 0 }
        return self[offset..<offset + size].reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
