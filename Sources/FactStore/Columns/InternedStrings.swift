/// Strings stored once each: a row holds a small code into `values`
/// (the distinct strings, in the order first met), -1 where it has none.
/// Fields such as a status, a hedge or a cited document repeat a few
/// spellings over millions of rows.
struct InternedStrings: Sendable {
    private(set) var codes: [Int32] = []
    private(set) var values: [String] = []
    private var known: [String: Int32] = [:]

    subscript(row: Int) -> String? {
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
