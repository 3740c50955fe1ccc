import FactStore

/// Proposes deals, hires and projects from the text of a document, by
/// rule: trigger words (data, in `Lexicon/`), the parties around them
/// (known entities, and capitalised names with cues), the amounts the text
/// layer read in the same clause, and the words that hedge or negate them.
/// Every fact cites its sentence, verbatim. docs/reference.md, "Extracted
/// facts", says what is read and what never is.
public struct Extractor: FactProposer {
    /// Entity kind names by kind index, for known parties.
    private let kindNames: [String]

    public let kinds: Set<String> = ["deals", "hires", "projects"]

    public init(schema: Schema) {
        kindNames = schema.kinds.map(\.name)
    }

    public func propose(document: Document, language: Language?, lines: [AnalysedLine], entities: EntityIndex) -> [ProposedFact] {
        var context = DocumentContext(document: document.id)
        for line in lines { read(line, context: &context) }
        return context.facts
    }

    private func read(_ analysed: AnalysedLine, context: inout DocumentContext) {
        let line = LineTokens(analysed)
        let triggers = Self.triggers(in: line)
        let parties = PartyFinder(line: line, kindNames: kindNames, learned: context.learned)
            .parties(mentions: analysed.mentions, triggerTokens: Set(triggers.flatMap { Array($0.span) }))
        let groups = PartyFinder.groups(parties, in: line)
        let amounts = analysed.amounts.map { ($0, line.tokens(covering: $0.range)) }
        context.lineTopic = nil
        for (index, range) in line.sentences.enumerated() where !range.isEmpty {
            let view = SentenceView(line: line, range: range, groups: groups.filter { range.contains($0.tokens.lowerBound) },
                                    amounts: amounts.filter { range.contains($0.1.lowerBound) }, text: line.sentenceTexts[index])
            let cite = Citation(document: context.document, line: analysed.number, evidence: view.text)
            var moved = false
            for (span, trigger) in triggers where range.contains(span.lowerBound) && !StatusReader.isNegated(span, in: view) {
                if trigger.frame.isDeal {
                    readDeal(trigger, at: span, in: view, citation: cite, context: &context)
                } else if !(moved && trigger.frame == .join) {
                    // « embauché quatre cadres … pour rejoindre », « quitte X pour rejoindre Y »: one move.
                    moved = readHire(trigger, at: span, in: view, citation: cite, context: &context) || moved
                }
            }
            readProjects(in: view, citation: cite, context: &context)
            // Only a name the store knows, or one a cue marks, becomes the topic.
            let companies = view.groups.flatMap(\.parties).filter { $0.canBeCompany && ($0.isKnown || $0.organisationCue) }
            if let first = companies.first {
                context.topic = first
                if context.lineTopic == nil { context.lineTopic = first }
            }
        }
        context.learn(parties)
        context.finish(line: line, parties: parties)
    }

    static func triggers(in line: LineTokens) -> [(span: Range<Int>, trigger: Trigger)] {
        var found: [(Range<Int>, Trigger)] = []
        var index = 0
        while index < line.tokens.count {
            if let match = Triggers.all.match(line.tokens, at: index), line.tokens[index + match.length - 1].sentence == line.tokens[index].sentence,
               !continuesName(index, in: line) {
                found.append((index..<index + match.length, match.payload))
                index += match.length
            } else {
                index += 1
            }
        }
        return found
    }

    /// "Public Investment Fund": a capitalised trigger word right after a
    /// capitalised word is part of a name.
    static func continuesName(_ index: Int, in line: LineTokens) -> Bool {
        let tokens = line.tokens
        guard index > 0, tokens[index].isCapitalized, tokens[index].gap == " ", tokens[index - 1].sentence == tokens[index].sentence else { return false }
        return tokens[index - 1].isCapitalized && !NameCues.neverInNames.contains(tokens[index - 1].folded)
    }

    // MARK: - Kinds

    private func readDeal(_ trigger: Trigger, at span: Range<Int>, in view: SentenceView, citation: Citation, context: inout DocumentContext) {
        guard let deal = DealReader.read(trigger, at: span, in: view, context: context) else {
            if trigger.isNoun { joinAnaphora(at: span, in: view, citation: citation, context: &context) }
            return
        }
        var fields: [String: ProposedFact.Field] = [
            "buyer": .names(deal.buyers.map { $0.proposed(as: "companies", citation: name($0, citation)) }),
            "target": .names(deal.targets.map { $0.proposed(as: "companies", citation: name($0, citation)) }),
            "kind": .value(.enumeration(deal.kind)),
        ]
        fields["amount"] = deal.figures.amount.map { .value(.quantity($0)) }
        fields["stake"] = deal.figures.stake.map { .value(.quantity($0)) }
        fields["valuation"] = deal.figures.valuation.map { .value(.quantity($0)) }
        fields["status"] = deal.status.map { .value(.enumeration($0)) }
        fields["hedge"] = deal.hedge.map { .value(.text($0)) }
        context.lastDeal = (context.facts.count, citation.line)
        context.facts.append(ProposedFact(kind: "deals", fields: fields, citation: citation))
    }

    /// « Cette acquisition, d'un coût de 6,4 milliards » : a deal noun with
    /// no parties, right after a deal, restates it.
    private func joinAnaphora(at span: Range<Int>, in view: SentenceView, citation: Citation, context: inout DocumentContext) {
        guard span.lowerBound > view.range.lowerBound, view.groups.isEmpty,
              ["cette", "cet", "ce", "this", "the", "l", "la", "le"].contains(view.tokens[span.lowerBound - 1].folded),
              let last = context.lastDeal, citation.line - last.line <= 1 else { return }
        var fact = context.facts[last.index]
        fact.also.append(citation)
        let figures = AmountChooser.figures(near: span, in: view)
        if fact.fields["amount"] == nil, let amount = figures.amount { fact.fields["amount"] = .value(.quantity(amount)) }
        context.facts[last.index] = fact
    }

    private func readHire(_ trigger: Trigger, at span: Range<Int>, in view: SentenceView, citation: Citation, context: inout DocumentContext) -> Bool {
        let hires = HireReader.read(trigger, at: span, in: view, context: context)
        for hire in hires { add(hire, citation: citation, context: &context) }
        return !hires.isEmpty
    }

    private func add(_ hire: HireReader.Hire, citation: Citation, context: inout DocumentContext) {
        var fields: [String: ProposedFact.Field] = ["status": .value(.enumeration(hire.status))]
        if let person = hire.person { fields["person"] = .names([person.proposed(as: "people", citation: name(person, citation))]) }
        if !hire.from.isEmpty { fields["from"] = .names(hire.from.map { $0.proposed(as: "companies", citation: name($0, citation)) }) }
        if !hire.to.isEmpty { fields["to"] = .names(hire.to.map { $0.proposed(as: "companies", citation: name($0, citation)) }) }
        if let by = hire.hiredBy { fields["hired_by"] = .names([by.proposed(as: "people", citation: name(by, citation))]) }
        fields["role"] = hire.role.map { .value(.text($0)) }
        fields["count"] = hire.count.map { .value(.quantity($0)) }
        fields["bonus"] = hire.bonus.map { .value(.quantity($0)) }
        fields["hedge"] = hire.hedge.map { .value(.text($0)) }
        context.facts.append(ProposedFact(kind: "hires", fields: fields, citation: citation))
    }

    private func readProjects(in view: SentenceView, citation: Citation, context: inout DocumentContext) {
        var index = view.range.lowerBound
        while index < view.range.upperBound {
            guard let match = Facilities.nouns.match(view.tokens, at: index), index + match.length <= view.range.upperBound else {
                index += 1
                continue
            }
            if let project = ProjectReader.read(at: index..<index + match.length, concrete: match.payload, in: view, context: context) {
                var fields: [String: ProposedFact.Field] = [
                    "owner": .names(project.owners.map { $0.proposed(as: "companies", citation: name($0, citation)) }),
                    "what": .value(.text(project.what)),
                ]
                fields["place"] = project.place.map { .value(.text($0)) }
                fields["amount"] = project.amount.map { .value(.quantity($0)) }
                fields["status"] = project.status.map { .value(.enumeration($0)) }
                fields["hedge"] = project.hedge.map { .value(.text($0)) }
                context.facts.append(ProposedFact(kind: "projects", fields: fields, citation: citation))
                return
            }
            index += match.length
        }
    }

    /// Where a party is named: its own words, on the fact's line.
    private func name(_ party: Party, _ citation: Citation) -> Citation {
        Citation(document: citation.document, line: citation.line, evidence: party.name)
    }
}
