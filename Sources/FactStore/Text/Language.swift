import Lexer

/// The language of a text, guessed from its function words: enough for the
/// readings that differ between French and English (« billion » is 10¹²
/// in French, "billion" 10⁹ in English; « 1.500 » is fifteen hundred, "1.500"
/// one and a half).
public enum Language: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"

    /// The language a document's metadata names (`fr`, `en`), or nil.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// The more likely of the two, or nil when the text gives no clear sign
    /// (too short, or as much of one as of the other).
    public static func guess(_ text: String) -> Language? {
        var french = 0
        var english = 0
        for word in Words.split(text) {
            if frenchWords.contains(word.text) { french += 1 }
            if englishWords.contains(word.text) { english += 1 }
        }
        if french > english { return .french }
        if english > french { return .english }
        return nil
    }

    /// The language of a document, from its opening lines (a few thousand
    /// characters are plenty).
    public static func guess(lines: [String]) -> Language? {
        var sample = ""
        for line in lines where sample.utf8.count < 4_000 { sample += line + " " }
        return guess(sample)
    }

    /// Short words frequent in one language and rare in the other (folded).
    static let frenchWords: Set<String> = [
        "le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "pour", "dans", "sur", "avec", "qui", "que",
        "au", "aux", "par", "pas", "ne", "son", "sa", "ses", "ce", "cette", "il", "elle", "ete", "ont", "sont",
        "selon", "d", "l", "qu", "n", "leur", "mais", "ou", "plus", "entre", "apres", "depuis", "nous", "vous",
    ]
    static let englishWords: Set<String> = [
        "the", "of", "and", "is", "was", "to", "in", "for", "on", "with", "that", "by", "at", "from", "its", "has",
        "have", "be", "are", "were", "said", "will", "which", "an", "this", "it", "as", "after", "than", "about",
        "into", "up", "would", "their", "or", "but", "over", "more", "between",
    ]
}
