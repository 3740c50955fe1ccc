import FactStore
import Lexer

/// A word of a line: folded for matching, as written for names, where it
/// is, and what separates it from the word before.
struct Token: Sendable {
    let folded: String
    let range: Range<Int>
    /// Starts with a capital, or holds one (`xAI`).
    let isCapitalized: Bool
    /// Every letter a capital (`IO`, `PDG`).
    let isUpper: Bool
    /// The characters between the previous word and this one.
    let gap: String
    /// That gap ends a clause (`;`, `:`, a dash), or opens a bracket; the
    /// word is a clause break (« mais », "while"). Read once, asked often.
    let gapEndsClause: Bool
    let gapOpensBracket: Bool
    /// The gap holds a comma: asked at almost every word.
    let gapHasComma: Bool
    let isClauseBreak: Bool
    /// The sentence of the line it belongs to (0-based).
    let sentence: Int
}

/// The words of one line, split into sentences.
struct LineTokens {
    let text: String
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Token ranges of the sentences, in order.
    let sentences: [Range<Int>]
    /// The sentences' texts, as written.
    let sentenceTexts: [String]

    init(_ line: AnalysedLine) {
        text = line.text
        scalars = line.scalars
        let starts = Self.sentenceStarts(line.sentences, in: scalars)
        var tokens: [Token] = []
        var previousEnd = 0
        var sentence = 0
        for word in line.words {
            while sentence + 1 < starts.count, word.range.lowerBound >= starts[sentence + 1] { sentence += 1 }
            let (capitalized, upper) = Self.capitals(scalars[word.range])
            let between = scalars[previousEnd..<word.range.lowerBound]
            tokens.append(Token(folded: word.text, range: word.range, isCapitalized: capitalized, isUpper: upper,
                                gap: String(String.UnicodeScalarView(between)), gapEndsClause: Self.endsClause(between),
                                gapOpensBracket: between.contains("("), gapHasComma: between.contains(","),
                                isClauseBreak: Cues.clauseBreaks.contains(word.text), sentence: sentence))
            previousEnd = word.range.upperBound
        }
        self.tokens = tokens
        var ranges: [Range<Int>] = []
        var index = 0
        for number in line.sentences.indices {
            let start = index
            while index < tokens.count, tokens[index].sentence == number { index += 1 }
            ranges.append(start..<index)
        }
        sentences = ranges
        sentenceTexts = line.sentences
    }

    /// `;`, `:`, or a dash standing between spaces (« – », "—").
    private static func endsClause(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        for (offset, scalar) in zip(gap.indices, gap) {
            if scalar == ";" || scalar == ":" { return true }
            if scalar == "–" || scalar == "—", offset > gap.startIndex, offset + 1 < gap.endIndex,
               gap[offset - 1] == " ", gap[offset + 1] == " " { return true }
        }
        return false
    }

    /// Whether a word holds a capital, and whether all its letters are
    /// capitals; ASCII is answered without Unicode properties (slow to ask).
    private static func capitals(_ word: ArraySlice<Unicode.Scalar>) -> (Bool, Bool) {
        var anyUpper = false
        var anyLower = false
        for scalar in word {
            if scalar.isASCII {
                if scalar.value >= 0x41 && scalar.value <= 0x5A { anyUpper = true }
                if scalar.value >= 0x61 && scalar.value <= 0x7A { anyLower = true }
            } else if scalar.properties.isUppercase {
                anyUpper = true
            } else if scalar.properties.isLowercase {
                anyLower = true
            }
        }
        return (anyUpper, anyUpper && !anyLower)
    }

    /// Where each sentence starts in the line (they are cut from it, trimmed).
    private static func sentenceStarts(_ sentences: [String], in scalars: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        var position = 0
        for sentence in sentences {
            let needle = Array(sentence.unicodeScalars)
            var found = position
            while found + needle.count <= scalars.count, !scalars[found..<found + needle.count].elementsEqual(needle) { found += 1 }
            starts.append(found)
            position = found + needle.count
        }
        return starts
    }

    /// The text of tokens `first...last`, as written.
    func written(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(String.UnicodeScalarView(scalars[tokens[first].range.lowerBound..<tokens[last].range.upperBound]))
    }

    /// The token index at or after a scalar offset.
    func token(atScalar offset: Int) -> Int {
        tokens.firstIndex { $0.range.upperBound > offset } ?? tokens.count
    }

    /// The tokens a scalar range covers.
    func tokens(covering range: Range<Int>) -> Range<Int> {
        let first = token(atScalar: range.lowerBound)
        var last = first
        while last < tokens.count, tokens[last].range.lowerBound < range.upperBound { last += 1 }
        return first..<last
    }
}
