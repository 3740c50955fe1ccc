/// A snapshot that cannot be read: too short, or not what was written.
/// It is never an error to the user: the store is loaded from its files.
struct SnapshotDamage: Error {}

/// Writes the parts of a snapshot: integers and doubles little-endian,
/// strings and arrays with their length first.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    /// An array of plain numbers, as its bytes (the machine's own order:
    /// a snapshot is read where it was written; see `StoreSnapshot.format`).
    mutating func write<T: BitwiseCopyable>(numbers: [T]) {
        write(numbers.count)
        numbers.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func write(raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// What a snapshot is, which version of it, and the machine's byte
    /// order (a snapshot is read where it was written): checked first.
    mutating func write(magic: String, version: Int) {
        write(magic)
        write(version)
        write(numbers: [SnapshotReader.byteOrderMark])
    }

    /// The files a store is loaded from (schema, manifest, facts files), each by name, size and content hash.
    mutating func write(sources: [SourceDigest]) {
        write(sources.count)
        for source in sources {
            write(source.name)
            write(source.size)
            write(source.hash)
        }
    }

    /// The bytes written, then their hash: what `SnapshotReader(sealed:)` checks.
    var sealed: [UInt8] {
        var sealed = bytes
        withUnsafeBytes(of: ContentHash.of(bytes).littleEndian) { sealed.append(contentsOf: $0) }
        return sealed
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against what
/// is left: a damaged snapshot throws, it never reads past its end.
struct SnapshotReader {
    private let source: MappedFile
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    /// Where reading stops: the snapshot's trailer is not read as its body.
    private let end: Int
    /// The pages before this offset have been given back to the file.
    private var released = 0

    /// The body of what `SnapshotWriter.sealed` gave, once its hash is checked.
    init(sealed source: MappedFile) throws(SnapshotDamage) {
        let bytes = source.bytes
        guard bytes.count >= 8 else { throw SnapshotDamage() }
        let trailer = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        guard source.contentHash(of: 0..<bytes.count - 8) == trailer else { throw SnapshotDamage() }
        self.source = source
        self.bytes = bytes
        self.end = bytes.count - 8
    }

    var isAtEnd: Bool { offset == end }

    /// Whether the sources named next are `sources`, in order.
    mutating func reads(sources: [SourceDigest]) throws(SnapshotDamage) -> Bool {
        guard try int() == sources.count else { return false }
        for source in sources {
            guard try string() == source.name, try int() == source.size, try uint64() == source.hash else { return false }
        }
        return true
    }

    static let byteOrderMark: UInt64 = 0x0102_0304_0506_0708

    /// Whether the snapshot is of this kind and version, written on a machine of this byte order.
    mutating func reads(magic: String, version: Int) throws(SnapshotDamage) -> Bool {
        guard try string() == magic, try int() == version else { return false }
        return try numbers(UInt64.self) == [Self.byteOrderMark]
    }

    private mutating func take(_ count: Int) throws(SnapshotDamage) -> Range<Int> {
        guard count >= 0, count <= end - offset else { throw SnapshotDamage() }
        if offset - released >= MappedFile.step { released = source.release(from: released, to: offset) }
        defer { offset += count }
        return offset..<offset + count
    }

    /// The bytes of a range `take` gave.
    private func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[range])
    }

    mutating func uint64() throws(SnapshotDamage) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8).lowerBound, as: UInt64.self))
    }

    mutating func int() throws(SnapshotDamage) -> Int {
        let value = Int64(bitPattern: try uint64())
        guard let int = Int(exactly: value) else { throw SnapshotDamage() }
        return int
    }

    /// A count of elements of `size` bytes that fits in what is left.
    mutating func count(of size: Int = 1) throws(SnapshotDamage) -> Int {
        let count = try int()
        guard count >= 0, count <= (end - offset) / max(size, 1) else { throw SnapshotDamage() }
        return count
    }

    mutating func bool() throws(SnapshotDamage) -> Bool {
        let byte = bytes[try take(1).lowerBound]
        guard byte <= 1 else { throw SnapshotDamage() }
        return byte == 1
    }

    mutating func double() throws(SnapshotDamage) -> Double { Double(bitPattern: try uint64()) }

    /// Bytes that are not UTF-8 (the body's hash makes that unlikely) are
    /// repaired, never trusted.
    mutating func string() throws(SnapshotDamage) -> String {
        String(decoding: slice(try take(try count())), as: UTF8.self)
    }

    mutating func optionalString() throws(SnapshotDamage) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(SnapshotDamage) -> [String] {
        try (0..<count(of: 8)).map { _ throws(SnapshotDamage) in try string() }
    }

    mutating func numbers<T: BitwiseCopyable>(_: T.Type = T.self) throws(SnapshotDamage) -> [T] {
        let count = try count(of: MemoryLayout<T>.size)
        let range = try take(count * MemoryLayout<T>.size)
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: slice(range))
            initialized = count
        }
    }

    mutating func raw() throws(SnapshotDamage) -> [UInt8] {
        Array(slice(try take(try count())))
    }
}
