/// Many strings in one buffer of UTF-8 bytes, each ending where the next
/// begins: no allocation per string. Evidence quotes are short, unique
/// and read only when shown.
struct PackedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    init() {}

    var count: Int { ends.count }

    subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: bytes[start..<ends[index]], as: UTF8.self)
    }

    /// The UTF-8 bytes of string `index`, as stored, without making a String.
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(bytes.count)
    }
}

extension PackedStrings {
    func write(to writer: inout SnapshotWriter) {
        writer.write(raw: bytes)
        writer.write(numbers: ends)
    }

    /// Ends must rise within the bytes (any bytes not UTF-8 are repaired when read).
    init(reading reader: inout SnapshotReader) throws(SnapshotDamage) {
        bytes = try reader.raw()
        ends = try reader.numbers()
        var start = 0
        for end in ends {
            guard end >= start, end <= bytes.count else { throw SnapshotDamage() }
            start = end
        }
    }
}
