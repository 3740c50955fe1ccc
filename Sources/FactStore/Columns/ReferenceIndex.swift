/// A hash index on one reference field of one kind: for each entity, the
/// rows that name it (a list field names several), in row order. Built on
/// first use and kept (`KnowledgeBase.referenceIndex(kind:field:)`).
public struct ReferenceIndex: Sendable {
    private let rows: [EntityRef: [Int]]

    init(_ table: FactTable, field: Int) {
        var rows: [EntityRef: [Int]] = [:]
        for row in 0..<table.count {
            let add = { (entity: EntityRef) in
                if rows[entity]?.last != row { rows[entity, default: []].append(row) }
            }
            // Packed references are read as they are; anything else through its value.
            if table.forEachReference(row: row, field: field, add) != nil { continue }
            guard let value = table.value(row: row, field: field) else { continue }
            for case .entity(let entity) in value.members { add(entity) }
        }
        self.rows = rows
    }

    /// The rows naming any of `entities`, in row order, each once: marked
    /// in one array as long as the last row, then read off in order.
    public func rows(naming entities: [EntityRef]) -> [Int] {
        let lists = Set(entities).compactMap { rows[$0] }
        guard lists.count > 1 else { return lists.first ?? [] }
        var marked = [Bool](repeating: false, count: (lists.compactMap(\.last).max() ?? -1) + 1)
        var count = 0
        for list in lists {
            for row in list where !marked[row] {
                marked[row] = true
                count += 1
            }
        }
        var found: [Int] = []
        found.reserveCapacity(count)
        for row in marked.indices where marked[row] { found.append(row) }
        return found
    }

    /// How many rows name any of `entities`, at most (rows naming two are counted twice).
    public func estimate(_ entities: [EntityRef]) -> Int {
        Set(entities).reduce(0) { $0 + (rows[$1]?.count ?? 0) }
    }
}
