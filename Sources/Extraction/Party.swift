import FactStore

/// A name in a line: a known entity, or a name the store has not seen,
/// with what its context says it is.
struct Party: Sendable {
    let name: String
    /// The known entity, if it is one.
    let entity: EntityRef?
    /// `companies`, `people`, or another entity kind for a known entity.
    let kind: String?
    /// Token indices in the line.
    let tokens: Range<Int>
    /// Unknown names only: two or more title-case words (Priya Natarajan).
    let couldBePerson: Bool
    /// A cue says it is an organisation (« la start-up X ») or a person (« le chercheur X »).
    let organisationCue: Bool
    let personCue: Bool

    var isKnown: Bool { entity != nil }

    /// Whether it can stand where a company is wanted.
    var canBeCompany: Bool {
        if isKnown { return kind == "companies" }
        return !personCue
    }

    /// Whether it can stand where a person is wanted.
    var canBePerson: Bool {
        if isKnown { return kind == "people" }
        return !organisationCue && (couldBePerson || personCue)
    }

    /// The same entity, or the same unknown name in any case.
    func isSame(as other: Party) -> Bool {
        if let entity, let otherEntity = other.entity { return entity == otherEntity }
        return name.lowercased() == other.name.lowercased()
    }

    func proposed(as kind: String, citation: Citation) -> ProposedName {
        ProposedName(name: name, kind: kind, entity: entity, citation: citation)
    }
}

/// Parties joined in a list: « Sequoia et Accel », "Intel, AMD and other backers".
struct PartyGroup: Sendable {
    var parties: [Party]
    var tokens: Range<Int> { parties[0].tokens.lowerBound..<parties[parties.count - 1].tokens.upperBound }
}
