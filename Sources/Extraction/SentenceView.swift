import FactStore

/// One sentence of a line with what the extractor reads in it: its
/// parties (joined into lists), its amounts, and where its clauses break.
struct SentenceView {
    let line: LineTokens
    let range: Range<Int>
    let groups: [PartyGroup]
    let amounts: [(amount: AmountExtractor.Amount, tokens: Range<Int>)]
    let text: String

    var tokens: [Token] { line.tokens }

    /// Whether a clause ends between two positions: a break word
    /// (« mais », "while"), a semicolon, a colon, a dash, or (unless
    /// `brackets` is false) an opening bracket.
    func breaks(between lower: Int, and upper: Int, brackets: Bool = true) -> Bool {
        guard lower < upper else { return false }
        func hard(_ token: Token) -> Bool { token.gapEndsClause || (brackets && token.gapOpensBracket) }
        for index in lower..<upper {
            if tokens[index].isClauseBreak { return true }
            if index > lower, hard(tokens[index]) { return true }
        }
        return upper < tokens.count && hard(tokens[upper])
    }

    /// The nearest group before `position` in the same clause whose
    /// parties `accept` (others are dropped from it). A subject is no
    /// complement: with `subjectOnly`, a group right after a preposition
    /// (« allégeance à Altman », "according to Bloomberg") is passed over.
    func groupBefore(_ position: Int, subjectOnly: Bool = false, accept: (Party) -> Bool) -> PartyGroup? {
        for group in groups.reversed() where group.tokens.upperBound <= position {
            guard !breaks(between: group.tokens.upperBound, and: position) else { return nil }
            let start = group.tokens.lowerBound
            if subjectOnly, start > range.lowerBound, NameCues.prepositions.contains(tokens[start - 1].folded) { continue }
            let kept = group.parties.filter(accept)
            if !kept.isEmpty { return PartyGroup(parties: kept) }
        }
        return nil
    }

    /// The groups after `position` in the same clause, each with the
    /// words that introduce it.
    func groupsAfter(_ position: Int, until end: Int? = nil) -> [(group: PartyGroup, lead: Range<Int>)] {
        var found: [(PartyGroup, Range<Int>)] = []
        var start = position
        let after = groups.filter { $0.tokens.lowerBound >= position }
        for (index, group) in after.enumerated() {
            if let end, group.tokens.lowerBound >= end { break }
            if breaks(between: start, and: group.tokens.lowerBound) { break }
            // "Arcturus rival Corvex": a name before a cue noun and another name only qualifies it.
            if index + 1 < after.count, qualifies(group, after[index + 1]) { continue }
            found.append((group, start..<group.tokens.lowerBound))
            start = group.tokens.upperBound
        }
        return found
    }

    private func qualifies(_ group: PartyGroup, _ next: PartyGroup) -> Bool {
        let between = group.tokens.upperBound..<next.tokens.lowerBound
        return !between.isEmpty && between.allSatisfy { NameCues.organisationBefore.contains(tokens[$0].folded) }
            && !tokens[next.tokens.lowerBound].gapHasComma
    }

    /// Whether the words just before a group (within `lead`) end with a
    /// marker of the set, skipping determiners and cue nouns between.
    func introduced<Payload>(_ lead: Range<Int>, by markers: PatternSet<Payload>, within words: Int = 5) -> Bool {
        let lower = max(lead.lowerBound, lead.upperBound - words)
        return markers.contains(in: tokens, lower..<lead.upperBound)
    }

    /// Any pattern of the set in the sentence.
    func has<Payload>(_ set: PatternSet<Payload>) -> Bool {
        set.contains(in: tokens, range)
    }
}
