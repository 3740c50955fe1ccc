import FactStore

/// One number per entity across every entity kind (`entity_names.entity`),
/// so that a field of type `entity` holds one column whatever the kind.
struct EntityNumbering {
    /// The number before each entity kind's first row; nil for other kinds.
    private let offsets: [Int?]

    init(_ kb: KnowledgeBase) {
        var offsets: [Int?] = []
        var next = 0
        for (index, kind) in kb.schema.kinds.enumerated() {
            guard kind.isEntity else { offsets.append(nil); continue }
            offsets.append(next)
            next += kb.table(index).count
        }
        self.offsets = offsets
    }

    func number(of entity: EntityRef) -> Int {
        offsets[entity.kind]! + entity.row + 1
    }
}
