/// Puts proposed facts into copies of the curated tables: names become
/// entities (known ones by name or alias; others new, `origin: extracted`),
/// and a fact that restates one already there (curated or proposed
/// earlier) joins it as a citation instead of making a second row.
/// Curated values are never changed.
struct ProposalMerger {
    private(set) var tables: [FactTable]
    private(set) var entities: EntityIndex
    /// Kinds that took a fact or an entity.
    private(set) var touched: Set<Int> = []
    private(set) var newEntities: [EntityRef] = []
    private let schema: Schema
    private var ids: Set<String>
    private var restatements: RestatementIndex
    /// The documents by id, which the proposals' citations quote.
    private let articles: [String: Document]

    init(tables: [FactTable], entities: EntityIndex, schema: Schema, articles: [String: Document]) {
        self.tables = tables
        self.articles = articles
        self.entities = entities
        self.schema = schema
        self.ids = Set(tables.flatMap(\.ids))
        self.restatements = RestatementIndex(tables: tables)
    }

    mutating func add(_ proposal: ProposedFact) {
        guard let kind = schema.kindIndex(named: proposal.kind), !schema.kinds[kind].isDerived else { return }
        let fields = schema.kinds[kind].fields
        var values = [Value?](repeating: nil, count: fields.count)
        // In the schema's order, not the dictionary's: a name first made an
        // entity of one kind is then refused for another, the same way every run.
        for (index, field) in fields.enumerated() {
            guard let proposed = proposal.fields[field.name] else { continue }
            values[index] = typed(proposed, as: field.type)
        }
        if let origin = schema.kinds[kind].fieldIndex(named: "origin") { values[origin] = .enumeration(Origin.extracted.rawValue) }
        let fact = RestatementIndex.Candidate(values: values, citations: [proposal.citation] + proposal.also)
        if let row = restatements.restated(by: fact, in: tables[kind]) {
            join(row, kind: kind, fact)
        } else {
            append(fact, kind: kind, id: ExtractedID.forFact(values, kind: schema.kinds[kind], name: name(of:)))
        }
    }

    // MARK: - Values

    private mutating func typed(_ field: ProposedFact.Field, as type: FieldType) -> Value? {
        switch field {
        case .value(let value):
            if case .enumeration(let allowed) = type, case .enumeration(let member) = value, !allowed.contains(member) { return nil }
            return value
        case .names(let names):
            var refs: [Value] = []
            for name in names {
                guard let ref = resolve(name, as: type.element), !refs.contains(.entity(ref)) else { continue }
                refs.append(.entity(ref))
            }
            guard !refs.isEmpty else { return nil }
            return type.isList ? .list(refs) : refs[0]
        }
    }

    /// The entity a name stands for: the one given, else the one of the
    /// field's kind with that name, else a new one. A name that belongs to
    /// an entity of another kind (a person where a company is wanted) is
    /// dropped rather than doubled.
    private mutating func resolve(_ name: ProposedName, as type: FieldType) -> EntityRef? {
        guard case .reference(let kindName) = type else { return nil }
        let wanted = kindName == FieldType.anyEntity ? schema.kindIndex(named: name.kind) : schema.kindIndex(named: kindName)
        guard let wanted else { return nil }
        if let entity = name.entity { return entity.kind == wanted ? entity : nil }
        let found = entities.lookup(name.name)
        if let same = found.first(where: { $0.kind == wanted }) { return same }
        guard found.isEmpty, schema.kinds[wanted].name == name.kind else { return nil }
        return newEntity(name, kind: wanted)
    }

    private mutating func newEntity(_ name: ProposedName, kind: Int) -> EntityRef {
        let entityKind = schema.kinds[kind]
        var values = [Value?](repeating: nil, count: entityKind.fields.count)
        if let field = entityKind.fieldIndex(named: "name") { values[field] = .text(name.name) }
        if let field = entityKind.fieldIndex(named: "origin") { values[field] = .enumeration(Origin.extracted.rawValue) }
        let entity = EntityRef(kind: kind, row: tables[kind].count)
        tables[kind].append(id: unique(ExtractedID.slug(name.name)), values: values, citation: name.citation, also: [],
                            article: articles[name.citation.document])
        entities.add(name.name, for: entity)
        if entityKind.name == "people" { entities.addFamilyName(of: name.name, for: entity) }
        touched.insert(kind)
        newEntities.append(entity)
        return entity
    }

    private func name(of entity: EntityRef) -> String {
        let table = tables[entity.kind]
        if let field = table.kind.fieldIndex(named: "name"), case .text(let name)? = table.value(row: entity.row, field: field) { return name }
        return table.ids[entity.row]
    }

    // MARK: - Rows

    private mutating func append(_ fact: RestatementIndex.Candidate, kind: Int, id: String) {
        let row = tables[kind].count
        var places: Set<String> = []
        let citations = fact.citations.filter { places.insert("\($0.document):\($0.line)").inserted }
        tables[kind].append(id: unique(id), values: fact.values, citation: citations[0], also: Array(citations.dropFirst()),
                            article: articles[citations[0].document])
        restatements.insert(row: row, of: tables[kind])
        touched.insert(kind)
    }

    /// The places the restatement adds; for a fact proposed earlier, the
    /// figures and parties it lacked too (a curated fact keeps its values;
    /// a status stays with its own hedge).
    private mutating func join(_ row: Int, kind: Int, _ fact: RestatementIndex.Candidate) {
        let cited = tables[kind].allCitations(row: row)
        for citation in fact.citations where !cited.contains(where: { $0.document == citation.document && $0.line == citation.line }) {
            tables[kind].cite(also: citation, row: row)
        }
        if let origin = tables[kind].kind.fieldIndex(named: "origin"),
           tables[kind].value(row: row, field: origin) == .enumeration(Origin.extracted.rawValue) {
            let fields = tables[kind].kind.fields
            for (field, value) in fact.values.enumerated()
            where value != nil && tables[kind].value(row: row, field: field) == nil && (fields[field].type.isNumeric || RestatementIndex.isParty(fields[field].type)) {
                tables[kind].set(value, row: row, field: field)
            }
        }
        touched.insert(kind)
    }

    private mutating func unique(_ id: String) -> String {
        var candidate = id
        var suffix = 2
        while ids.contains(candidate) {
            candidate = "\(id)_\(suffix)"
            suffix += 1
        }
        ids.insert(candidate)
        return candidate
    }
}
