import FactStore

/// How the rows a condition may hold for are found. A conjunct that
/// requires a reference field to name given entities (`buyer = Meta`,
/// `target in (IO, "Scale AI")`, `target contains "ai"`: the entities one of
/// whose names holds the text) is true only on the rows the field's index
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
                  case .reference = test.field.type.element,
                  let entities = requiredEntities(test.test, field: test.field, kb: kb) else { return nil }
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
    static func requiredEntities(_ test: FieldTest.Test, field: BoundField, kb: KnowledgeBase) -> [EntityRef]? {
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
        case .contains(_, negated: false):
            // True on a row exactly when it names an entity the test is true for.
            let comparison = Comparison(kb: kb)
            return entities(field.type.element, kb).filter { comparison.evaluate(test, .entity($0)) == .true }
        default:
            return nil
        }
    }

    /// Every entity a reference field of this type may name.
    static func entities(_ type: FieldType, _ kb: KnowledgeBase) -> [EntityRef] {
        guard case .reference(let name) = type else { return [] }
        let kinds = name == FieldType.anyEntity
            ? kb.schema.kinds.indices.filter { kb.schema.kinds[$0].isEntity }
            : kb.schema.kindIndex(named: name).map { [$0] } ?? []
        return kinds.flatMap { kind in (0..<kb.table(kind).count).map { EntityRef(kind: kind, row: $0) } }
    }

    /// The rows to test, in row order.
    func rows(kind: Int, count: Int, kb: KnowledgeBase) -> [Int] {
        switch self {
        case .scan: Array(0..<count)
        case .lookup(let lookup): kb.referenceIndex(kind: kind, field: lookup.fieldIndex).rows(naming: lookup.entities)
        }
    }
}
