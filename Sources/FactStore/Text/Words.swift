import Lexer

/// The words of a text for search and mentions: case- and accent-folded,
/// split at anything that is not a letter or a digit, so that French
/// elisions come apart (`d’OpenAI` gives `d`, `openai`).
public enum Words {
    public struct Word: Sendable, Equatable {
        public let text: String
        /// Character offsets of the word in the original text.
        public let range: Range<Int>
    }

    public static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        let characters = Array(text)
        for (offset, character) in characters.enumerated() {
            // A decimal point or comma between digits stays in the number: 3.5, 6,4.
            let insideNumber = (character == "." || character == ",") && offset > 0 && offset + 1 < characters.count
                && characters[offset - 1].isNumber && characters[offset + 1].isNumber && !current.isEmpty
            if character.isLetter || character.isNumber || insideNumber {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                words.append(Word(text: TextFolding.fold(current), range: start..<offset))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Word(text: TextFolding.fold(current), range: start..<characters.count)) }
        return words
    }

    /// A light stem for search: plurals lose their final s or x
    /// (`centers` → `center`, `données` → `donnee`), so singular and plural
    /// find each other.
    public static func stem(_ word: String) -> String {
        guard word.count > 3, let last = word.last, last == "s" || last == "x", !word.hasSuffix("ss") else { return word }
        return String(word.dropLast())
    }
}
