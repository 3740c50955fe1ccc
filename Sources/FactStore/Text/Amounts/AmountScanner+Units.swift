import Lexer

/// The unit of an amount: a currency before (`$`, `US$`, `EUR`, `Rs`) or
/// after (`€`, `dollars`, `d'euros`, `livres sterling`, `USD`), a
/// percentage, a unit of time, or a counted thing; cents; a minus sign.
extension AmountScanner {
    // MARK: - Before the number

    /// A sign (`$60B`, `US$5`, `C$2`, `€ 600`) or a code (`EUR 40 million`,
    /// `USD1.5m`, `Rs 500`) just before the number: its code and first token.
    func currencyBefore(_ index: Int) -> (String, Int)? {
        let before = index - 1
        guard before >= 0 else { return nil }
        if let sign = symbol(before), let code = AmountLexicon.currencySigns[sign] {
            if before > 0, !tokens[before].spaceBefore, tokens[before - 1].word != nil,
               let prefixed = AmountLexicon.signPrefixes[written(before - 1)] {
                return (prefixed, before - 1)
            }
            return (code, before)
        }
        if tokens[before].word != nil, let code = AmountLexicon.codes[written(before)] { return (code, before) }
        // Rs. 500
        if symbol(before) == ".", before > 0, written(before - 1) == "Rs" { return ("INR", before - 1) }
        return nil
    }

    /// A minus written against the number or its sign (`-3,4 milliards`,
    /// `-$12 million`), not the dash of a range (`10-20`).
    func applySign(_ reading: inout Reading) {
        let before = reading.first - 1
        guard let sign = symbol(before), sign == "-" || sign == "−" || sign == "+", glued(reading.first),
              tokens[before].spaceBefore || before == 0 else { return }
        if sign != "+" {
            reading.low = -reading.low
            reading.high = reading.high.map { -$0 }
        }
        reading.first = before
    }

    // MARK: - After the number

    /// The unit written after the number (and its magnitude), with its last token.
    func unitAfter(_ reading: Reading) -> (AmountUnit, Int)? {
        let next = reading.last + 1
        guard next < tokens.count else { return nil }
        if let sign = symbol(next) {
            if sign == "%" || sign == "٪" { return (.percent, next) }
            if let code = AmountLexicon.currencySigns[sign] { return startsNumber(next + 1) ? nil : (.currency(code), next) }
            if AmountLexicon.rangeDashes.contains(sign), glued(next), glued(next + 1), let (unit, last) = hyphenatedDuration(reading, at: next + 1) {
                return (unit, last)
            }
            return nil
        }
        if tokens[next].word != nil, let code = AmountLexicon.codes[written(next)], written(next) != "Rs" {
            return startsNumber(next + 1) ? nil : (.currency(code), next)
        }
        for phrase in AmountLexicon.percentWords where words(at: next, are: phrase) {
            return (.percent, next + phrase.count - 1)
        }
        if let found = currencyName(after: reading) { return found }
        if let found = duration(after: reading) { return found }
        return counted(after: reading)
    }

    /// A number right after a sign or code: the sign is that number's (`a $12 million round`).
    func startsNumber(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].numeral != nil
    }

    func words(at index: Int, are phrase: [String]) -> Bool {
        phrase.indices.allSatisfy { word(index + $0) == phrase[$0] }
    }

    /// `dollars`, `d'euros` (after a magnitude), `Canadian dollars`,
    /// `dollars canadiens`, `livres sterling`, `francs suisses`.
    func currencyName(after reading: Reading) -> (AmountUnit, Int)? {
        var next = reading.last + 1
        let scaled = reading.exponent != nil || reading.precision == .unquantified
        if scaled, ["de", "d", "of"].contains(word(next) ?? "") { next += 1 }
        // `2 milliards de SEK`
        if next > reading.last + 1, tokens.indices.contains(next), tokens[next].word != nil, let code = AmountLexicon.codes[written(next)] {
            return (.currency(code), next)
        }
        var named: String?
        for (phrase, code) in AmountLexicon.currencyPhrasesBefore where words(at: next, are: phrase) {
            named = code
            next += phrase.count
        }
        if named == nil, let adjective = word(next), let code = AmountLexicon.currencyAdjectivesBefore[adjective],
           let following = word(next + 1), AmountLexicon.currencyNames[following] != nil || AmountLexicon.qualifiedCurrencyNames.contains(following) {
            named = code
            next += 1
        }
        guard let name = word(next) else { return nil }
        var code = AmountLexicon.currencyNames[name]
        if AmountLexicon.namesNeedingMagnitude.contains(name), !scaled { code = nil }
        if name == "won", !glued(next) && reading.exponent == nil && tokens[reading.last].numeral == nil { code = nil }
        var last = next
        if let after = word(next + 1), let which = AmountLexicon.currencyAdjectivesAfter[after] {
            code = which
            last = next + 1
        } else {
            for (phrase, which) in AmountLexicon.currencyPhrasesAfter where words(at: next + 1, are: phrase) {
                code = which
                last = next + phrase.count
            }
        }
        if let named, code != nil || AmountLexicon.qualifiedCurrencyNames.contains(name) { code = named }
        guard let code else { return nil }
        return (.currency(code), last)
    }

    /// "99 cents", `quatre-vingt-dix-neuf centimes`: hundredths of the main unit.
    func hundredths(_ reading: inout Reading) -> (AmountUnit, Int)? {
        guard reading.exponent == nil, let name = word(reading.last + 1) else { return nil }
        for language in languages {
            if let code = AmountLexicon.hundredths[language]?[name] {
                reading.low = scaled(reading.low, by: -2)
                return (.currency(code), reading.last + 1)
            }
        }
        return nil
    }

    /// `14 dollars 99 cents`, `3 euros et 50 centimes`.
    func addCents(_ reading: inout Reading) {
        guard reading.exponent == nil, reading.high == nil, reading.low == reading.low.rounded() else { return }
        var next = reading.last + 1
        if AmountLexicon.numberJoiners.contains(word(next) ?? "") { next += 1 }
        let cents: Int
        var last = next
        if let numeral = tokens.indices.contains(next) ? tokens[next].numeral : nil, numeral.suffix == nil, let value = Int(numeral.digits), value < 100 {
            cents = value
        } else if let (value, end, isArticle) = numberWords(at: next), !isArticle, value < 100 {
            cents = value
            last = end
        } else {
            return
        }
        guard let unit = word(last + 1), AmountLexicon.cents.contains(unit) else { return }
        reading.low = Double(NumberText.plain(reading.low) + "." + (cents < 10 ? "0" : "") + String(cents)) ?? reading.low
        reading.last = last + 1
    }

    // MARK: - Time

    /// `deux mois`, `30 days`, `cinq prochaines années`, `une semaine`
    /// (after `pendant`, `for`...), never an age (`35 years old`, `âgé de
    /// 40 ans`) or a point in time (`10 years ago`, `il y a dix ans`).
    func duration(after reading: Reading) -> (AmountUnit, Int)? {
        var next = reading.last + 1
        if reading.isCollective, ["de", "d"].contains(word(next) ?? "") { next += 1 }
        while let adjective = word(next), AmountLexicon.durationAdjectives.contains(adjective), next - reading.last <= 2 { next += 1 }
        guard let unit = durationUnit(at: next), isLength(reading, unitAt: next) else { return nil }
        return (.duration(unit), next)
    }

    /// `two-year`, `10-year`, `18-month`, not `35-year-old`.
    func hyphenatedDuration(_ reading: Reading, at index: Int) -> (AmountUnit, Int)? {
        guard let unit = durationUnit(at: index), isLength(reading, unitAt: index) else { return nil }
        if symbol(index + 1) == "-", word(index + 2).map(AmountLexicon.notDurationAfter.contains) == true { return nil }
        return (.duration(unit), index)
    }

    func durationUnit(at index: Int) -> String? {
        guard let name = word(index) else { return nil }
        for language in languages {
            if let unit = AmountLexicon.durations[language]?[name] { return unit }
        }
        return nil
    }

    func isLength(_ reading: Reading, unitAt index: Int) -> Bool {
        if let after = word(index + 1), AmountLexicon.notDurationAfter.contains(after) { return false }
        if durationUnit(at: index) == "quarters", word(index + 1) == "of" { return false }
        let (before, _) = wordsBefore(reading.first, count: 3)
        if durationUnit(at: index) == "years", AmountLexicon.notDurationBefore.contains(where: { before.suffix($0.count).elementsEqual($0) }) {
            return false
        }
        // An article alone is a length only after a preposition: `pendant une semaine`, not `$5bn a year`.
        if reading.isArticle {
            guard let preposition = before.last, AmountLexicon.durationPrepositions.contains(preposition) else { return false }
        }
        return true
    }

    // MARK: - Counted things

    /// `300 chercheurs`, `100k H100s`, `un seul chercheur`, `10 gigawatts`.
    func counted(after reading: Reading) -> (AmountUnit, Int)? {
        var next = reading.last + 1
        var single = false
        if let word = word(next), AmountLexicon.single.contains(word) {
            next += 1
            single = true
        }
        if ["de", "d", "des", "of"].contains(word(next) ?? "") { next += 1 }
        guard let name = word(next) else { return nil }
        if reading.isArticle, reading.exponent == nil, !single { return nil }
        let stem = name.hasSuffix("s") ? String(name.dropLast()) : name
        if let noun = AmountLexicon.countedNouns[stem] ?? AmountLexicon.countedNouns[name] { return (.counted(noun), next) }
        // A number word before any plural noun counts it: `deux visions`, `trois options`.
        guard !reading.isArticle, tokens[reading.numberStart].word != nil, reading.low >= 2, isPluralNoun(next) else { return nil }
        return (.counted(String(String.UnicodeScalarView(scalars[tokens[next].range]))), next)
    }

    /// A lower-case word in -s or -x that is not a word the reader knows
    /// for something else (`deux des`, `deux milliards`).
    func isPluralNoun(_ index: Int) -> Bool {
        guard let name = word(index), !tokens[index].isCapitalized, name.count > 3, name.hasSuffix("s") || name.hasSuffix("x") else { return false }
        return AmountLexicon.notCountedNouns.contains(name) == false && magnitudeExponent(at: index) == nil && durationUnit(at: index) == nil
    }
}
