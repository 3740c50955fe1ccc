import FactStore
import Lexer

/// The truth of one field test for one stored value, under the semantics of
/// the language reference: three-valued logic, uncertain numbers, partial
/// dates, entities compared by identity, lists matching on any member.
struct Comparison {
    let kb: KnowledgeBase

    func evaluate(_ test: FieldTest.Test, _ value: Value?) -> Truth {
        if case .missing(let negated) = test {
            let missing = value == nil || value == .list([])
            return Truth(missing != negated)
        }
        guard let value, value != .list([]) else { return .unknown }
        switch test {
        case .compare(.notEqual, let operand):
            return !anyMember(value) { equal($0, operand) }
        case .compare(let op, let operand):
            return anyMember(value) { compare($0, op, operand) }
        case .within(let operands, let negated):
            let found = operands.reduce(Truth.false) { result, operand in result || anyMember(value) { equal($0, operand) } }
            return negated ? !found : found
        case .between(let low, let high, let negated):
            let inside = anyMember(value) { compare($0, .greaterEqual, low) && compare($0, .lessEqual, high) }
            return negated ? !inside : inside
        case .contains(let text, let negated):
            let needle = TextFolding.fold(text)
            let found = anyMember(value) { Truth(words(of: $0).contains { TextFolding.fold($0).contains(needle) }) }
            return negated ? !found : found
        case .missing:
            preconditionFailure("handled above")
        }
    }

    /// `=` on a list is true when any member matches.
    func anyMember(_ value: Value, _ test: (Value) -> Truth) -> Truth {
        value.members.reduce(Truth.false) { $0 || test($1) }
    }

    func equal(_ value: Value, _ operand: Operand) -> Truth {
        compare(value, .equal, operand)
    }

    func compare(_ value: Value, _ op: ComparisonOperator, _ operand: Operand) -> Truth {
        switch (value, operand) {
        case (.quantity(let quantity), .quantity(let literal)):
            return Self.compare(quantity, op, literal)
        case (.date(let date), .date(let literal)):
            return Self.compare(date, op, literal)
        case (.text(let text), .text(let literal)), (.enumeration(let text), .text(let literal)):
            return equality(TextFolding.fold(text) == TextFolding.fold(literal), op)
        case (.entity(let entity), .entities(let candidates)):
            return equality(candidates.contains(entity), op)
        case (.fact(let fact), .fact(let literal)):
            return equality(fact == literal, op)
        case (.boolean(let flag), .boolean(let literal)):
            return equality(flag == literal, op)
        default:
            return .unknown
        }
    }

    private func equality(_ same: Bool, _ op: ComparisonOperator) -> Truth {
        switch op {
        case .equal: Truth(same)
        case .notEqual: Truth(!same)
        default: .unknown
        }
    }

    /// True when the comparison holds for every value the fact allows,
    /// false when it holds for none, unknown otherwise. Approximate values
    /// compare as stated; an unquantified amount ("des milliards") is
    /// anything from zero up, as in aggregates; another currency is unknown.
    static func compare(_ quantity: Quantity, _ op: ComparisonOperator, _ literal: Quantity) -> Truth {
        guard let target = literal.low else { return .unknown }
        let low = quantity.low ?? 0
        let high = quantity.high ?? .infinity
        if literal.unit != .none, literal.unit != quantity.unit { return .unknown }
        switch op {
        case .greater: return decide(low > target, high <= target)
        case .greaterEqual: return decide(low >= target, high < target)
        case .less: return decide(high < target, low >= target)
        case .lessEqual: return decide(high <= target, low > target)
        case .equal: return decide(low == target && high == target, target < low || target > high)
        case .notEqual: return !compare(quantity, .equal, literal)
        }
    }

    /// A partial date stands for its whole period, and so does the literal.
    static func compare(_ date: CalendarDate, _ op: ComparisonOperator, _ literal: CalendarDate) -> Truth {
        let (first, last) = (date.firstDay, date.lastDay)
        let (from, to) = (literal.firstDay, literal.lastDay)
        switch op {
        case .equal: return decide(first >= from && last <= to, last < from || first > to)
        case .notEqual: return !compare(date, .equal, literal)
        case .less: return decide(last < from, first >= from)
        case .lessEqual: return decide(last <= to, first > to)
        case .greater: return decide(first > to, last <= to)
        case .greaterEqual: return decide(first >= from, last < from)
        }
    }

    private static func decide(_ holdsForAll: Bool, _ holdsForNone: Bool) -> Truth {
        holdsForAll ? .true : holdsForNone ? .false : .unknown
    }

    /// The words `contains` looks in: text, or an entity's name and aliases.
    func words(of value: Value) -> [String] {
        switch value {
        case .text(let text), .enumeration(let text): [text]
        case .entity(let entity): [kb.name(of: entity)] + kb.aliases(of: entity)
        case .fact(let fact): [kb.table(fact.kind).ids[fact.row]]
        default: []
        }
    }
}
