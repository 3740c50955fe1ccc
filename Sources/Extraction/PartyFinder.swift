import FactStore
import Lexer

/// Finds the parties of a line: the mentions of known entities the text
/// layer found, and capitalised names it does not know, with the cues
/// around them; then joins them into lists.
struct PartyFinder {
    let line: LineTokens
    let kindNames: [String]
    /// Unknown names the document has already given as parties (folded):
    /// « la start-up Velora » once, then « Velora » alone anywhere.
    let learned: Set<String>

    func parties(mentions: [MentionFinder.Mention], triggerTokens: Set<Int>) -> [Party] {
        var covered = [Bool](repeating: false, count: line.tokens.count)
        var found: [Party] = []
        let ranges = mentions.map { line.tokens(covering: $0.range) }
        // « Google DeepMind »: two known company names side by side are one other name.
        var joined = Set<Int>()
        for position in ranges.indices.dropLast() where ranges[position].upperBound == ranges[position + 1].lowerBound
            && !ranges[position].isEmpty && line.tokens[ranges[position].upperBound].gap == " "
            && kindNames[mentions[position].entity.kind] == "companies" && kindNames[mentions[position + 1].entity.kind] == "companies" {
            joined.formUnion([position, position + 1])
        }
        for (position, mention) in mentions.enumerated() where !joined.contains(position) {
            let range = ranges[position]
            guard !range.isEmpty else { continue }
            // « Google DeepMind »: a known name followed by an unknown one is another name.
            if kindNames[mention.entity.kind] == "companies", let longer = nameRun(from: range.lowerBound, covered: covered, triggers: triggerTokens),
               longer.upperBound > range.upperBound, !isPlace(range.upperBound..<longer.upperBound) {
                continue
            }
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

    /// Consecutive capitalised words, and what is glued to them (`Run:ai`,
    /// `GPT-4`); « Zurich-based » is an adjective, no name.
    private func nameRun(from start: Int, covered: [Bool], triggers: Set<Int>) -> Range<Int>? {
        let tokens = line.tokens
        guard tokens[start].isCapitalized else { return nil }
        var end = start + 1
        // From a known name (to see if it goes on), through other known ones; else up to them.
        while end < tokens.count, !covered[end] || covered[start], !triggers.contains(end), tokens[end].sentence == tokens[start].sentence {
            let token = tokens[end]
            if token.gap == "-", !token.isCapitalized, !token.folded.allSatisfy(\.isNumber) { return nil }
            let glued = token.gap.isEmpty || token.gap == "-" || token.gap == ":" || token.gap == "."
            // A capitalised word goes on a name begun (`Samsung Next`, `Mistral AI`), a small word never.
            let nextWord = token.gap == " " && token.isCapitalized && !NameCues.neverInNames.contains(token.folded)
            guard glued || nextWord else { break }
            end += 1
        }
        var first = start
        while first < end, NameCues.notNames.contains(tokens[first].folded) || NameCues.personBefore.contains(tokens[first].folded)
                || NameCues.pronouns.contains(tokens[first].folded) {
            first += 1
        }
        return first < end ? first..<end : nil
    }

    private func isPlace(_ run: Range<Int>) -> Bool {
        run.allSatisfy { NameCues.places.contains(line.tokens[$0].folded) }
    }

    private func unknownParty(_ run: Range<Int>, triggerTokens: Set<Int>) -> Party? {
        let tokens = line.tokens
        let words = run.map { tokens[$0] }
        guard words.contains(where: { $0.folded.count > 1 }), !words.allSatisfy({ $0.folded.allSatisfy(\.isNumber) }) else { return nil }
        let organisation = hasOrganisationCue(run)
        let person = hasPersonCue(run)
        let name = line.written(run)
        if learned.contains(TextFolding.fold(name)) {
            return Party(name: name, entity: nil, kind: nil, tokens: run, couldBePerson: Self.titleCase(words),
                         organisationCue: organisation, personCue: person)
        }
        if isPlace(run), !organisation { return nil }
        // A capital that only starts the sentence, or a word in capitals for
        // emphasis (« MILLIONS »), names nothing unless a cue says so or a
        // trigger follows it (« Velora lève », "Quantix also appointed").
        if run.count == 1, !organisation, !person {
            let startsSentence = line.sentences[tokens[run.lowerBound].sentence].lowerBound == run.lowerBound
            let triggerNext = (run.upperBound..<min(tokens.count, run.upperBound + 3)).contains {
                triggerTokens.contains($0) && tokens[$0].sentence == tokens[run.lowerBound].sentence
            }
            if startsSentence && !triggerNext { return nil }
            if words[0].isUpper && words[0].folded.count > 5 { return nil }
            if isElided(run) { return nil }
        }
        return Party(name: name, entity: nil, kind: nil, tokens: run, couldBePerson: Self.titleCase(words),
                     organisationCue: organisation, personCue: person)
    }

    /// Two or more words each with a capital then small letters: Priya Natarajan.
    static func titleCase(_ words: [Token]) -> Bool {
        words.count >= 2 && words.allSatisfy { $0.isCapitalized && !$0.isUpper && $0.folded.count > 1 }
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
        guard run.upperBound < tokens.count, tokens[run.upperBound].gapHasComma else { return false }
        // "X, the start-up", but not « X, fondateur de la start-up Y »: a title first makes X a person.
        for index in run.upperBound..<min(tokens.count, run.upperBound + 5) {
            if NameCues.personBefore.contains(tokens[index].folded) { return false }
            if NameCues.organisationAfter.contains(tokens[index].folded) { return true }
        }
        return false
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
        let gap = line.tokens[start].gap.unicodeScalars
        guard end > 0, line.tokens[end - 1].sentence == line.tokens[start].sentence else { return nil }
        if between.isEmpty { return gap.contains("&") ? true : gap.contains(",") ? false : nil }
        if between == ["et"] || between == ["and"] || between == ["ainsi", "que"] || between == ["as", "well", "as"] { return true }
        return nil
    }
}
