import Lexer

/// Finds the money amounts, percentages, lengths of time and counts a
/// text states, in French or English, normalised with the uncertainty
/// model of the fact store: `6,4 milliards de dollars`, `4.500.000 euros`,
/// `$60B`, `25 M€`, `GBP 2.5bn`, `vingt-trois millions d'euros`, `49 %`,
/// `entre 600 et 2 000 euros` (a range), `près de 200 milliards`
/// (approximate), `no more than $80 million` (at most), `une centaine
/// d'employés` (about 100), `pendant deux mois` (a duration), `des
/// milliards` (unquantified).
///
/// Years, dates, times, ages, points in time ("10 years ago") and the
/// numbers in names (`GPT-4.5`, `Grok 3`, `Llama 3.1 405B`) are not
/// amounts. docs/reference.md lists every form read and what is left out.
public struct AmountExtractor: Sendable {
    /// What an amount measures.
    public enum Measure: String, Sendable, CaseIterable {
        case money, percent, duration, counted, number
    }

    public struct Amount: Sendable, Equatable {
        public let value: Quantity
        /// `USD`, `EUR`, `%`, a unit of time (`years`), what is counted
        /// (`employees`, `GPUs`), or nil.
        public let unit: String?
        public let measure: Measure
        /// The words as written.
        public let text: String
        /// Where they are: offsets of Unicode scalars in the text read.
        public let range: Range<Int>
    }

    public init() {}

    /// The amounts of `text`; `language` settles the readings that differ
    /// between French and English, and is guessed from the text when nil.
    public func amounts(in text: String, language: Language? = nil) -> [Amount] {
        amounts(scalars: Array(text.unicodeScalars), language: language ?? Language.guess(text))
    }

    /// The same, over a text already cut into scalars (a line of the text layer).
    func amounts(scalars: [Unicode.Scalar], language: Language?) -> [Amount] {
        let tokens = AmountTokenizer.tokens(of: scalars, language: language)
        return AmountScanner(tokens: tokens, scalars: scalars, language: language).scan()
    }
}
