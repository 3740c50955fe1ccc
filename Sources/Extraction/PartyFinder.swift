import FactStore
import Lexer

/// Finds the parties of a line: the mentions of known entities the text
/// layer found, and capitalised names it does not know, with the cues
/// around them; then joins them into lists.
struct PartyFinder {
    let line: LineTokens
    let kindNames: [String]

    func parties(mentions: [MentionFinder.Mention], triggerTokens: Set<Int>) -> [Party] {
        var covered = [Bool](repeating: false, count: line.tokens.count)
        var found: [Party] = []
        for mention in mentions {
            let range = line.tokens(covering: mention.range)
            guard !range.isEmpty else { continue }
            for index in range { covered[index] = true }
            found.append(Party(name: mention.text, entity: mention.entity, kind: kindNames[mention.entity.kind], tokens: range,
                               couldBePerson: false, organisationCue: hasOrganisationCue(range), personCue: hasPersonCue(range)))
        }
        var index = 0
        while index < line.tokens.count {
            guard !covered[index], !triggerTokens.contains(index), let run = nameRun(from: index, covered: covered, triggers: triggerTokens) else {
                index += 1
                continue
            }
            if let party = unknownParty(run, triggerTokens: triggerTokens) { found.append(party) }
            index = run.upperBound
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Consecutive capitalised words (and what is glued to them: `Run:ai`).
    private func nameRun(from start: Int, covered: [Bool], triggers: Set<Int>) -> Range<Int>? {
        let tokens = line.tokens
        guard tokens[start].isCapitalized else { return nil }
        var end = start + 1
        while end < tokens.count, !covered[end], !triggers.contains(end), tokens[end].sentence == tokens[start].sentence {
            let gap = tokens[end].gap
            let glued = gap.isEmpty || gap == "-" || gap == ":" || gap == "."
            if glued || (gap == " " && tokens[end].isCapitalized && !NameCues.notNames.contains(tokens[end].folded)) {
                end += 1
            } else {
                break
            }
        }
        var first = start
        while first < end, NameCues.notNames.contains(tokens[first].folded) || NameCues.personBefore.contains(tokens[first].folded)
                || NameCues.pronouns.contains(tokens[first].folded) {
            first += 1
        }
        return first < end ? first..<end : nil
    }

    private func unknownParty(_ run: Range<Int>, triggerTokens: Set<Int>) -> Party? {
        let tokens = line.tokens
        let words = run.map { tokens[$0] }
        guard words.contains(where: { $0.folded.count > 1 }), !words.allSatisfy({ $0.folded.allSatisfy(\.isNumber) }) else { return nil }
        let startsSentence = line.sentences[tokens[run.lowerBound].sentence].lowerBound == run.lowerBound
        let organisation = hasOrganisationCue(run)
        let person = hasPersonCue(run)
        // A capital that only starts the sentence, or a word in capitals for
        // emphasis (« TOUS »), names nothing unless a cue says so or a
        // trigger follows it (« Velora lève »).
        if run.count == 1, !organisation, !person {
            let triggerNext = run.upperBound < tokens.count && triggerTokens.contains(run.upperBound)
                && tokens[run.upperBound].sentence == tokens[run.lowerBound].sentence
            if startsSentence && !triggerNext { return nil }
            if words[0].isUpper { return nil }
            if isElided(run) { return nil }
        }
        let titleCase = words.count >= 2 && words.allSatisfy { $0.isCapitalized && !$0.isUpper && $0.folded.count > 1 }
        return Party(name: line.written(run), entity: nil, kind: nil, tokens: run, couldBePerson: titleCase,
                     organisationCue: organisation, personCue: person)
    }

    /// « Jusqu’à », « Lorsqu’il »: a word cut before an apostrophe is no name.
    private func isElided(_ run: Range<Int>) -> Bool {
        let end = line.tokens[run.upperBound - 1].range.upperBound
        return end < line.scalars.count && (line.scalars[end] == "’" || line.scalars[end] == "'")
    }

    /// « la start-up (parisienne) X », or "X, the (Berlin-based) start-up".
    private func hasOrganisationCue(_ run: Range<Int>) -> Bool {
        let tokens = line.tokens
        let before = max(0, run.lowerBound - 3)..<run.lowerBound
        if before.contains(where: { NameCues.organisationBefore.contains(tokens[$0].folded) && tokens[$0].sentence == tokens[run.lowerBound].sentence }) {
            return true
        }
        guard run.upperBound < tokens.count, tokens[run.upperBound].gap.contains(",") else { return false }
        let after = run.upperBound..<min(tokens.count, run.upperBound + 5)
        return after.contains { NameCues.organisationAfter.contains(tokens[$0].folded) }
    }

    /// « le chercheur X », "researcher X", "X, a former OpenAI researcher".
    private func hasPersonCue(_ run: Range<Int>) -> Bool {
        let tokens = line.tokens
        if run.lowerBound > 0, NameCues.personBefore.contains(tokens[run.lowerBound - 1].folded) { return true }
        let before = max(0, run.lowerBound - 3)..<run.lowerBound
        return before.contains { NameCues.personBefore.contains(tokens[$0].folded) && tokens[$0].gap != "" }
            && run.count >= 2
    }

    /// Parties next to each other with only « , », « et », "and" between
    /// them form a list; commas alone do only when the list ends with « et ».
    static func groups(_ parties: [Party], in line: LineTokens) -> [PartyGroup] {
        var groups: [PartyGroup] = []
        var current: [Party] = []
        var closedByAnd = false
        func flush() {
            guard let last = current.last else { return }
            // "Intel, AMD and other backers": the list ends with "and", unnamed.
            let next = last.tokens.upperBound
            if next < line.tokens.count, ["et", "and"].contains(line.tokens[next].folded) { closedByAnd = true }
            if current.count > 1, !closedByAnd {
                // "Scale AI, OpenAI développe ..." : a comma alone is no list.
                for party in current { groups.append(PartyGroup(parties: [party])) }
            } else {
                groups.append(PartyGroup(parties: current))
            }
            current = []
            closedByAnd = false
        }
        for party in parties {
            if let last = current.last, let joiner = joiner(from: last.tokens.upperBound, to: party.tokens.lowerBound, in: line) {
                current.append(party)
                if joiner { closedByAnd = true }
            } else {
                flush()
                current = [party]
            }
        }
        flush()
        return groups
    }

    /// Whether only a list separator lies between two tokens: true for
    /// « et » / "and", false for a comma, nil for anything else.
    private static func joiner(from end: Int, to start: Int, in line: LineTokens) -> Bool? {
        let between = (end..<start).map { line.tokens[$0].folded }
        let gap = line.tokens[start].gap
        guard end > 0, line.tokens[end - 1].sentence == line.tokens[start].sentence else { return nil }
        if between.isEmpty { return gap.contains(",") || gap.contains("&") ? gap.contains("&") : nil }
        if between == ["et"] || between == ["and"] || between == ["ainsi", "que"] || between == ["as", "well", "as"] { return true }
        return nil
    }
}
