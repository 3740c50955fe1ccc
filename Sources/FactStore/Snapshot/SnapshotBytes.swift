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
    mutating func write<T: FixedWidthInteger>(numbers: [T]) {
        write(numbers.count)
        numbers.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func write(doubles: [Double]) {
        write(doubles.count)
        doubles.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func write(raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against what
/// is left: a damaged snapshot throws, it never reads past its end.
struct SnapshotReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws(SnapshotDamage) -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else { throw SnapshotDamage() }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func uint64() throws(SnapshotDamage) -> UInt64 {
        let range = try take(8)
        var value: UInt64 = 0
        for index in range.reversed() { value = value << 8 | UInt64(bytes[index]) }
        return value
    }

    mutating func int() throws(SnapshotDamage) -> Int {
        let value = Int64(bitPattern: try uint64())
        guard let int = Int(exactly: value) else { throw SnapshotDamage() }
        return int
    }

    /// A count of elements of `size` bytes that fits in what is left.
    mutating func count(of size: Int = 1) throws(SnapshotDamage) -> Int {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / max(size, 1) else { throw SnapshotDamage() }
        return count
    }

    mutating func bool() throws(SnapshotDamage) -> Bool {
        let byte = bytes[try take(1).lowerBound]
        guard byte <= 1 else { throw SnapshotDamage() }
        return byte == 1
    }

    mutating func double() throws(SnapshotDamage) -> Double { Double(bitPattern: try uint64()) }

    mutating func string() throws(SnapshotDamage) -> String {
        let range = try take(try count())
        guard let text = String(validating: bytes[range], as: UTF8.self) else { throw SnapshotDamage() }
        return text
    }

    mutating func optionalString() throws(SnapshotDamage) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(SnapshotDamage) -> [String] {
        try (0..<count(of: 8)).map { _ throws(SnapshotDamage) in try string() }
    }

    mutating func numbers<T: FixedWidthInteger>(_: T.Type = T.self) throws(SnapshotDamage) -> [T] {
        let count = try count(of: MemoryLayout<T>.size)
        let range = try take(count * MemoryLayout<T>.size)
        return bytes[range].withUnsafeBytes { raw in
            Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
                initialized = count
            }
        }
    }

    mutating func doubles() throws(SnapshotDamage) -> [Double] {
        try numbers(UInt64.self).map(Double.init(bitPattern:))
    }

    mutating func raw() throws(SnapshotDamage) -> [UInt8] {
        Array(bytes[try take(try count())])
    }
}
