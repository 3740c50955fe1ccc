extension TextLayer {
    /// Merges the proposals into the curated tables, then finds where the
    /// new entities are named, as mentions.
    mutating func merge(_ proposals: [ProposedFact], curated: [FactTable], schema: Schema, articles: [String: Document]) {
        var merger = ProposalMerger(tables: curated, entities: entities, schema: schema, articles: articles)
        for proposal in proposals { merger.add(proposal) }
        for kind in merger.touched { facts[kind] = merger.tables[kind] }
        entities = merger.entities
        addMentions(of: merger.newEntities, names: merger.tables, schema: schema, articles: articles)
    }

    /// Only the sentences holding a new name's first word are read again.
    private mutating func addMentions(of newEntities: [EntityRef], names tables: [FactTable], schema: Schema, articles: [String: Document]) {
        guard !newEntities.isEmpty, let kind = schema.kindIndex(named: "mentions"), var mentions = self.tables[kind] else { return }
        var index = EntityIndex()
        var seen: Set<String> = []
        var places: [(document: String, line: Int)] = []
        for entity in newEntities {
            let table = tables[entity.kind]
            guard let field = table.kind.fieldIndex(named: "name"), case .text(let name)? = table.value(row: entity.row, field: field),
                  let first = Words.split(name).first?.text else { continue }
            index.add(name, for: entity)
            for sentence in search.sentences(containing: first).map({ search.sentences[$0] })
            where seen.insert("\(sentence.document):\(sentence.line)").inserted {
                places.append((sentence.document, sentence.line))
            }
        }
        let finder = MentionFinder(entities: index)
        for place in places.sorted(by: { ($0.document, $0.line) < ($1.document, $1.line) }) {
            guard let article = articles[place.document], let text = article.line(place.line) else { continue }
            for (position, mention) in finder.mentions(in: text).enumerated() {
                let values: [String: Value] = ["entity": .entity(mention.entity), "text": .text(mention.text)]
                mentions.append(id: "\(place.document):\(place.line)@x\(position + 1)", values: mentions.kind.fields.map { values[$0.name] },
                                citation: Citation(document: place.document, line: place.line, evidence: mention.text), also: [], article: article)
            }
        }
        self.tables[kind] = mentions
    }
}
