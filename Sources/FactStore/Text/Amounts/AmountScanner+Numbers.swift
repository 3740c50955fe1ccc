import Lexer

/// What starts an amount: digits, number words, an article before a
/// magnitude (`un milliard`), a collective (`une centaine`), or words that
/// say "some number of" (`des milliards`); and the magnitude after it.
extension AmountScanner {
    func start(at index: Int) -> Reading? {
        switch tokens[index].kind {
        case .number(let numeral):
            guard !isNamePart(index), !isDateOrTime(index) else { return nil }
            var reading = Reading(low: numeral.value(), precision: .exact, first: index, last: index, numberStart: index,
                                  needsUnit: true, isYear: numeral.isYear)
            // Bare digits are an amount when a bound says so (`autour des 1700`).
            reading.needsUnit = qualifierBefore(index) == nil && qualifierAfter(index) == nil
            return reading
        case .word(let word):
            if let reading = unquantified(at: index, word: word) { return reading }
            if let reading = collective(at: index) { return reading }
            if let reading = half(at: index) { return reading }
            if word == "le", magnitudeExponent(at: index + 1) != nil {
                return Reading(low: 1, precision: .exact, first: index, last: index, numberStart: index, isArticle: true, needsUnit: true)
            }
            guard let (value, end, isArticle) = numberWords(at: index) else { return nil }
            if isArticle, !AmountScanner.afterArticle.contains(self.word(end + 1) ?? "") { return nil }
            return Reading(low: Double(value), precision: .exact, first: index, last: end, numberStart: index,
                           isArticle: isArticle, needsUnit: true)
        case .symbol:
            return nil
        }
    }

    /// `des milliards`, `plusieurs millions`, "several billion", `des
    /// dizaines de milliards`, "tens of billions".
    func unquantified(at index: Int, word: String) -> Reading? {
        guard AmountLexicon.unquantifiers.contains(word) else { return nil }
        var next = index + 1
        while next < tokens.count, next - index <= 3, let following = self.word(next),
              AmountLexicon.unquantifiers.contains(following) || ["de", "d", "of"].contains(following) {
            next += 1
        }
        guard let exponent = magnitudeExponent(at: next) else { return nil }
        return Reading(low: 0, precision: .unquantified, first: index, last: next, numberStart: index, exponent: exponent, needsUnit: false)
    }

    /// `une centaine d'employés` (about 100), "a dozen" (12).
    func collective(at index: Int) -> Reading? {
        guard let article = word(index), isArticle(article) || article == "one", let next = word(index + 1),
              let (value, approximate) = AmountLexicon.collectives[next] else { return nil }
        var reading = Reading(low: Double(value), precision: approximate ? .approximate : .exact, first: index, last: index + 1,
                              numberStart: index, needsUnit: false)
        reading.isCollective = true
        return reading
    }

    /// What may follow an article that stands for one: `un milliard`, "a
    /// dollar", `une semaine`, `un seul`, "a hundred".
    static let afterArticle: Set<String> = {
        var words = AmountLexicon.single.union(AmountLexicon.hundreds).union(AmountLexicon.thousands)
        words.formUnion(AmountLexicon.currencyNames.keys)
        words.formUnion(AmountLexicon.qualifiedCurrencyNames)
        words.formUnion(AmountLexicon.currencyAdjectivesBefore.keys)
        for language in Language.allCases {
            words.formUnion(AmountLexicon.magnitudes[language]?.keys ?? [:].keys)
            words.formUnion(AmountLexicon.durations[language]?.keys ?? [:].keys)
        }
        return words
    }()

    /// "half a billion", `un demi-milliard`: a half, before a magnitude.
    func half(at index: Int) -> Reading? {
        guard let first = word(index) else { return nil }
        var last: Int
        if AmountLexicon.half.contains(first), let article = word(index + 1), isArticle(article) {
            last = index + 1
        } else if isArticle(first), let next = word(index + 1), AmountLexicon.half.contains(next) {
            last = symbol(index + 2) == "-" ? index + 2 : index + 1
        } else {
            return nil
        }
        guard magnitudeExponent(at: last + 1) != nil else { return nil }
        return Reading(low: 0.5, precision: .exact, first: index, last: last, numberStart: index, needsUnit: true)
    }

    func isArticle(_ word: String) -> Bool {
        languages.contains { AmountLexicon.articles[$0]?.contains(word) == true }
    }

    // MARK: - Number words

    /// `vingt-trois`, `quatre mille trois cents`, `soixante et onze`,
    /// "forty-two", "a hundred": the value, its last token, and whether it
    /// was only an article.
    func numberWords(at index: Int) -> (Int, Int, Bool)? {
        var total = 0
        var current = 0
        var read = false
        var onlyArticle = true
        var last = index
        var position = index
        while position < tokens.count, let name = word(position) {
            if let value = cardinal(name) {
                if !read {
                    current = value
                } else if language != .english, current % 100 == 4, value == 20, word(last) == "quatre" {
                    current += 76 // quatre-vingts
                } else if canAdd(value, to: current, after: total) {
                    current += value
                } else {
                    break
                }
                if !isArticle(name) { onlyArticle = false }
            } else if AmountLexicon.hundreds.contains(name), current < 10 {
                current = max(current, 1) * 100
                onlyArticle = false
            } else if AmountLexicon.thousands.contains(name), total == 0 {
                total = max(current, 1) * 1000
                current = 0
                onlyArticle = false
            } else {
                break
            }
            read = true
            last = position
            position += 1
            // A hyphen or `et`/`and` inside the number: vingt-trois, vingt et un, hundred and five.
            if position + 1 < tokens.count, joinsNumberWords(position), let next = word(position + 1),
               cardinal(next) != nil || AmountLexicon.hundreds.contains(next) {
                position += 1
            }
        }
        guard read else { return nil }
        return (total + current, last, onlyArticle)
    }

    func joinsNumberWords(_ position: Int) -> Bool {
        if symbol(position) == "-" { return glued(position) && glued(position + 1) }
        return AmountLexicon.numberJoiners.contains(word(position) ?? "")
    }

    func cardinal(_ word: String) -> Int? {
        for language in languages {
            if let value = AmountLexicon.cardinals[language]?[word] { return value }
            if AmountLexicon.articles[language]?.contains(word) == true, self.language != nil { return 1 }
        }
        return nil
    }

    /// Addition inside a number word is only from a larger order: `vingt`
    /// + `trois`, `cent` + `vingt`, `mille` + `trois`, `soixante` + `dix`,
    /// `dix` + `sept`; never `deux` + `trois`.
    func canAdd(_ value: Int, to current: Int, after thousands: Int) -> Bool {
        let rest = current % 100
        guard value < 100 else { return false }
        if rest == 0 { return current > 0 || thousands > 0 }
        if rest >= 20, rest % 10 == 0 {
            return value < 10 || (language != .english && (rest == 60 || rest == 80) && value < 20)
        }
        return language != .english && rest == 10 && (7...9).contains(value)
    }

    // MARK: - Magnitudes

    /// Applies a magnitude glued to the digits (`10bn`) or written after
    /// them (`milliards`, `25 M€`). An abbreviation that may mean something
    /// else (`5m`, `4K`, `5G`) makes an amount only beside a currency or a
    /// counted thing (`$5m`, `100k H100s`).
    func readMagnitude(_ reading: inout Reading) {
        if reading.precision == .unquantified { return }
        var exponent = 0
        if let suffix = tokens[reading.last].numeral?.suffix, let abbreviation = AmountLexicon.abbreviations[suffix] {
            reading.weakMagnitude = abbreviation.needsCurrency && !hasCurrency(reading, after: reading.last)
            exponent = abbreviation.exponent
        } else if let spaced = spacedAbbreviation(after: reading) {
            exponent = spaced
            reading.last += 1
        }
        // `une dizaine de milliards`
        if reading.isCollective, ["de", "d"].contains(word(reading.last + 1) ?? ""), magnitudeExponent(at: reading.last + 2) != nil {
            reading.last += 1
        }
        while let next = magnitudeExponent(at: reading.last + 1), next >= exponent {
            exponent += next
            reading.last += 1
        }
        guard exponent > 0 else { return }
        reading.exponent = exponent
        // `un million et demi`, `deux milliards et demi`
        if let phrase = AmountLexicon.andAHalf.first(where: { words(at: reading.last + 1, are: $0) }) {
            reading.low += 0.5
            reading.last += phrase.count
        }
        reading.low = scaled(reading.low, by: exponent)
    }

    /// `25 M€`, `3 Mds$`, `$5 bn`: an abbreviation standing alone, beside a currency.
    func spacedAbbreviation(after reading: Reading) -> Int? {
        let next = reading.last + 1
        guard next < tokens.count, tokens[next].word != nil, let abbreviation = AmountLexicon.abbreviations[written(next)],
              hasCurrency(reading, after: next) else { return nil }
        return abbreviation.exponent
    }

    func hasCurrency(_ reading: Reading, after index: Int) -> Bool {
        if case .currency = reading.unit { return true }
        if let sign = symbol(index + 1), AmountLexicon.currencySigns[sign] != nil { return true }
        return index + 1 < tokens.count && AmountLexicon.codes[written(index + 1)] != nil
    }

    /// The power of ten of a magnitude word at `index`. Where the languages
    /// differ (« billion »), an unknown language reads French when `de`
    /// follows (`2 billions de dollars`) and English otherwise.
    func magnitudeExponent(at index: Int) -> Int? {
        guard let word = word(index) else { return nil }
        if let language { return AmountLexicon.magnitudes[language]?[word] }
        let french = AmountLexicon.magnitudes[.french]?[word]
        let english = AmountLexicon.magnitudes[.english]?[word]
        if french == english { return french }
        return ["de", "d"].contains(self.word(index + 1) ?? "") ? french ?? english : english ?? french
    }

    /// `value` × 10^`exponent`, computed in decimal (`6.4` × 10⁹ is exactly 6400000000).
    func scaled(_ value: Double, by exponent: Int) -> Double {
        Double(NumberText.plain(value) + "e" + String(exponent)) ?? value
    }

    // MARK: - Not amounts

    /// `Grok 3`, `Llama 3.1 405B`, `GPT-4.5`: a number right after a
    /// capitalised word or glued to a word by a hyphen belongs to a name.
    func isNamePart(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if previous.isSymbol("-"), !tokens[index].spaceBefore, !previous.spaceBefore, index > 1, tokens[index - 2].word != nil {
            return true
        }
        if previous.isCapitalized, let word = previous.word, !AmountScanner.qualifierWords.contains(word),
           AmountLexicon.codes[written(index - 1)] == nil, !hasUnit(after: index) {
            return true
        }
        if previous.numeral != nil, isNamePart(index - 1) { return true }
        return false
    }

    /// The first words of the bounds, which may start a sentence (`Environ 200 millions`).
    static let qualifierWords: Set<String> = Set(AmountLexicon.qualifiersBefore.compactMap(\.0.first) + ["entre", "between", "from", "de"])

    func hasUnit(after index: Int) -> Bool {
        var probe = Reading(low: 1, precision: .exact, first: index, last: index, numberStart: index, needsUnit: true)
        readMagnitude(&probe)
        return probe.exponent != nil || unitAfter(probe) != nil
    }

    /// `30 juin`, `Jul 1, 2024`, `5:13 AM`, `12/05/2024`.
    func isDateOrTime(_ index: Int) -> Bool {
        if let next = word(index + 1), AmountLexicon.months.contains(next) { return true }
        if let previous = word(index - 1), AmountLexicon.months.contains(previous) { return true }
        for separator: Unicode.Scalar in [":", "/"] {
            if symbol(index + 1) == separator, glued(index + 1), glued(index + 2), tokens.indices.contains(index + 2),
               tokens[index + 2].numeral != nil { return true }
            if symbol(index - 1) == separator, glued(index), !tokens[index - 1].spaceBefore { return true }
        }
        return false
    }
}
