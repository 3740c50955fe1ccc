/// A hash index on one reference field of one kind: for each entity, the
/// rows that name it (a list field names several), in row order. Built on
/// first use and kept (`KnowledgeBase.referenceIndex(kind:field:)`).
public struct ReferenceIndex: Sendable {
    private let rows: [EntityRef: [Int]]

    init(_ table: FactTable, field: Int) {
        var rows: [EntityRef: [Int]] = [:]
        for row in 0..<table.count {
            guard let value = table.value(row: row, field: field) else { continue }
            for case .entity(let entity) in value.members where rows[entity]?.last != row {
                rows[entity, default: []].append(row)
            }
        }
        self.rows = rows
    }

    /// The rows naming any of `entities`, in row order, each once.
    public func rows(naming entities: [EntityRef]) -> [Int] {
        let lists = Set(entities).compactMap { rows[$0] }
        guard lists.count > 1 else { return lists.first ?? [] }
        return Array(Set(lists.joined())).sorted()
    }

    /// How many rows name any of `entities`, at most (rows naming two are counted twice).
    public func estimate(_ entities: [EntityRef]) -> Int {
        Set(entities).reduce(0) { $0 + (rows[$1]?.count ?? 0) }
    }
}
