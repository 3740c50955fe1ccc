/// A reference field's members, row by row, as small dense codes, for
/// grouping: `sum amount of deals by buyer` reads an integer per row and
/// finds its group by index, with no call per row. Codes are given in the
/// order their entities are first met. Built on first use
/// (`KnowledgeBase.referenceCodes(kind:field:)`), for fields stored as
/// packed references.
public struct ReferenceCodes: Sendable {
    /// Per row: the code of its one member; or `missing` (no value),
    /// `noMember` (an empty list), or for a row of several members
    /// `severalFrom` minus the index of their codes in `lists`.
    public let codes: [Int32]
    public let lists: [[Int32]]
    /// The entity of each code.
    public let entities: [EntityRef]

    public static let missing: Int32 = -1, noMember: Int32 = -2, severalFrom: Int32 = -3

    /// Nil if the field is not stored as packed references.
    init?(_ table: FactTable, field: Int) {
        var codes = [Int32](repeating: Self.missing, count: table.count)
        var lists: [[Int32]] = []
        var entities: [EntityRef] = []
        var known: [EntityRef: Int32] = [:]
        var members: [Int32] = []
        for row in 0..<table.count {
            members.removeAll(keepingCapacity: true)
            let named = table.forEachReference(row: row, field: field) { entity in
                if let code = known[entity] { return members.append(code) }
                known[entity] = Int32(entities.count)
                members.append(Int32(entities.count))
                entities.append(entity)
            }
            guard let named else { return nil }
            guard named else { continue }
            switch members.count {
            case 0: codes[row] = Self.noMember
            case 1: codes[row] = members[0]
            default:
                codes[row] = Self.severalFrom - Int32(lists.count)
                lists.append(members)
            }
        }
        self.codes = codes
        self.lists = lists
        self.entities = entities
    }
}
