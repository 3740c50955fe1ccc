import Lexer

/// A token of prose for the amount reader.
struct AmountToken {
    enum Kind: Equatable {
        case number(Numeral)
        /// A folded word.
        case word(String)
        case symbol(Unicode.Scalar)
    }

    let kind: Kind
    /// Scalar offsets in the text.
    let range: Range<Int>
    let spaceBefore: Bool
    let isCapitalized: Bool
    /// A short word as written, for the case-sensitive codes and
    /// abbreviations (`USD`, `Md`, `bn`); nil for other words.
    var written: String?

    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    var numeral: Numeral? {
        if case .number(let numeral) = kind { return numeral }
        return nil
    }

    func isWord(_ text: String) -> Bool { word == text }

    func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        if case .symbol(let symbol) = kind { return symbol == scalar }
        return false
    }
}

/// Digits as written, read into a value: `4.500.000`, `7.200,50`, `6,4`,
/// `.25`, `2 000`, with a magnitude glued after (`10bn`, `20K`).
struct Numeral: Equatable {
    /// Plain decimal digits, `.` before the fraction: `4500000`, `6.4`, `0.25`.
    let digits: String
    /// Letters glued after the digits, as written (`bn`, `K`), when they
    /// are an abbreviation of a magnitude.
    let suffix: String?
    /// Four digits from 1900 to 2100 with nothing else: maybe a year.
    let isYear: Bool

    /// The value times ten to `exponent`, computed from the digits so that
    /// `6,4 milliards` is exactly 6400000000.
    func value(exponent: Int = 0) -> Double {
        Double(digits + "e" + String(exponent)) ?? .nan
    }
}

/// Splits prose into numbers, words and symbols. Digit grouping follows
/// the language where it is ambiguous: « 1.500 » is 1500 in French, "1.500"
/// 1.5 in English; a number whose separators fit no convention (`192.168.1.1`,
/// `3.1.2`) is left as a word, never read as some other number.
enum AmountTokenizer {
    static func tokens(of scalars: [Unicode.Scalar], language: Language?) -> [AmountToken] {
        var tokens: [AmountToken] = []
        var index = 0
        var sawSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if Words.isSpace(scalar) {
                sawSpace = true
                index += 1
                continue
            }
            // Apostrophes only join elided words (d’employés, jusqu'à): drop them.
            if scalar == "'" || scalar == "’" {
                index += 1
                continue
            }
            let start = index
            if Words.isDigit(scalar) || (scalar == "." && sawSpace && index + 1 < scalars.count && Words.isDigit(scalars[index + 1])) {
                var end = start
                while end < scalars.count, Words.isWordScalar(scalars[end]) || isSeparator(scalars, end) { end += 1 }
                if let (numeral, numberEnd) = NumeralReader(scalars: scalars, language: language).read(from: start) {
                    index = numberEnd
                    tokens.append(AmountToken(kind: .number(numeral), range: start..<index, spaceBefore: sawSpace, isCapitalized: false))
                } else {
                    // Separators that fit no convention: the whole run is one word, read as nothing.
                    index = max(end, start + 1)
                    tokens.append(word(scalars, start..<index, spaceBefore: sawSpace))
                }
            } else if Words.isWordScalar(scalar) {
                index = wordEnd(scalars, from: start)
                // A code glued to its number: USD1.5m, Rs500.
                var letters = start
                while letters < index, !Words.isDigit(scalars[letters]) { letters += 1 }
                if letters < index, letters > start, AmountLexicon.codes[String(String.UnicodeScalarView(scalars[start..<letters]))] != nil {
                    index = letters
                }
                tokens.append(word(scalars, start..<index, spaceBefore: sawSpace))
            } else {
                index += 1
                tokens.append(AmountToken(kind: .symbol(scalar), range: start..<index, spaceBefore: sawSpace, isCapitalized: false))
            }
            sawSpace = false
        }
        return tokens
    }

    static func word(_ scalars: [Unicode.Scalar], _ range: Range<Int>, spaceBefore: Bool) -> AmountToken {
        let first = scalars[range.lowerBound]
        let isCapitalized = first.isASCII ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
        let folded = TextFolding.fold(scalars[range])
        let mayBeCode = range.count <= 4 && (isCapitalized || AmountLexicon.abbreviations[folded] != nil)
        return AmountToken(kind: .word(folded), range: range, spaceBefore: spaceBefore, isCapitalized: isCapitalized,
                           written: mayBeCode ? String(String.UnicodeScalarView(scalars[range])) : nil)
    }

    static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, Words.isWordScalar(scalars[end]) { end += 1 }
        return max(end, start + 1)
    }

    static func isSeparator(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        (scalars[index] == "." || scalars[index] == ",") && index + 1 < scalars.count && Words.isDigit(scalars[index + 1])
    }
}

/// Reads one number's digits and separators.
struct NumeralReader {
    let scalars: [Unicode.Scalar]
    let language: Language?

    static let groupSpaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// The numeral starting at `start` and where it ends, or nil when the
    /// digits are glued to letters that are no magnitude (`H100s`, `2e`,
    /// `3D`) or their separators fit no convention.
    func read(from start: Int) -> (Numeral, Int)? {
        var index = start
        var groups: [String] = [digits(&index)]
        var separators: [Unicode.Scalar] = []
        while index + 1 < scalars.count, let separator = separator(at: index, after: groups) {
            index += 1
            separators.append(separator)
            groups.append(digits(&index))
        }
        guard let plain = interpret(groups: groups, separators: separators) else { return nil }
        var suffix: String?
        var letters = index
        while letters < scalars.count, scalars[letters].properties.isAlphabetic { letters += 1 }
        if letters > index {
            let written = String(String.UnicodeScalarView(scalars[index..<letters]))
            // A code glued after the number (`49USD`) is a token of its own.
            if AmountLexicon.codes[written] != nil, letters == scalars.count || !Words.isWordScalar(scalars[letters]) {
                return (Numeral(digits: plain, suffix: nil, isYear: false), index)
            }
            guard AmountLexicon.abbreviations[written] != nil, letters == scalars.count || !Words.isWordScalar(scalars[letters]) else {
                return nil
            }
            suffix = written
            index = letters
        } else if index < scalars.count, Words.isWordScalar(scalars[index]) {
            return nil
        }
        let isYear = separators.isEmpty && suffix == nil && groups[0].count == 4 && (1900...2100).contains(Int(groups[0]) ?? 0)
        return (Numeral(digits: plain, suffix: suffix, isYear: isYear), index)
    }

    func digits(_ index: inout Int) -> String {
        var text = ""
        while index < scalars.count, Words.isDigit(scalars[index]) {
            text.unicodeScalars.append(scalars[index])
            index += 1
        }
        return text
    }

    /// A separator followed by digits; a space only between groups of three
    /// (`2 000`, not `2024 100`).
    func separator(at index: Int, after groups: [String]) -> Unicode.Scalar? {
        let scalar = scalars[index]
        guard Words.isDigit(scalars[index + 1]) else { return nil }
        if scalar == "." || scalar == "," { return scalar }
        guard Self.groupSpaces.contains(scalar), groups.count == 1 ? groups[0].count <= 3 : groups.last?.count == 3 else { return nil }
        var end = index + 1
        while end < scalars.count, Words.isDigit(scalars[end]) { end += 1 }
        return end - index - 1 == 3 ? " " : nil
    }

    /// Plain digits for groups and separators, or nil when they fit no convention.
    func interpret(groups: [String], separators: [Unicode.Scalar]) -> String? {
        let integer = groups[0].isEmpty ? "0" : groups[0]
        guard !separators.isEmpty else { return integer }
        let marks = separators.filter { $0 != " " }
        let decimal: Unicode.Scalar?
        switch Set(marks).count {
        case 0: decimal = nil
        case 2:
            // Both marks: the last one, written once, is the decimal mark (7.200,50; 1,234.56).
            guard marks.filter({ $0 == marks.last }).count == 1, separators.last == marks.last else { return nil }
            decimal = marks.last
        default:
            if marks.count > 1 { decimal = nil } // 4.500.000, 1,000,000
            else if groups[groups.count - 1].count == 3, groups[0].count <= 3, groups[0] != "0", !groups[0].isEmpty, separators.last == marks[0] {
                decimal = ambiguousDecimal(marks[0])
            } else {
                decimal = separators.last == marks[0] ? marks[0] : nil
                if decimal == nil { return nil }
            }
        }
        var text = integer
        for (position, separator) in separators.enumerated() {
            let group = groups[position + 1]
            if separator == decimal {
                text += "." + group
            } else {
                // Grouping: exactly three digits, the first group at most three.
                guard group.count == 3, groups[0].count <= 3, !groups[0].isEmpty else { return nil }
                text += group
            }
        }
        return text
    }

    /// `1.500` or `1,500`: French writes the decimal with a comma and groups
    /// with a dot; English the other way round, which is also the reading
    /// when the language is not known.
    func ambiguousDecimal(_ mark: Unicode.Scalar) -> Unicode.Scalar? {
        switch language {
        case .french: mark == "," ? "," : nil
        case .english, nil: mark == "." ? "." : nil
        }
    }
}
