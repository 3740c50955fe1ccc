import FactStore

/// How the rows a condition may hold for are found. A conjunct that
/// requires a reference field to name given entities (`buyer = Meta`,
/// `target in (IO, "Scale AI")`) is true only on the rows the field's index
/// lists for them, and a conjunction is true only where every conjunct is:
/// looking those rows up and testing the other conjuncts on them alone
/// gives exactly the rows a scan would, in the same order.
enum AccessPath {
    case scan
    case lookup(Lookup)

    struct Lookup {
        let field: BoundField
        let fieldIndex: Int
        let entities: [EntityRef]
        /// Rows the index lists for them, at most.
        let estimate: Int
        /// The other conjuncts: on the rows looked up, the one the index
        /// answered is true, so only these remain to test.
        let residual: Condition?
    }

    /// The most selective lookup the condition's conjuncts allow, else a scan.
    static func choose(for condition: Condition?, kind: Int, kb: KnowledgeBase) -> AccessPath {
        guard let condition else { return .scan }
        let conjuncts = condition.conjuncts
        let lookups = conjuncts.indices.compactMap { position -> Lookup? in
            guard case .test(let test) = conjuncts[position], case .declared(let field) = test.field.reference,
                  case .reference = test.field.type.element, let entities = requiredEntities(test.test) else { return nil }
            let estimate = kb.referenceIndex(kind: kind, field: field).estimate(entities)
            let others = conjuncts.indices.filter { $0 != position }.map { conjuncts[$0] }
            return Lookup(field: test.field, fieldIndex: field, entities: entities, estimate: estimate,
                          residual: Condition.conjunction(of: others))
        }
        return lookups.min { $0.estimate < $1.estimate }.map(AccessPath.lookup) ?? .scan
    }

    /// What remains to test on the rows found: the whole condition after a scan.
    func residual(of condition: Condition?) -> Condition? {
        switch self {
        case .scan: condition
        case .lookup(let lookup): lookup.residual
        }
    }

    /// The entities a test is true for, when it is true for nothing else.
    static func requiredEntities(_ test: FieldTest.Test) -> [EntityRef]? {
        switch test {
        case .compare(.equal, .entities(let entities)):
            return entities
        case .within(let operands, negated: false):
            var entities: [EntityRef] = []
            for operand in operands {
                guard case .entities(let named) = operand else { return nil }
                entities += named
            }
            return entities
        default:
            return nil
        }
    }

    /// The rows to test, in row order.
    func rows(kind: Int, count: Int, kb: KnowledgeBase) -> [Int] {
        switch self {
        case .scan: Array(0..<count)
        case .lookup(let lookup): kb.referenceIndex(kind: kind, field: lookup.fieldIndex).rows(naming: lookup.entities)
        }
    }
}
