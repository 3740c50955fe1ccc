import FactStore
import Lexer

/// How `sort by` orders values: numbers by their least value, dates by
/// their first day, names and text alphabetically ignoring case and accents,
/// lists by their first member. Missing values (and numbers the text does
/// not quantify) go last in both directions.
struct Ordering {
    let kb: KnowledgeBase

    enum Key: Comparable {
        case number(Double, Double)
        case day(Int, Int)
        case text(String)
    }

    func key(_ value: Value?) -> Key? {
        guard let value else { return nil }
        switch value {
        case .quantity(let quantity):
            guard let low = quantity.low, let high = quantity.high else { return nil }
            return .number(low, high)
        case .date(let date): return .day(date.firstDay, date.lastDay)
        case .text(let text), .enumeration(let text): return .text(TextFolding.fold(text))
        case .entity(let entity): return .text(TextFolding.fold(kb.name(of: entity)))
        case .fact(let fact): return .text(kb.table(fact.kind).ids[fact.row])
        case .boolean(let flag): return .number(flag ? 1 : 0, flag ? 1 : 0)
        case .list(let members): return members.first.flatMap { key($0) }
        }
    }

    /// Sorts row indices; ties keep their order (the sort is stable).
    func sort(_ rows: [Int], in table: FactTable, by keys: [CheckedSortKey]) -> [Int] {
        let cached = rows.map { row in keys.map { key(table.value(row: row, $0.field)) } }
        let order = Array(rows.indices).sorted { a, b in
            for (index, sortKey) in keys.enumerated() {
                let left = cached[a][index]
                let right = cached[b][index]
                if left == right { continue }
                guard let left else { return false }
                guard let right else { return true }
                if Self.kindRank(left) != Self.kindRank(right) { return Self.kindRank(left) < Self.kindRank(right) }
                return sortKey.descending ? left > right : left < right
            }
            return a < b
        }
        return order.map { rows[$0] }
    }

    private static func kindRank(_ key: Key) -> Int {
        switch key {
        case .number: 0
        case .day: 1
        case .text: 2
        }
    }
}
