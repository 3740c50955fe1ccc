import FactStore

/// The group each entity (or no value) has been given, found by the
/// entity's kind and row in arrays rather than by hashing: grouping a
/// million deals by buyer looks up a million integers.
struct GroupSlots {
    private let kb: KnowledgeBase
    /// By kind, then by entity row: the group's slot, or -1 for none yet
    /// (a kind's array is made when one of its entities is first met).
    private var byEntity: [[Int]]
    private var missing: Int?

    init(_ kb: KnowledgeBase) {
        self.kb = kb
        self.byEntity = Array(repeating: [], count: kb.schema.kinds.count)
    }

    /// The slot of `entity`'s group (nil: the rows without a value),
    /// made by `create` the first time it is asked for.
    mutating func slot(for entity: EntityRef?, create: () -> Int) -> Int {
        guard let entity else {
            if let missing { return missing }
            let made = create()
            missing = made
            return made
        }
        if byEntity[entity.kind].isEmpty { byEntity[entity.kind] = Array(repeating: -1, count: kb.table(entity.kind).count) }
        let found = byEntity[entity.kind][entity.row]
        if found >= 0 { return found }
        let made = create()
        byEntity[entity.kind][entity.row] = made
        return made
    }
}
