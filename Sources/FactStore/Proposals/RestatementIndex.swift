import Lexer

/// Finds the fact a proposed one restates: a fact of the same kind about
/// the same parties that nothing contradicts. Within one article the same
/// parties make the same deal whatever the amount (a tranche, a figure
/// restated in another currency or rounded); across articles the amounts
/// must fit too. Talent moves with no person named restate only within an
/// article (two articles' « chercheurs recrutés par Meta » may be two
/// moves), and never one with a person named.
struct RestatementIndex {
    /// A fact about to go in.
    struct Candidate {
        let values: [Value?]
        let citations: [Citation]
    }

    /// Rows by kind name and anchor: each entity of the kind's anchor
    /// fields (a deal's target, a move's person), so that a candidate is
    /// compared with the few rows about the same party, not every row that
    /// names Meta.
    private var rows: [String: [Anchor: Bucket]] = [:]

    /// The rows of one anchor, by the parties they name: a candidate that
    /// names every party is compared only with rows naming the same ones
    /// (and rows missing a party), not with every deal of a busy target.
    struct Bucket {
        var all: [Int] = []
        var byParties: [Parties: [Int]] = [:]
        /// Rows with a party field not set: any candidate may restate them.
        var partial: [Int] = []

        mutating func add(_ row: Int, naming parties: Parties?) {
            all.append(row)
            if let parties { byParties[parties, default: []].append(row) } else { partial.append(row) }
        }

        /// The rows a candidate naming `parties` may restate, in row order.
        func rows(for parties: Parties?) -> [Int] {
            guard let parties else { return all }
            return ((byParties[parties] ?? []) + partial).sorted()
        }
    }

    /// The entities of each party field, sorted; for a partnership, all of
    /// them in one set (which side is which does not matter).
    struct Parties: Hashable {
        let fields: [[EntityRef]]
    }

    struct Anchor: Hashable {
        let entity: EntityRef
        /// For a move with no person named: restatements stay within an article.
        let document: String?
    }

    /// The fields a restatement must share an entity in, by kind; a kind
    /// not listed is anchored on all its party fields. For a partnership
    /// either side will do.
    static let anchorFields: [String: [String]] = ["deals": ["target"], "hires": ["person"], "projects": ["owner"]]

    init(tables: [FactTable]) {
        for table in tables where !table.kind.isDerived && !table.kind.isEntity {
            for row in 0..<table.count { insert(row: row, of: table) }
        }
    }

    mutating func insert(row: Int, of table: FactTable) {
        let values = table.kind.fields.indices.map { table.value(row: row, field: $0) }
        let documents = Set(table.allCitations(row: row).map(\.document))
        let parties = Self.namedParties(values, kind: table.kind)
        for anchor in Self.anchors(values, kind: table.kind, documents: documents) {
            // In place: a bucket taken out and put back copies its dictionary
            // on every row, which made indexing a busy target's deals quadratic.
            rows[table.kind.name, default: [:]][anchor, default: Bucket()].add(row, naming: parties)
        }
    }

    /// The first row `candidate` restates, if any.
    func restated(by candidate: Candidate, in table: FactTable) -> Int? {
        let byAnchor = rows[table.kind.name] ?? [:]
        let anchors = Self.anchors(candidate.values, kind: table.kind, documents: Set(candidate.citations.map(\.document)))
        let parties = Self.namedParties(candidate.values, kind: table.kind)
        let nearby = Set(anchors.flatMap { byAnchor[$0]?.rows(for: parties) ?? [] }).sorted()
        return nearby.first { restates(candidate, row: $0, in: table) }
    }

    /// The parties of a fact that sets every party field (any partnership),
    /// or nil when one is not set.
    static func namedParties(_ values: [Value?], kind: KindSchema) -> Parties? {
        if isPartnership(values, kind: kind) { return Parties(fields: [ordered(parties(values, kind: kind))]) }
        var fields: [[EntityRef]] = []
        for (index, field) in kind.fields.enumerated() where isParty(field.type) {
            guard let value = values[index] else { return nil }
            fields.append(ordered(value.members.compactMap { if case .entity(let ref) = $0 { ref } else { nil } }))
        }
        return Parties(fields: fields)
    }

    /// Each entity once, in a fixed order: facts naming the same set agree.
    private static func ordered(_ entities: [EntityRef]) -> [EntityRef] {
        Set(entities).sorted { ($0.kind, $0.row) < ($1.kind, $1.row) }
    }

    static func isPartnership(_ values: [Value?], kind: KindSchema) -> Bool {
        kind.fieldIndex(named: "kind").map { values[$0] == .enumeration("partnership") } ?? false
    }

    /// A partnership is anchored on both sides; a move with no person on
    /// where it goes (else where it comes from), within each article it is told in.
    static func anchors(_ values: [Value?], kind: KindSchema, documents: Set<String>) -> [Anchor] {
        func entities(_ field: String) -> [EntityRef] {
            guard let index = kind.fieldIndex(named: field) else { return [] }
            return (values[index]?.members ?? []).compactMap { if case .entity(let ref) = $0 { ref } else { nil } }
        }
        guard !isPartnership(values, kind: kind), let fields = anchorFields[kind.name] else { return parties(values, kind: kind).map { Anchor(entity: $0, document: nil) } }
        let anchored = fields.flatMap(entities)
        if !anchored.isEmpty { return anchored.map { Anchor(entity: $0, document: nil) } }
        let fallback = entities("to").isEmpty ? entities("from") : entities("to")
        return fallback.flatMap { entity in documents.map { Anchor(entity: entity, document: $0) } }
    }

    private func restates(_ candidate: Candidate, row: Int, in table: FactTable) -> Bool {
        let kind = table.kind
        let existing = kind.fields.indices.map { table.value(row: row, field: $0) }
        let sameArticle = table.allCitations(row: row).contains { cited in candidate.citations.contains { $0.document == cited.document } }
        guard partiesAgree(existing, candidate.values, kind: kind) else { return false }
        if let person = kind.fieldIndex(named: "person") {
            // A move with a person named and one without are two moves; two
            // without one are one only within an article.
            if (existing[person] == nil) != (candidate.values[person] == nil) { return false }
            if existing[person] == nil, !sameArticle { return false }
        }
        for (index, field) in kind.fields.enumerated() {
            guard let a = existing[index], let b = candidate.values[index] else { continue }
            switch field.type {
            case .enumeration where field.name == "kind": if !Self.sameKind(a, b) { return false }
            case .text where field.name == "place": if !TextFolding.sameIgnoringCase(text(a), text(b)) { return false }
            // Unnamed moves of other staff (« chercheurs », « cadres ») are other moves.
            case .text where field.name == "role" && kind.fieldIndex(named: "person").map({ existing[$0] == nil }) == true:
                if Self.staffWord(text(a)) != Self.staffWord(text(b)) { return false }
            case _ where field.type.isNumeric && !sameArticle: if !Self.fit(a, b) { return false }
            default: continue
            }
        }
        return true
    }

    /// Each party field set on both sides names the same entities; for a
    /// partnership, which side is which does not matter.
    private func partiesAgree(_ a: [Value?], _ b: [Value?], kind: KindSchema) -> Bool {
        if Self.isPartnership(a, kind: kind) || Self.isPartnership(b, kind: kind) { return Set(Self.parties(a, kind: kind)) == Set(Self.parties(b, kind: kind)) }
        for (index, field) in kind.fields.enumerated() where Self.isParty(field.type) {
            guard let x = a[index], let y = b[index] else { continue }
            if Set(x.members) != Set(y.members) { return false }
        }
        return true
    }

    /// « cadres seniors » and « cadres » are the same staff.
    static func staffWord(_ role: String) -> String? {
        Words.split(role).first.map { Words.stem($0.text) }
    }

    private func text(_ value: Value) -> String {
        if case .text(let text) = value { return text }
        return ""
    }

    static func parties(_ values: [Value?], kind: KindSchema) -> [EntityRef] {
        kind.fields.indices.filter { isParty(kind.fields[$0].type) }.flatMap { index in
            (values[index]?.members ?? []).compactMap { if case .entity(let ref) = $0 { ref } else { nil } }
        }
    }

    static func isParty(_ type: FieldType) -> Bool {
        if case .reference = type.element { return true }
        return false
    }

    /// A stake is an investment told another way.
    static func sameKind(_ a: Value, _ b: Value) -> Bool {
        let investing: Set<Value> = [.enumeration("stake"), .enumeration("investment")]
        return a == b || (investing.contains(a) && investing.contains(b))
    }

    /// Amounts in different currencies cannot be compared, so they fit.
    static func fit(_ a: Value, _ b: Value) -> Bool {
        guard case .quantity(let x) = a, case .quantity(let y) = b, x.unit == y.unit else { return true }
        return Discrepancies.fits(x, y)
    }
}
