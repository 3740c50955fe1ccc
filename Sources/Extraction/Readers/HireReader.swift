import FactStore

/// Reads a talent move around a trigger: the person (or the staff, when
/// no one is named), where they come from and go to, who hired them, the
/// count and bonus, and the status. A move needs a person or staff, and
/// somewhere to come from or go to.
enum HireReader {
    struct Hire {
        var person: Party?
        var from: [Party]
        var to: [Party]
        var hiredBy: Party?
        var role: String?
        var count: Quantity?
        var bonus: Quantity?
        var status: String
        var hedge: String?
    }

    /// One move per person named: « Meta a débauché Inès Morel et Karim Benali » is two.
    static func read(_ trigger: Trigger, at span: Range<Int>, in view: SentenceView, context: DocumentContext) -> [Hire] {
        guard let first = readOne(trigger, at: span, in: view, context: context) else { return [] }
        let people = Roles(around: span, in: view, accept: \.canBePerson)
        guard let person = first.person else { return [first] }
        let group = ([people.subject] + people.objects.map(\.group)).compactMap { $0 }.first { group in
            group.parties.contains { $0.isSame(as: person) }
        }
        let others = group?.parties.filter { !$0.isSame(as: person) } ?? []
        return [first] + others.map { person in
            var hire = first
            hire.person = person
            return hire
        }
    }

    private static func readOne(_ trigger: Trigger, at span: Range<Int>, in view: SentenceView, context: DocumentContext) -> Hire? {
        let people = Roles(around: span, in: view, accept: \.canBePerson)
        let companies = Roles(around: span, in: view, accept: \.canBeCompany)
        let staff = staffWord(after: trigger.frame == .join || trigger.frame == .leave ? nil : span, before: span, in: view)
            ?? staffPronoun(at: span, frame: trigger.frame, in: view)
        var hire: Hire
        switch trigger.frame {
        case .hire, .staffCall: hire = employer(trigger, people: people, companies: companies, in: view)
        case .join: hire = mover(people: people, companies: companies, in: view)
        case .leave: hire = leaver(people: people, companies: companies, in: view)
        case .arrival:
            hire = Hire(person: people.objects.first?.group.parties.first, from: [],
                        to: companies.object(introducedBy: Cues.destination, in: view)?.group.parties ?? context.lineTopic.map { [$0] } ?? [],
                        status: "joined")
        case .exodus:
            hire = Hire(person: nil, from: companies.subject?.parties ?? context.topic.map { [$0] } ?? [],
                        to: companies.objects.flatMap(\.group.parties), status: "joined")
        default:
            return nil
        }
        if hire.from.isEmpty, let person = hire.person, let company = apposition(after: person, in: view) { hire.from = company.parties }
        let employerVerb = [.hire, .staffCall].contains(trigger.frame)
        // « Mark Zuckerberg a embauché … » : a person hires for the company the text is about.
        if hire.to.isEmpty, employerVerb, companies.pronounSubject || hire.hiredBy != nil, let topic = context.topic,
           !hire.from.contains(where: { $0.isSame(as: topic) }) {
            hire.to = [topic]
        }
        // Nobody moves from a company to itself: the subject was not the employer.
        hire.to.removeAll { to in hire.from.contains { $0.isSame(as: to) } }
        if employerVerb, hire.to.isEmpty { return nil }
        guard hire.person != nil || staff != nil || trigger.frame == .exodus, !(hire.from.isEmpty && hire.to.isEmpty) else { return nil }
        if hire.person == nil, let staff {
            hire.role = view.line.written(staff..<staff + 1)
            hire.count = view.amounts.first { [.counted, .number].contains($0.amount.measure) && [staff, staff + 1].contains($0.tokens.upperBound) }?
                .amount.value
        }
        if hire.person != nil { hire.role = role(after: span, in: view) }
        hire.bonus = AmountChooser.figures(near: span, in: view).bonus
        let reading = StatusReader.read(span, in: view)
        hire.status = StatusReader.hireStatus(reading, leaving: trigger.frame == .leave && hire.to.isEmpty)
        hire.hedge = StatusReader.hedge(reading)
        return hire
    }

    /// « Meta débauche X », « le recrutement de X par Meta », "Anthropic poached X from Google".
    private static func employer(_ trigger: Trigger, people: Roles, companies: Roles, in view: SentenceView) -> Hire {
        var hire = Hire(person: nil, from: [], to: [], status: "joined")
        // « le recrutement de X », but not « le débauchage orchestré par Meta, impliquant Zuckerberg ».
        hire.person = trigger.isNoun
            ? people.object(introducedBy: Cues.origin, in: view, within: 1).flatMap { $0.offset == 0 ? $0.group.parties.first : nil }
            : people.objects.first?.group.parties.first
        let agent = companies.object(introducedBy: Cues.agent, in: view)
        if let subject = people.subject?.parties.first, companies.subject == nil { hire.hiredBy = subject }
        if hire.person == nil, let subject = people.subject?.parties.first, agent != nil {
            // « X a été recruté par Meta »
            hire.person = subject
            hire.hiredBy = nil
        }
        hire.to = agent?.group.parties ?? companies.subject?.parties ?? []
        hire.from = companies.object(introducedBy: Cues.origin, in: view, within: 2)?.group.parties ?? []
        return hire
    }

    /// « X rejoint Meta », "X joins Meta from Google".
    private static func mover(people: Roles, companies: Roles, in view: SentenceView) -> Hire {
        let origin = companies.object(introducedBy: Cues.origin, in: view, within: 2)
        var hire = Hire(person: people.subject?.parties.first, from: origin?.group.parties ?? [],
                        to: companies.objects.enumerated().first { $0.offset != origin?.offset }?.element.group.parties ?? [],
                        status: "joined")
        if hire.from.isEmpty, hire.person != nil, let person = people.subject?.tokens.lowerBound,
           let before = view.groupBefore(person, accept: \.canBeCompany), person - before.tokens.upperBound <= 2 {
            // « l'ancien chercheur d'OpenAI Priya Natarajan rejoint Anthropic »
            hire.from = before.parties
        }
        return hire
    }

    /// « X quitte Google (pour rejoindre Anthropic) ».
    private static func leaver(people: Roles, companies: Roles, in view: SentenceView) -> Hire {
        var hire = Hire(person: people.subject?.parties.first, from: companies.objects.first?.group.parties ?? [], to: [], status: "joined")
        if let destination = companies.object(introducedBy: Cues.destination, in: view), destination.offset > 0 {
            hire.to = destination.group.parties
        }
        return hire
    }

    /// The company in an apposition after a person: « Hugo Ferrand,
    /// fondateur de Cobalt Labs, », "Daniel Okafor, previously a
    /// vice-president at Nvidia," « deux chercheurs d'OpenAI ».
    private static func apposition(after person: Party, in view: SentenceView) -> PartyGroup? {
        var start = person.tokens.upperBound
        if let group = view.groups.first(where: { $0.tokens.contains(person.tokens.lowerBound) }) { start = group.tokens.upperBound }
        guard start < view.range.upperBound, view.tokens[start].gapHasComma else { return nil }
        for group in view.groups where group.tokens.lowerBound > start && group.tokens.lowerBound - start <= 10 {
            let lead = start..<group.tokens.lowerBound
            if lead.dropFirst().contains(where: { view.tokens[$0].gapHasComma }) { return nil }
            let cued = lead.contains { index in
                let word = view.tokens[index].folded
                return NameCues.personBefore.contains(word) || NameCues.staff.contains(word) || Cues.formerly.contains(word)
            }
            let companies = group.parties.filter(\.canBeCompany)
            if cued, !companies.isEmpty { return PartyGroup(parties: companies) }
        }
        return nil
    }

    /// The new position: « en tant que directrice de la sécurité », "as chief operating officer".
    private static func role(after span: Range<Int>, in view: SentenceView) -> String? {
        guard let marker = Cues.roleMarkers.firstMatch(in: view.tokens, span.upperBound..<view.range.upperBound) else { return nil }
        let start = marker.start + marker.length
        var end = start
        while end < view.range.upperBound, end - start < 8, end == start || !view.tokens[end].gapHasComma { end += 1 }
        return end > start ? view.line.written(start..<end) : nil
    }

    /// « des employés …, et Meta pourrait les recruter » : an object pronoun
    /// by an employer's verb, with staff named earlier in the sentence.
    private static func staffPronoun(at span: Range<Int>, frame: Frame, in view: SentenceView) -> Int? {
        guard [.hire, .staffCall].contains(frame) else { return nil }
        let near = [span.lowerBound - 1, span.upperBound].filter { view.range.contains($0) }
        guard near.contains(where: { NameCues.staffPronouns.contains(view.tokens[$0].folded) }) else { return nil }
        return (view.range.lowerBound..<span.lowerBound).last { NameCues.staff.contains(view.tokens[$0].folded) }
    }

    /// A staff noun near the trigger: after it for an employer's verb
    /// (« débaucher des employés »), before it for the mover's (« des chercheurs rejoignent »).
    private static func staffWord(after span: Range<Int>?, before trigger: Range<Int>, in view: SentenceView) -> Int? {
        let window = span.map { $0.upperBound..<min(view.range.upperBound, $0.upperBound + 6) }
            ?? max(view.range.lowerBound, trigger.lowerBound - 4)..<trigger.lowerBound
        return window.first { NameCues.staff.contains(view.tokens[$0].folded) }
    }
}
