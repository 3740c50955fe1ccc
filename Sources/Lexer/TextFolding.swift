/// Case- and accent-insensitive keys for names and text, so that `Théo`
/// matches `theo`, `META` matches `Meta` and `l’IA` matches `l'IA`.
public enum TextFolding {
    /// Lower-cased, diacritics removed, typographic apostrophes and dashes
    /// made plain, ligatures spelled out.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same for a run of scalars, without making a string first.
    public static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the folded form of one scalar as UTF-8; ASCII takes the fast path.
    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            return
        }
        if value >= latinStart, value < latinStart + UInt32(latinTable.count) {
            bytes.append(contentsOf: latinTable[Int(value - latinStart)])
            return
        }
        appendSlowly(scalar, to: &bytes)
    }

    private static func appendSlowly(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if let replacement = replacements[scalar] {
            bytes.append(contentsOf: replacement.utf8)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            UTF8.encode(base(of: lower)) { bytes.append($0) }
        }
    }

    /// Folded UTF-8 of U+00A0 to U+024F (accented Latin letters, most of what
    /// French text holds beyond ASCII), computed once.
    private static let latinStart: UInt32 = 0xA0
    private static let latinTable: [[UInt8]] = (latinStart..<0x250).map { value in
        var bytes: [UInt8] = []
        if let scalar = Unicode.Scalar(value) { appendSlowly(scalar, to: &bytes) }
        return bytes
    }

    /// Equal ignoring case; ASCII is compared byte by byte without making
    /// new strings (kind and field names are looked up this way often).
    public static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let fast: Bool? = a.withUTF8 { left in
            b.withUTF8 { right in
                guard left.count == right.count else { return false }
                for (x, y) in zip(left, right) {
                    if x >= 0x80 || y >= 0x80 { return nil }
                    let lowerX = (x >= 0x41 && x <= 0x5A) ? x | 0x20 : x
                    let lowerY = (y >= 0x41 && y <= 0x5A) ? y | 0x20 : y
                    if lowerX != lowerY { return false }
                }
                return true
            }
        }
        return fast ?? (a.lowercased() == b.lowercased())
    }

    /// The letter under an accent (`é` → `e`), from the canonical decomposition
    /// of Latin letters; other scalars are kept.
    static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        latinBases[scalar] ?? scalar
    }

    private static let replacements: [Unicode.Scalar: String] = [
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
        "–": "-", "—": "-", "‑": "-",
        "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
        "\u{00A0}": " ", "\u{202F}": " ",
    ]

    private static let latinBases: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"),
            ("g", "ĝğġģ"), ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"),
            ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"), ("r", "ŕŗř"),
            ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (base, accented) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
