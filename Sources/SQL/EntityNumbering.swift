import FactStore

/// One number per entity across every entity kind (`entities.entity`), so
/// that a field of type `entity` holds one column whatever the kind.
struct EntityNumbering {
    /// The number before each entity kind's first row; nil for other kinds.
    private let offsets: [Int?]
    private let kinds: [(kind: Int, first: Int, count: Int)]

    init(_ kb: KnowledgeBase) {
        var offsets: [Int?] = []
        var kinds: [(Int, Int, Int)] = []
        var next = 0
        for (index, kind) in kb.schema.kinds.enumerated() {
            guard kind.isEntity else { offsets.append(nil); continue }
            let count = kb.table(index).count
            offsets.append(next)
            kinds.append((index, next + 1, count))
            next += count
        }
        self.offsets = offsets
        self.kinds = kinds
    }

    func number(of entity: EntityRef) -> Int {
        offsets[entity.kind]! + entity.row + 1
    }

    func entity(numbered number: Int) -> EntityRef? {
        kinds.first { number >= $0.first && number < $0.first + $0.count }.map { EntityRef(kind: $0.kind, row: number - $0.first) }
    }
}
