import Lexer

/// Qualifiers that bound or soften an amount (`près de`, `no more than`,
/// `200 millions au maximum`) and ranges (`entre 5 et 7 milliards`,
/// `$3-4bn`, "between $3bn and $4bn").
extension AmountScanner {
    /// Longest first, so that `pas plus de` wins over `plus de`.
    static let qualifiersBefore = AmountLexicon.qualifiersBefore.sorted { $0.0.count > $1.0.count }
    static let qualifiersAfter = AmountLexicon.qualifiersAfter.sorted { $0.0.count > $1.0.count }

    /// The qualifier ending just before `index`: its precision, first token and words.
    func qualifierBefore(_ index: Int) -> (Quantity.Precision, Int, [String])? {
        let (words, starts) = wordsBefore(index, count: 4)
        for (phrase, precision) in Self.qualifiersBefore where words.count >= phrase.count && words.suffix(phrase.count).elementsEqual(phrase) {
            return (precision, starts[words.count - phrase.count], phrase)
        }
        return nil
    }

    /// The qualifier starting just after `index`: its precision and last token.
    /// A lone `maximum` or `minimum` counts only where no noun follows
    /// ("the minimum wage").
    func qualifierAfter(_ index: Int) -> (Quantity.Precision, Int)? {
        for (phrase, precision) in Self.qualifiersAfter where words(at: index + 1, are: phrase) {
            let last = index + phrase.count
            if phrase.count == 1, word(last + 1) != nil { continue }
            return (precision, last)
        }
        return nil
    }

    /// Sets the precision a qualifier gives; a range keeps its own. A
    /// preposition of time is no bound (`over five years` is during).
    func applyBounds(_ reading: inout Reading) {
        guard reading.precision != .unquantified, reading.precision != .range else { return }
        var bound: Quantity.Precision?
        if let (precision, first, phrase) = qualifierBefore(reading.first) {
            let isDuration: Bool
            if case .duration = reading.unit { isDuration = true } else { isDuration = false }
            if !(isDuration && AmountLexicon.notBoundingDurations.contains(phrase)) {
                bound = precision
                reading.first = first
            }
        }
        if let (precision, last) = qualifierAfter(reading.last) {
            bound = bound ?? precision
            reading.last = last
        }
        guard let bound else { return }
        // `près d'une centaine` stays approximate; `plus d'une centaine` is at least 100.
        if reading.precision == .exact || bound != .approximate { reading.precision = bound }
    }

    // MARK: - Ranges

    /// The range that `first` opens, or nil when what follows is no second
    /// end: `entre 600 et 2 000 euros`, `de 10 à 20 euros`, `3 à 4
    /// juniors`, `$3-4bn`, "between $3bn and $4bn". The first end takes the
    /// magnitude and unit of the second when it has none of its own.
    func rangeEnd(of first: Reading) -> Reading? {
        guard first.precision == .exact, let join = rangeJoin(after: first), let second = secondEnd(after: first.last + 1) else {
            return nil
        }
        if let unit = first.unit, let other = second.unit, unit != other { return nil }
        let low = inheritedValue(first, from: second)
        guard low <= second.low else { return nil }
        var range = first
        range.low = low
        range.high = second.low
        range.precision = .range
        range.unit = first.unit ?? second.unit
        range.first = join.opener ?? first.first
        range.last = second.last
        range.exponent = second.exponent ?? first.exponent
        range.needsUnit = range.unit == nil && range.exponent == nil && first.needsUnit
        return range
    }

    /// The token after a range's first end, and the word that opened the range, if any.
    struct RangeJoin {
        let opener: Int?
    }

    /// Whether the token after `first` joins a range: a dash, `et`/"and"
    /// after `entre`/"between", `à`/"to" after `de`/"from" (but not after
    /// a verb of change), or `à`/"to" alone.
    func rangeJoin(after first: Reading) -> RangeJoin? {
        let joiner = first.last + 1
        guard joiner + 1 < tokens.count else { return nil }
        if let dash = symbol(joiner), AmountLexicon.rangeDashes.contains(dash) { return RangeJoin(opener: nil) }
        guard let word = word(joiner) else { return nil }
        let openerIndex = first.first - 1
        if let opener = self.word(openerIndex) {
            if AmountLexicon.rangeOpeners[opener] == word { return RangeJoin(opener: openerIndex) }
            // `de`/"from" stays out of the words: in `le travail de 3 à 4 juniors` it is "of".
            if AmountLexicon.rangeFrom[opener] == word { return isChange(before: openerIndex) ? nil : RangeJoin(opener: nil) }
        }
        // "$30,000 to $40,000" is a range; "rose 3% to $5bn" is not (the units differ, checked later).
        guard AmountLexicon.bareRangeJoiners.contains(word), first.unit == nil || !isChange(before: first.first) else { return nil }
        return RangeJoin(opener: nil)
    }

    /// The second end of a range, which may carry its own sign (`$4bn`).
    func secondEnd(after joiner: Int) -> Reading? {
        var index = joiner + 1
        while index < tokens.count, index - joiner <= 3, tokens[index].numeral == nil, !isNumberWord(index) { index += 1 }
        guard index < tokens.count, let second = core(at: index), second.precision == .exact, !second.isArticle,
              second.first == joiner + 1 || second.first == index else {
            return nil
        }
        return second
    }

    func isNumberWord(_ index: Int) -> Bool {
        guard let word = word(index) else { return false }
        return cardinal(word) != nil
    }

    /// `5` in `entre 5 et 7 milliards` is five billion; `500,000` in
    /// "between 500,000 and 1 million" stays as it is.
    func inheritedValue(_ first: Reading, from second: Reading) -> Double {
        guard first.exponent == nil, let exponent = second.exponent, abs(first.low) <= abs(scaled(second.low, by: -exponent)) else {
            return first.low
        }
        return scaled(first.low, by: exponent)
    }

    /// `rose from 3 to 4 billion dollars`: two amounts, a before and an
    /// after; the first, bare, takes the magnitude and unit of the second.
    func inheritFromChange(_ first: Reading) -> Reading? {
        let joiner = first.last + 1
        guard let opener = word(first.first - 1), let to = AmountLexicon.rangeFrom[opener], word(joiner) == to,
              isChange(before: first.first - 1), let second = secondEnd(after: joiner),
              second.unit != nil || second.exponent != nil else { return nil }
        var reading = first
        reading.low = inheritedValue(first, from: second)
        reading.unit = second.unit
        reading.exponent = second.exponent
        reading.needsUnit = false
        return reading
    }

    func isChange(before index: Int) -> Bool {
        wordsBefore(index, count: 3).words.contains(where: AmountLexicon.changeVerbs.contains)
    }
}
