/// Strings stored once each: a row holds a small code into `values`
/// (the distinct strings, in the order first met), -1 where it has none.
/// Fields such as a status, a hedge or a cited document repeat a few
/// spellings over millions of rows.
public struct InternedStrings: Sendable {
    public private(set) var codes: [Int32] = []
    public private(set) var values: [String] = []
    private var known: [String: Int32] = [:]

    init() {}

    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : values[Int(code)]
    }

    mutating func append(_ text: String?) {
        codes.append(code(for: text))
    }

    mutating func set(_ text: String?, row: Int) {
        codes[row] = code(for: text)
    }

    private mutating func code(for text: String?) -> Int32 {
        guard let text else { return -1 }
        if let code = known[text] { return code }
        let code = Int32(values.count)
        known[text] = code
        values.append(text)
        return code
    }
}

extension InternedStrings {
    func write(to writer: inout SnapshotWriter) {
        writer.write(numbers: codes)
        writer.write(values)
    }

    /// Every code must name one of the strings, or none (-1).
    init(reading reader: inout SnapshotReader) throws(SnapshotDamage) {
        codes = try reader.numbers()
        values = try reader.strings()
        let bound = Int32(values.count)
        guard codes.allSatisfy({ $0 >= -1 && $0 < bound }) else { throw SnapshotDamage() }
        known = Dictionary(values.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
