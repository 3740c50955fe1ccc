import Dispatch
import Foundation
import Synchronization

/// What is derived from the text of the documents: the sentences (and the
/// search index over them), the mentions of known entities, the amounts
/// stated, and the facts a proposer reads from the text, merged with the
/// curated ones.
public struct TextLayer: Sendable {
    public let search: SearchIndex
    /// Derived tables by kind index; kinds the schema does not declare are absent.
    public internal(set) var tables: [Int: FactTable]
    /// The curated tables with the proposed facts and entities merged in;
    /// only the kinds that took some are present.
    public internal(set) var facts: [Int: FactTable] = [:]
    /// The entity names, extracted entities included.
    public internal(set) var entities: EntityIndex

    /// Derives the layer for every document; documents are processed in
    /// parallel chunks and merged in their order.
    /// The proposer's facts are merged with `curated` (the tables by kind
    /// index): a restatement joins the fact it restates as a citation.
    public static func derive(documents: [Document], schema: Schema, entities: EntityIndex,
                              curated: [FactTable] = [], proposer: (any FactProposer)? = nil) -> TextLayer {
        derive(documents: documents, schema: schema, entities: entities, curated: curated, proposer: proposer, isCancelled: { false })!
    }

    /// The same, or nil as soon as `isCancelled` says so (asked at every line).
    public static func derive(documents: [Document], schema: Schema, entities: EntityIndex, curated: [FactTable],
                              proposer: (any FactProposer)?, isCancelled: @Sendable () -> Bool) -> TextLayer? {
        let mentions = MentionFinder(entities: entities)
        let chunkCount = max(1, min(documents.count / 64, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (documents.count + chunkCount - 1) / max(chunkCount, 1)
        let parts = Mutex([Int: Part]())
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * chunkSize)..<min(documents.count, (chunk + 1) * chunkSize)
            guard !range.isEmpty else { return }
            guard let part = Part.derive(documents[range], mentions: mentions, proposer: proposer, entities: entities,
                                         isCancelled: isCancelled) else { return }
            parts.withLock { $0[chunk] = part }
        }
        if isCancelled() { return nil }
        let articles = Document.byID(documents)
        var builders = DerivedTables(schema: schema, articles: articles)
        var sentences: [Sentence] = []
        var words: [[Words.Word]] = []
        var proposals: [ProposedFact] = []
        for part in parts.withLock({ $0 }).sorted(by: { $0.key < $1.key }).map(\.value) {
            sentences += part.sentences
            words += part.words
            proposals += part.proposals
            for row in part.rows { builders.add(row) }
        }
        var layer = TextLayer(search: SearchIndex(sentences: sentences, words: words), tables: builders.tables, entities: entities)
        if proposer != nil, !curated.isEmpty { layer.merge(proposals, curated: curated, schema: schema, articles: articles) }
        return layer
    }
}

/// One row of a derived kind, before it goes into its table.
struct DerivedRow: Sendable {
    let kind: String
    let id: String
    let citation: Citation
    let values: [String: Value]
}

/// What a run of documents yields.
struct Part: Sendable {
    var sentences: [Sentence] = []
    /// The indexed words of each sentence.
    var words: [[Words.Word]] = []
    var rows: [DerivedRow] = []
    var proposals: [ProposedFact] = []

    static func derive(_ documents: ArraySlice<Document>, mentions: MentionFinder,
                       proposer: (any FactProposer)?, entities: EntityIndex, isCancelled: () -> Bool) -> Part? {
        var part = Part()
        let extractor = AmountExtractor()
        for document in documents {
            let lines = document.lines
            let language = Language(code: document.language) ?? Language.guess(lines: lines)
            var known: Set<EntityRef> = []
            var analysed: [AnalysedLine] = []
            for (lineIndex, line) in lines.enumerated() {
                if isCancelled() { return nil }
                let number = lineIndex + 1
                let place = "\(document.id):\(number)"
                func cite(_ evidence: String) -> Citation { Citation(document: document.id, line: number, evidence: evidence) }
                let split = SentenceSplitter.split(line)
                for (position, text) in split.enumerated() {
                    let sentence = Sentence(document: document.id, line: number, number: position + 1, text: text)
                    part.sentences.append(sentence)
                    part.words.append(SearchIndex.indexWords(sentence))
                    part.rows.append(DerivedRow(kind: "sentences", id: "\(place).\(position + 1)", citation: cite(text),
                                                values: ["n": .quantity(Quantity(exactly: Double(position + 1))), "text": .text(text)]))
                }
                let scalars = Array(line.unicodeScalars)
                let lineWords = Words.split(scalars)
                let found = mentions.mentions(words: lineWords, scalars: scalars, known: &known)
                for (position, mention) in found.enumerated() {
                    part.rows.append(DerivedRow(kind: "mentions", id: "\(place)@\(position + 1)", citation: cite(mention.text),
                                                values: ["entity": .entity(mention.entity), "text": .text(mention.text)]))
                }
                let amounts = extractor.amounts(scalars: scalars, language: language ?? Language.guess(line))
                for (position, amount) in amounts.enumerated() {
                    var values: [String: Value] = [
                        "value": .quantity(amount.value), "measure": .enumeration(amount.measure.rawValue),
                        "qualifier": .enumeration(amount.value.precision.rawValue), "text": .text(amount.text),
                    ]
                    if let unit = amount.unit { values["unit"] = .text(unit) }
                    part.rows.append(DerivedRow(kind: "amounts", id: "\(place)$\(position + 1)", citation: cite(amount.text), values: values))
                }
                if proposer != nil {
                    analysed.append(AnalysedLine(number: number, text: line, scalars: scalars, words: lineWords, sentences: split,
                                                 mentions: found, amounts: amounts))
                }
            }
            if let proposer {
                part.proposals += proposer.propose(document: document, language: language, lines: analysed, entities: entities)
            }
        }
        return part
    }
}

/// Fills the tables of the derived kinds the schema declares.
private struct DerivedTables {
    var tables: [Int: FactTable] = [:]
    private var indexByName: [String: Int] = [:]
    private let articles: [String: Document]

    init(schema: Schema, articles: [String: Document]) {
        self.articles = articles
        for (index, kind) in schema.kinds.enumerated() where kind.isDerived {
            tables[index] = FactTable(kind: kind)
            indexByName[kind.name] = index
        }
    }

    mutating func add(_ row: DerivedRow) {
        guard let index = indexByName[row.kind], let kind = tables[index]?.kind else { return }
        tables[index]?.append(id: row.id, values: kind.fields.map { row.values[$0.name] }, citation: row.citation, also: [],
                              article: articles[row.citation.document])
    }
}
