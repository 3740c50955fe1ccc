/// Splits a line of French (or English) prose into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by a space and the
/// start of a new sentence (a capital, a digit, an opening quote or an
/// emoji). It does not end inside « guillemets » or “quotes”, after a
/// one-letter initial or a title (`M.`, `Dr.`), or inside a number
/// (`6.4`). A line with no end mark (a heading, a list item) is one sentence.
/// Works on Unicode scalars, for speed.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = ["m", "mme", "mlle", "dr", "pr", "st", "ste", "etc", "cf", "p", "vs", "mr", "mrs", "inc", "no"]

    public static func split(_ line: String) -> [String] {
        let scalars = Array(line.unicodeScalars)
        let bytes = Array(line.utf8)
        // The UTF-8 offset of each scalar, so sentences are cut from the bytes.
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() { offsets[index + 1] = offsets[index] + UTF8.width(scalar) }
        func append(_ slice: ArraySlice<Unicode.Scalar>, to sentences: inout [String]) {
            var lower = slice.startIndex
            var upper = slice.endIndex
            while lower < upper, Words.isSpace(scalars[lower]) { lower += 1 }
            while upper > lower, Words.isSpace(scalars[upper - 1]) { upper -= 1 }
            guard scalars[lower..<upper].contains(where: Words.isWordScalar) else { return }
            sentences.append(String(decoding: bytes[offsets[lower]..<offsets[upper]], as: UTF8.self))
        }
        var sentences: [String] = []
        var start = 0
        var quoteDepth = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "«" || scalar == "“" { quoteDepth += 1 }
            if scalar == "»" || scalar == "”" {
                quoteDepth = max(0, quoteDepth - 1)
                // « ... monde. » Et après ? — a quotation that ends a sentence.
                var before = index - 1
                while before > start, Words.isSpace(scalars[before]) { before -= 1 }
                if quoteDepth == 0, before > start, isTerminator(scalars[before]),
                   endsSentence(scalars, terminator: before, next: index + 1) {
                    append(scalars[start...index], to: &sentences)
                    start = index + 1
                    index += 1
                    continue
                }
            }
            if isTerminator(scalar), quoteDepth == 0 {
                var end = index + 1
                while end < scalars.count, isTerminator(scalars[end]) || isClosing(scalars[end]) { end += 1 }
                if endsSentence(scalars, terminator: index, next: end) {
                    append(scalars[start..<end], to: &sentences)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        append(scalars[start...], to: &sentences)
        return sentences
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == "”" || scalar == "\"" || scalar == ")" || scalar == "’"
    }

    /// A terminator ends the sentence when white space follows and then
    /// something that can start one, and the word before is not an abbreviation.
    static func endsSentence(_ scalars: [Unicode.Scalar], terminator: Int, next: Int) -> Bool {
        guard next < scalars.count else { return true }
        guard Words.isSpace(scalars[next]) else { return false }
        var start = next
        while start < scalars.count, Words.isSpace(scalars[start]) { start += 1 }
        guard start < scalars.count else { return true }
        let first = scalars[start]
        let startsSentence = first.properties.isUppercase || Words.isDigit(first) || "«“\"(–—-".unicodeScalars.contains(first)
            || first.properties.isEmojiPresentation || (first.properties.isEmoji && first.value > 0xFF)
        guard startsSentence else { return false }
        if scalars[terminator] == "." {
            var wordStart = terminator
            while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[wordStart..<terminator])
            let text = String(word)
            if text.unicodeScalars.count == 1, scalars[wordStart].properties.isUppercase { return false }
            if abbreviations.contains(text.lowercased()) { return false }
        }
        return true
    }
}
