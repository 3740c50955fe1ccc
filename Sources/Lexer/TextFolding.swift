/// Case- and accent-insensitive keys for names and text, so that `Théo`
/// matches `theo`, `META` matches `Meta` and `l’IA` matches `l'IA`.
public enum TextFolding {
    /// Lower-cased, diacritics removed, typographic apostrophes and dashes
    /// made plain, ligatures spelled out.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(scalar.properties.lowercaseMapping.unicodeScalars.first!)
                continue
            }
            if let replacement = replacements[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                out.append(base(of: lower))
            }
        }
        return String(out)
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
