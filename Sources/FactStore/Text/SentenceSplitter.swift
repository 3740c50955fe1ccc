/// Splits a line of French (or English) prose into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by a space and the
/// start of a new sentence (a capital, a digit, an opening quote or an
/// emoji). It does not end inside « guillemets », after a one-letter
/// initial or a title (`M.`, `Dr.`), or inside a number (`6.4`, `6,4`). A
/// line that has no end mark (a heading, a list item) is one sentence.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = ["m", "mme", "mlle", "dr", "pr", "st", "ste", "etc", "cf", "p", "vs", "mr", "mrs", "inc", "no"]

    public static func split(_ line: String) -> [String] {
        let characters = Array(line)
        var sentences: [String] = []
        var start = 0
        var quoteDepth = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "«" || character == "“" { quoteDepth += 1 }
            if character == "»" || character == "”" { quoteDepth = max(0, quoteDepth - 1) }
            if isTerminator(character), quoteDepth == 0 {
                var end = index + 1
                while end < characters.count, isTerminator(characters[end]) || isClosing(characters[end]) { end += 1 }
                if endsSentence(characters, terminator: index, next: end) {
                    append(characters[start..<end], to: &sentences)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        append(characters[start...], to: &sentences)
        return sentences
    }

    private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let text = String(slice).trimmingSpaces()
        if text.contains(where: { $0.isLetter || $0.isNumber }) { sentences.append(text) }
    }

    static func isTerminator(_ character: Character) -> Bool {
        character == "." || character == "!" || character == "?" || character == "…"
    }

    static func isClosing(_ character: Character) -> Bool {
        character == "»" || character == "”" || character == "\"" || character == ")" || character == "’"
    }

    /// A terminator ends the sentence when white space follows and then
    /// something that can start one, and the word before is not an abbreviation.
    static func endsSentence(_ characters: [Character], terminator: Int, next: Int) -> Bool {
        guard next < characters.count else { return true }
        guard characters[next].isWhitespace else { return false }
        var start = next
        while start < characters.count, characters[start].isWhitespace { start += 1 }
        guard start < characters.count else { return true }
        let first = characters[start]
        let startsSentence = first.isUppercase || first.isNumber || "«“\"(–—-".contains(first)
            || first.unicodeScalars.first.map { $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0xFF } == true
        guard startsSentence else { return false }
        if characters[terminator] == "." {
            var wordStart = terminator
            while wordStart > 0, characters[wordStart - 1].isLetter { wordStart -= 1 }
            let word = String(characters[wordStart..<terminator]).lowercased()
            if word.count == 1 && characters[wordStart].isUppercase { return false }
            if abbreviations.contains(word) { return false }
        }
        return true
    }
}

extension String {
    func trimmingSpaces() -> String {
        var characters = Substring(self)
        while characters.first?.isWhitespace == true { characters.removeFirst() }
        while characters.last?.isWhitespace == true { characters.removeLast() }
        return String(characters)
    }
}
