import Lexer

/// The unit an amount's words give.
enum AmountUnit: Equatable {
    case currency(String)
    case percent
    case duration(String)
    case counted(String)
}

/// One amount as it is being read: its value (or range), unit, precision
/// and the tokens it spans.
struct Reading {
    var low: Double
    var high: Double?
    var precision: Quantity.Precision
    var unit: AmountUnit?
    /// The first and last tokens of the amount's words.
    var first: Int
    var last: Int
    /// The first token of the number itself (after signs and currency signs).
    var numberStart: Int
    var exponent: Int?
    var isArticle = false
    /// `une centaine`, `une dizaine`: `de` may follow (`une dizaine d'années`).
    var isCollective = false
    /// Words only, no magnitude or unit yet: not an amount by itself.
    var needsUnit: Bool
    var isYear = false
    /// A magnitude that makes an amount only with a unit (`100k H100s`, not `4K`).
    var weakMagnitude = false
}

/// Walks the tokens of a text, reading amounts left to right; an amount's
/// tokens are not read again. Extensions: `+Numbers` (what starts an
/// amount), `+Units` (currencies, percentages, time, counted things),
/// `+Bounds` (qualifiers and ranges).
struct AmountScanner {
    let tokens: [AmountToken]
    let scalars: [Unicode.Scalar]
    let language: Language?
    /// The languages whose words apply: the text's, or both when unknown.
    let languages: [Language]

    init(tokens: [AmountToken], scalars: [Unicode.Scalar], language: Language?) {
        self.tokens = tokens
        self.scalars = scalars
        self.language = language
        self.languages = language.map { [$0] } ?? [.french, .english]
    }

    /// The words that may start an amount; any other word is passed over at once.
    static let starters: Set<String> = {
        var words: Set<String> = ["le", "one"]
        words.formUnion(AmountLexicon.unquantifiers)
        words.formUnion(AmountLexicon.half)
        words.formUnion(AmountLexicon.hundreds)
        words.formUnion(AmountLexicon.thousands)
        for language in Language.allCases {
            words.formUnion(AmountLexicon.cardinals[language]?.keys ?? [:].keys)
            words.formUnion(AmountLexicon.articles[language] ?? [])
        }
        return words
    }()

    func scan() -> [AmountExtractor.Amount] {
        var found: [AmountExtractor.Amount] = []
        var index = 0
        while index < tokens.count {
            if let word = tokens[index].word, !Self.starters.contains(word) {
                index += 1
            } else if let reading = read(at: index) {
                found.append(amount(reading))
                index = reading.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The whole amount whose number starts at `index`: number, magnitude,
    /// unit, cents, a range's second end, and the bounds around it.
    func read(at index: Int) -> Reading? {
        guard var reading = core(at: index) else { return nil }
        if let range = rangeEnd(of: reading) {
            reading = range
        } else if reading.needsUnit, let inherited = inheritFromChange(reading) {
            reading = inherited
        }
        guard !reading.needsUnit else { return nil }
        applyBounds(&reading)
        return reading
    }

    /// The number with what is glued to it: a currency sign or code and a
    /// sign before, a magnitude, a unit and cents after.
    func core(at index: Int) -> Reading? {
        guard var reading = start(at: index) else { return nil }
        if let (code, first) = currencyBefore(index) {
            reading.unit = .currency(code)
            reading.first = first
        }
        readMagnitude(&reading)
        if reading.unit == nil, let (unit, last) = unitAfter(reading) ?? hundredths(&reading) {
            reading.unit = unit
            reading.last = last
        }
        if reading.isYear, reading.unit == nil, reading.exponent == nil { return nil }
        if case .currency = reading.unit { addCents(&reading) }
        applySign(&reading)
        reading.needsUnit = reading.unit == nil && (reading.weakMagnitude || reading.needsUnit && reading.exponent == nil)
        return reading
    }

    func amount(_ reading: Reading) -> AmountExtractor.Amount {
        let quantityUnit: Quantity.Unit
        let unitName: String?
        let measure: AmountExtractor.Measure
        switch reading.unit {
        case .currency(let code)?:
            let currency = Currency(code: code)
            quantityUnit = currency.map { .currency($0) } ?? .none
            unitName = code
            measure = .money
        case .percent?: (quantityUnit, unitName, measure) = (.percent, "%", .percent)
        case .duration(let name)?: (quantityUnit, unitName, measure) = (.none, name, .duration)
        case .counted(let name)?: (quantityUnit, unitName, measure) = (.none, name, .counted)
        case nil: (quantityUnit, unitName, measure) = (.none, nil, .number)
        }
        let quantity: Quantity
        switch reading.precision {
        case .unquantified: quantity = Quantity(unquantified: text(from: reading.numberStart, to: reading.last), unit: quantityUnit)
        case .range: quantity = Quantity(from: reading.low, to: reading.high ?? reading.low, unit: quantityUnit)
        case .approximate: quantity = Quantity(approximately: reading.low, unit: quantityUnit)
        case .atMost: quantity = Quantity(atMost: reading.low, unit: quantityUnit)
        case .atLeast: quantity = Quantity(atLeast: reading.low, unit: quantityUnit)
        case .exact: quantity = Quantity(exactly: reading.low, unit: quantityUnit)
        }
        return AmountExtractor.Amount(value: quantity, unit: unitName, measure: measure, text: text(from: reading.first, to: reading.last),
                                      range: tokens[reading.first].range.lowerBound..<tokens[reading.last].range.upperBound)
    }

    // MARK: - Tokens

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].word : nil
    }

    /// A short word as written (for codes and abbreviations, which are
    /// case-sensitive); empty for anything else.
    func written(_ index: Int) -> String {
        tokens[index].written ?? ""
    }

    /// Two tokens touch: nothing between them.
    func glued(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].spaceBefore
    }

    func text(from first: Int, to last: Int) -> String {
        String(String.UnicodeScalarView(scalars[tokens[first].range.lowerBound..<tokens[last].range.upperBound]))
    }

    /// The folded words before `index`, nearest last, skipping hyphens
    /// (`au-delà de` is `au dela de`), at most `count` of them.
    func wordsBefore(_ index: Int, count: Int) -> (words: [String], starts: [Int]) {
        var words: [String] = []
        var starts: [Int] = []
        var position = index - 1
        while position >= 0, words.count < count {
            if let word = tokens[position].word {
                words.insert(word, at: 0)
                starts.insert(position, at: 0)
            } else if !AmountLexicon.rangeDashes.contains(symbol(position) ?? " ") {
                break
            }
            position -= 1
        }
        return (words, starts)
    }

    func symbol(_ index: Int) -> Unicode.Scalar? {
        guard index >= 0, index < tokens.count, case .symbol(let scalar) = tokens[index].kind else { return nil }
        return scalar
    }
}
