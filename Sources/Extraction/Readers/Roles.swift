import FactStore

/// The parties around a trigger, before a reader casts them: the subject
/// before it (or, after « En acquérant … , », the subject after the
/// comma), and the groups after it with the words that introduce them.
struct Roles {
    let subject: PartyGroup?
    let objects: [(group: PartyGroup, lead: Range<Int>)]
    /// A pronoun stands where the subject would be (« ils », "it").
    let pronounSubject: Bool

    init(around trigger: Range<Int>, in view: SentenceView, accept: (Party) -> Bool) {
        let tokens = view.tokens
        let before = trigger.lowerBound - 1
        let gerund = before >= view.range.lowerBound && ["en", "by"].contains(tokens[before].folded)
            && (before == view.range.lowerBound || tokens[before].gapHasComma)
        if gerund, let comma = (trigger.upperBound..<view.range.upperBound).first(where: { tokens[$0].gapHasComma }) {
            subject = view.groupsAfter(comma).first.flatMap { Self.filtered($0.group, accept) }
            objects = view.groupsAfter(trigger.upperBound, until: comma).compactMap { item in
                Self.filtered(item.group, accept).map { ($0, item.lead) }
            }
            pronounSubject = false
        } else {
            subject = view.groupBefore(trigger.lowerBound, subjectOnly: true, accept: accept)
            objects = view.groupsAfter(trigger.upperBound).compactMap { item in Self.filtered(item.group, accept).map { ($0, item.lead) } }
            let window = max(view.range.lowerBound, trigger.lowerBound - 4)..<trigger.lowerBound
            pronounSubject = subject == nil && window.contains { NameCues.pronouns.contains(tokens[$0].folded) }
        }
    }

    private static func filtered(_ group: PartyGroup, _ accept: (Party) -> Bool) -> PartyGroup? {
        let kept = group.parties.filter(accept)
        return kept.isEmpty ? nil : PartyGroup(parties: kept)
    }

    /// The first object introduced by one of `markers`, and its position.
    func object<Payload>(introducedBy markers: PatternSet<Payload>, in view: SentenceView, within words: Int = 3) -> (offset: Int, group: PartyGroup)? {
        for (offset, item) in objects.enumerated() where view.introduced(item.lead, by: markers, within: words) {
            return (offset, item.group)
        }
        return nil
    }
}
