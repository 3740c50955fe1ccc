import FactStore

extension KnowledgeBase {
    /// A stored value as an answer cell: entity and fact references become names.
    func cell(_ value: Value?) -> Cell {
        guard let value else { return .missing }
        switch value {
        case .text(let text), .enumeration(let text): return .text(text)
        case .quantity(let quantity): return .quantity(quantity)
        case .date(let date): return .date(date)
        case .boolean(let flag): return .boolean(flag)
        case .entity(let entity): return .text(name(of: entity))
        case .fact(let fact): return .text(table(fact.kind).ids[fact.row])
        case .list(let members): return members.isEmpty ? .missing : .list(members.map { cell($0) })
        }
    }
}
