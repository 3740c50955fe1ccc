/// Who put a record in the store: a person, in a facts file, or the
/// extractor, from an article nobody curated. Curated records always win.
public enum Origin: String, Sendable {
    case curated, extracted
}

/// A fact read from an article by rule, before it goes into the store: its
/// kind's fields by name, the parties still as names (the store resolves
/// them to entities, or makes new ones), and where the text states it.
public struct ProposedFact: Sendable, Equatable {
    public enum Field: Sendable, Equatable {
        case value(Value)
        /// Entities by name, in the order the text gives them.
        case names([ProposedName])
    }

    /// The kind's name: `deals`, `hires`, `projects`.
    public let kind: String
    public var fields: [String: Field]
    public let citation: Citation
    /// Further places that state the same fact.
    public var also: [Citation]

    public init(kind: String, fields: [String: Field], citation: Citation, also: [Citation] = []) {
        self.kind = kind
        self.fields = fields
        self.citation = citation
        self.also = also
    }

}

/// A party as the text names it: a known entity, or a name the store has
/// not seen, with the entity kind it would be (`companies`, `people`) and
/// the place it is named.
public struct ProposedName: Sendable, Hashable {
    public let name: String
    public let kind: String
    public let entity: EntityRef?
    public let citation: Citation

    public init(name: String, kind: String, entity: EntityRef?, citation: Citation) {
        self.name = name
        self.kind = kind
        self.entity = entity
        self.citation = citation
    }
}

/// One line of a document as the text layer reads it, for a proposer.
public struct AnalysedLine: Sendable {
    /// 1-based.
    public let number: Int
    public let text: String
    /// The text cut into scalars, and its words (offsets are into `scalars`).
    public let scalars: [Unicode.Scalar]
    public let words: [Words.Word]
    public let sentences: [String]
    public let mentions: [MentionFinder.Mention]
    public let amounts: [AmountExtractor.Amount]
}

/// Reads facts from a document; the text layer calls it for every document,
/// in parallel chunks, with the lines it has already analysed.
public protocol FactProposer: Sendable {
    /// The kinds it proposes facts of (`deals`): only their tables, and the
    /// entities', wait for the text layer.
    var kinds: Set<String> { get }

    func propose(document: Document, language: Language?, lines: [AnalysedLine], entities: EntityIndex) -> [ProposedFact]
}
