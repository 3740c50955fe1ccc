import FactStore

/// What extraction added for one document: new facts per kind, facts it
/// restated (joined as citations), and new entities.
struct ExtractionSummary {
    static let kindNames = ["deals", "hires", "projects"]

    struct Kind {
        let kind: String
        let singular: String
        var new = 0
    }

    private(set) var kinds: [Kind] = []
    private(set) var joined = 0
    private(set) var newEntities = 0

    init(kb: KnowledgeBase, document: String) {
        let extracted = Value.enumeration(Origin.extracted.rawValue)
        for name in Self.kindNames {
            guard let table = kb.table(named: name) else { continue }
            var kind = Kind(kind: name, singular: table.kind.singular)
            for row in 0..<table.count {
                let first = table.citations[row]?.document == document
                if first, table.value(row: row, named: "origin") == extracted { kind.new += 1 }
                if !first, table.alsoCited[row].contains(where: { $0.document == document }) { joined += 1 }
            }
            kinds.append(kind)
        }
        for entityKind in kb.schema.entityKinds {
            guard let table = kb.table(named: entityKind.name) else { continue }
            newEntities += (0..<table.count).filter {
                table.citations[$0]?.document == document && table.value(row: $0, named: "origin") == extracted
            }.count
        }
    }
}
