import Lexer

/// Numbers that disagree, found by rule rather than curated: a fact one of
/// whose places states another value than the one recorded (its amount
/// read from the evidence by the amount reader), or two facts of one kind
/// about the same parties whose values cannot both hold. Restatements that
/// agree (49 % three times, 6,4 milliards twice, 2,1 milliards then « plus
/// de 2 milliards ») are never flagged. Rows go to the schema's derived
/// `discrepancies` kind when it declares one.
enum Discrepancies {
    struct Found {
        let fact: FactRef
        let other: FactRef
        let field: String
        let recorded: Quantity
        let stated: Quantity
        let citation: Citation
    }

    static func find(in tables: [FactTable], schema: Schema, documents: [Document]) -> [Found] {
        let languages = Dictionary(documents.map { ($0.id, Language(code: $0.language) ?? Language.guess(lines: $0.lines)) },
                                   uniquingKeysWith: { first, _ in first })
        var found: [Found] = []
        for (kindIndex, table) in tables.enumerated() where !table.kind.isDerived && !table.kind.isEntity {
            for (fieldIndex, field) in table.kind.fields.enumerated() where field.type.isNumeric {
                found += withinFacts(table, kind: kindIndex, field: fieldIndex, languages: languages)
                found += betweenFacts(table, kind: kindIndex, field: fieldIndex)
            }
        }
        return found
    }

    // MARK: - One fact, several places

    /// Each place of a fact that states amounts in the field's unit must
    /// state one that fits the recorded value.
    static func withinFacts(_ table: FactTable, kind: Int, field: Int, languages: [String: Language?]) -> [Found] {
        var found: [Found] = []
        for row in 0..<table.count {
            guard case .quantity(let recorded)? = table.value(row: row, field: field), recorded.low != nil else { continue }
            let places = table.allCitations(row: row)
            guard places.count > 1 else { continue }
            for place in places {
                let stated = AmountExtractor().amounts(in: place.evidence, language: languages[place.document] ?? nil)
                    .map(\.value).filter { $0.unit == recorded.unit && $0.low != nil }
                guard let first = stated.first, !stated.contains(where: { fits($0, recorded) }) else { continue }
                let fact = FactRef(kind: kind, row: row)
                found.append(Found(fact: fact, other: fact, field: table.kind.fields[field].name, recorded: recorded,
                                   stated: first, citation: place))
            }
        }
        return found
    }

    // MARK: - Two facts, the same parties

    /// Facts of one kind whose party and enumeration fields are all equal
    /// (and set) are the same fact told twice; their values must fit. Only
    /// kinds with two parties or more (a buyer and a target) are compared:
    /// one speaker's two claims are two facts.
    static func betweenFacts(_ table: FactTable, kind: Int, field: Int) -> [Found] {
        let identity = table.kind.fields.indices.filter { isIdentifying(table.kind.fields[$0].type) }
        guard identity.filter({ isReference(table.kind.fields[$0].type) }).count >= 2 else { return [] }
        var seen: [[Value]: Int] = [:]
        var found: [Found] = []
        for row in 0..<table.count {
            let key = identity.compactMap { table.value(row: row, field: $0) }
            guard key.count == identity.count, case .quantity(let value)? = table.value(row: row, field: field), value.low != nil else { continue }
            guard let earlier = seen[key] else {
                seen[key] = row
                continue
            }
            guard case .quantity(let first)? = table.value(row: earlier, field: field), !fits(value, first),
                  let citation = table.citations[row] else { continue }
            found.append(Found(fact: FactRef(kind: kind, row: earlier), other: FactRef(kind: kind, row: row),
                               field: table.kind.fields[field].name, recorded: first, stated: value, citation: citation))
        }
        return found
    }

    static func isReference(_ type: FieldType) -> Bool {
        if case .reference = type.element { return true }
        return false
    }

    static func isIdentifying(_ type: FieldType) -> Bool {
        switch type {
        case .reference, .enumeration: true
        case .list(let member): isIdentifying(member)
        default: false
        }
    }

    // MARK: - Fitting

    /// Two values fit when some value is allowed by both; an approximate
    /// one allows a tenth either way ("près de 2 milliards" fits 2,1).
    static func fits(_ a: Quantity, _ b: Quantity) -> Bool {
        guard let (aLow, aHigh) = bounds(a), let (bLow, bHigh) = bounds(b) else { return true }
        return aLow <= bHigh && bLow <= aHigh
    }

    static func bounds(_ quantity: Quantity) -> (Double, Double)? {
        guard let low = quantity.low, let high = quantity.high else { return nil }
        let slack = quantity.precision == .approximate || quantity.approximateLow || quantity.approximateHigh ? 0.1 : 0
        return (low - abs(low) * slack, high + abs(high) * slack)
    }
}

extension TextLayer {
    /// Fills the `discrepancies` kind, when the schema declares it.
    mutating func addDiscrepancies(_ found: [Discrepancies.Found], schema: Schema, articles: [String: Document]) {
        guard let index = schema.kindIndex(named: "discrepancies"), var table = tables[index] else { return }
        for item in found {
            let values: [String: Value] = [
                "fact": .fact(item.fact), "other": .fact(item.other), "field": .text(item.field),
                "recorded": .quantity(item.recorded), "stated": .quantity(item.stated),
            ]
            table.append(id: "\(item.field)@\(item.citation.document):\(item.citation.line)#\(table.count + 1)",
                         values: table.kind.fields.map { values[$0.name] }, citation: item.citation, also: [],
                         article: articles[item.citation.document])
        }
        tables[index] = table
    }
}
