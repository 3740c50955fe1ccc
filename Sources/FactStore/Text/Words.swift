import Lexer

/// The words of a text for search and mentions: case- and accent-folded,
/// split at anything that is not a letter or a digit, so that French
/// elisions come apart (`d’OpenAI` gives `d`, `openai`). A decimal point or
/// comma between digits stays in the number (`3.5`, `6,4`).
///
/// Works on Unicode scalars (walking grapheme clusters is several times
/// slower); ranges are scalar offsets into the text.
public enum Words {
    public struct Word: Sendable, Equatable {
        public let text: String
        public let range: Range<Int>
    }

    public static func split(_ text: String) -> [Word] {
        split(Array(text.unicodeScalars))
    }

    /// The words of a text already cut into scalars (the text layer cuts
    /// each line once, for mentions and the extractor alike).
    public static func split(_ scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        for index in scalars.indices {
            let scalar = scalars[index]
            let insideNumber = (scalar == "." || scalar == ",") && start != nil && index + 1 < scalars.count
                && isDigit(scalars[index - 1]) && isDigit(scalars[index + 1])
            if isWordScalar(scalar) || insideNumber {
                if start == nil { start = index }
            } else if let first = start {
                words.append(word(scalars, first..<index))
                start = nil
            }
        }
        if let first = start { words.append(word(scalars, first..<scalars.count)) }
        return words
    }

    static func word(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Word {
        Word(text: TextFolding.fold(scalars[range]), range: range)
    }

    /// White space, with an ASCII fast path (Unicode properties are slow to ask).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
        return scalar.properties.isWhitespace
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// A light stem for search: plurals lose their final s or x
    /// (`centers` → `center`, `données` → `donnee`), so singular and plural
    /// find each other.
    public static func stem(_ word: String) -> String {
        guard word.count > 3, let last = word.last, last == "s" || last == "x", !word.hasSuffix("ss") else { return word }
        return String(word.dropLast())
    }
}
