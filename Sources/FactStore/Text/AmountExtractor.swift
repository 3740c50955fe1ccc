import Lexer

/// Finds the money amounts, percentages and counts a text states, in French
/// or English, normalised with the uncertainty model of the fact store:
/// `6,4 milliards de dollars`, `100 MILLIONS DE DOLLARS`, `$60B`, `€600`,
/// `1.5 billion`, `49 %`, `100k H100s`, `entre 600 et 2 000 euros` (a range),
/// `près de 200 milliards` (approximate), `jusqu'à 51 %` (at most), `une
/// centaine d'employés` (about 100), `des milliards` (unquantified).
///
/// Years, dates, times, durations and the numbers in names (`GPT-4.5`,
/// `Grok 3`, `Llama 3.1 405B`) are not amounts. "billion" is read as 10⁹,
/// its English sense.
public struct AmountExtractor {
    public struct Amount: Sendable, Equatable {
        public let value: Quantity
        /// `USD`, `EUR`, `%`, what is counted (`employees`, `GPUs`), or nil.
        public let unit: String?
        /// The words as written.
        public let text: String
    }

    public init() {}

    public func amounts(in text: String) -> [Amount] {
        Scanner(tokens: AmountTokenizer.tokens(of: text), scalars: Array(text.unicodeScalars)).scan()
    }
}

/// Walks the tokens of a text, reading amounts.
struct Scanner {
    let tokens: [AmountToken]
    let scalars: [Unicode.Scalar]

    init(tokens: [AmountToken], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
    }

    /// Left to right; an amount's tokens are not read again.
    func scan() -> [AmountExtractor.Amount] {
        var found: [AmountExtractor.Amount] = []
        var index = 0
        while index < tokens.count {
            if let (amount, end) = read(at: index) {
                found.append(amount)
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - One amount

    /// An amount whose number (or number word) is the token at `index`.
    func read(at index: Int) -> (AmountExtractor.Amount, Int)? {
        guard let start = number(at: index) else { return nil }
        var value = start.value
        var end = start.end
        var unit: Quantity.Unit = .none
        var counted: String?
        var precision = start.precision
        var first = index
        var high: Double?

        // A currency sign before the number: $60B, €600.
        if index > 0, case .symbol(let sign) = tokens[index - 1].kind, let currency = Currency(symbol: sign) {
            unit = .currency(currency)
            first = index - 1
        }
        // A range: entre 600 et 2 000, 3 à 4, between 5 and 7, 10-20.
        if let (second, secondEnd) = rangeEnd(after: end) {
            high = second.value
            end = secondEnd
        }
        let magnitude = magnitudeWord(after: end)
        if let (scale, last) = magnitude {
            value *= scale
            high = high.map { $0 * scale }
            end = last
        }
        // After a currency sign, what follows is what was bought ($10bn of chips), not the unit.
        if unit == .none, let (found, last) = unitAfter(end) {
            switch found {
            case .currency(let currency): unit = .currency(currency)
            case .percent: unit = .percent
            case .counted(let name): counted = name
            }
            end = last
        }
        let qualifier = qualifierBefore(first)
        let hasUnit = unit != .none || counted != nil
        guard start.isConfident || hasUnit || magnitude != nil || qualifier != nil else { return nil }
        if start.isYear, !hasUnit, magnitude == nil { return nil }
        if let (kind, qualifierStart) = qualifier {
            first = qualifierStart
            if precision == .exact { precision = kind }
        }
        if index > 0, tokens[index - 1].isWord("entre") || tokens[index - 1].isWord("between"), high != nil {
            first = min(first, index - 1)
        }
        let quantity: Quantity
        if precision == .unquantified {
            quantity = Quantity(unquantified: text(from: start.wordStart ?? index, to: end), unit: unit)
        } else if let high {
            quantity = Quantity(from: value, to: high, unit: unit)
        } else {
            switch precision {
            case .approximate: quantity = Quantity(approximately: value, unit: unit)
            case .atMost: quantity = Quantity(atMost: value, unit: unit)
            case .atLeast: quantity = Quantity(atLeast: value, unit: unit)
            default: quantity = Quantity(exactly: value, unit: unit)
            }
        }
        let unitName = counted ?? unit.code
        return (AmountExtractor.Amount(value: quantity, unit: unitName, text: text(from: first, to: end)), end)
    }

    struct Start {
        var value: Double
        var end: Int
        var precision: Quantity.Precision
        /// A magnitude suffix or a word like "centaine" makes it an amount by itself.
        var isConfident: Bool
        var isYear: Bool
        var wordStart: Int?
    }

    /// The number at `index`: digits, or words such as `quatre`, `une
    /// centaine`, `le milliard`, `des milliards`.
    func number(at index: Int) -> Start? {
        let token = tokens[index]
        switch token.kind {
        case .number(let value, let hasSuffix, let isYear):
            guard !isNamePart(index), !isDateOrTime(index) else { return nil }
            return Start(value: value, end: index, precision: .exact, isConfident: hasSuffix, isYear: isYear)
        case .word(let word):
            if ["des", "plusieurs", "several"].contains(word), index + 1 < tokens.count,
               case .word(let next) = tokens[index + 1].kind, NumberWords.magnitudes[next] != nil {
                return Start(value: 0, end: index, precision: .unquantified, isConfident: true, isYear: false, wordStart: index)
            }
            if ["un", "une", "le", "a", "one"].contains(word), index + 1 < tokens.count, case .word(let next) = tokens[index + 1].kind {
                if let (value, approximate) = NumberWords.collective[next] {
                    return Start(value: value, end: index + 1, precision: approximate ? .approximate : .exact, isConfident: true, isYear: false)
                }
                if NumberWords.magnitudes[next] != nil {
                    return Start(value: 1, end: index, precision: .exact, isConfident: false, isYear: false)
                }
            }
            if let value = NumberWords.cardinals[word], followedByCountedNoun(index) || magnitudeWord(after: index) != nil {
                return Start(value: value, end: index, precision: .exact, isConfident: false, isYear: false)
            }
            return nil
        default:
            return nil
        }
    }

    /// `Grok 3`, `Llama 3.1 405B`, `GPT-4.5`: a number right after a
    /// capitalised word or glued to a word by a hyphen belongs to a name.
    func isNamePart(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if case .symbol("-") = previous.kind, !tokens[index].spaceBefore, index > 1, case .word = tokens[index - 2].kind, !previous.spaceBefore {
            return true
        }
        if previous.isCapitalized, !isQualifierWord(previous), !hasUnit(after: index) { return true }
        if case .number = previous.kind, isNamePart(index - 1) { return true }
        return false
    }

    func isQualifierWord(_ token: AmountToken) -> Bool {
        guard case .word(let word) = token.kind else { return false }
        return ["entre", "between", "environ", "about", "around", "nearly", "pres", "autour", "jusqu", "up", "over", "plus", "moins"].contains(word)
    }

    func hasUnit(after index: Int) -> Bool {
        var end = index
        if let (_, last) = magnitudeWord(after: end) { end = last }
        return unitAfter(end) != nil
    }

    /// `30 juin`, `Jul 1, 2024`, `5:13 AM`.
    func isDateOrTime(_ index: Int) -> Bool {
        if index + 1 < tokens.count {
            if case .word(let next) = tokens[index + 1].kind, NumberWords.months.contains(next) { return true }
            if case .symbol(":") = tokens[index + 1].kind, !tokens[index + 1].spaceBefore { return true }
        }
        if index > 0, case .word(let previous) = tokens[index - 1].kind, NumberWords.months.contains(previous) { return true }
        if index > 0, case .symbol(":") = tokens[index - 1].kind, !tokens[index].spaceBefore { return true }
        return false
    }

    /// `milliards`, `millions`, `billion` (after `de`, as in "de milliards").
    func magnitudeWord(after index: Int) -> (Double, Int)? {
        guard index + 1 < tokens.count, case .word(let word) = tokens[index + 1].kind,
              let scale = NumberWords.magnitudes[word] else { return nil }
        return (scale, index + 1)
    }

    enum FoundUnit { case currency(Currency), percent, counted(String) }

    /// What follows: `%`, `pour cent`, `€`, `$`, `[de] dollars`, `d'euros`,
    /// `USD`, or a counted noun (`employés`, `H100s`).
    func unitAfter(_ index: Int) -> (FoundUnit, Int)? {
        var next = index + 1
        guard next < tokens.count else { return nil }
        switch tokens[next].kind {
        case .symbol("%"): return (.percent, next)
        case .symbol(let sign) where sign != "$":
            if let currency = Currency(symbol: sign) { return (.currency(currency), next) }
            return nil
        default: break
        }
        if tokens[next].isWord("pour"), next + 1 < tokens.count, tokens[next + 1].isWord("cent") { return (.percent, next + 1) }
        if tokens[next].isWord("percent") || tokens[next].isWord("per") && next + 1 < tokens.count && tokens[next + 1].isWord("cent") {
            return (.percent, tokens[next].isWord("per") ? next + 1 : next)
        }
        if ["de", "d", "des", "of"].contains(tokens[next].word ?? ""), next + 1 < tokens.count { next += 1 }
        guard case .word(let word) = tokens[next].kind else { return nil }
        if let currency = NumberWords.currencies[word] { return (.currency(currency), next) }
        if let noun = NumberWords.countedNoun(word) { return (.counted(noun), next) }
        return nil
    }

    func followedByCountedNoun(_ index: Int) -> Bool {
        if case .counted? = unitAfter(index)?.0 { return true }
        return false
    }

    /// `et 2 000`, `à 4`, `and 7`, `-20`, `to 3`.
    func rangeEnd(after index: Int) -> (Start, Int)? {
        guard index + 2 < tokens.count else { return nil }
        let joiner = tokens[index + 1]
        let isJoiner = joiner.isWord("et") || joiner.isWord("a") || joiner.isWord("and") || joiner.isWord("to")
            || { if case .symbol(let s) = joiner.kind { return s == "-" || s == "–" } else { return false } }()
        guard isJoiner, case .number = tokens[index + 2].kind, let second = number(at: index + 2) else { return nil }
        if joiner.isWord("et") || joiner.isWord("and") {
            guard index > 0, tokens[index - 1].isWord("entre") || tokens[index - 1].isWord("between") else { return nil }
        }
        return (second, second.end)
    }

    /// `près de`, `environ`, `autour des`, `jusqu'à`, `au moins`, `plus de`,
    /// `a dépassé le`, `up to`, `about`, `more than`, `at least`...
    func qualifierBefore(_ index: Int) -> (Quantity.Precision, Int)? {
        let words = (max(0, index - 3)..<index).map { tokens[$0].word ?? "" }
        func ends(with phrase: [String]) -> Int? {
            guard words.count >= phrase.count, Array(words.suffix(phrase.count)) == phrase else { return nil }
            return index - phrase.count
        }
        let phrases: [([String], Quantity.Precision)] = [
            (["pres", "de"], .approximate), (["environ"], .approximate), (["autour", "de"], .approximate),
            (["autour", "des"], .approximate), (["about"], .approximate), (["around"], .approximate),
            (["nearly"], .approximate), (["roughly"], .approximate), (["approximately"], .approximate), (["some"], .approximate),
            (["jusqu", "a"], .atMost), (["up", "to"], .atMost), (["moins", "de"], .atMost), (["less", "than"], .atMost),
            (["au", "moins"], .atLeast), (["plus", "de"], .atLeast), (["more", "than"], .atLeast), (["at", "least"], .atLeast),
            (["over"], .atLeast), (["depasse", "le"], .atLeast), (["depasse"], .atLeast), (["exceeded"], .atLeast),
        ]
        for (phrase, precision) in phrases {
            if let start = ends(with: phrase) { return (precision, start) }
        }
        return nil
    }

    func text(from first: Int, to last: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
        return String(view)
    }
}
