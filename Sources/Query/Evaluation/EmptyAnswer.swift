import FactStore
import Lexer

/// Why an answer is empty, in one line: which condition emptied it and
/// what was nearest. "0 deals — buyer = Meta matches 4 deals; amount > 1e9
/// holds for none of them (largest: $100M; meta_stake_scale_ai: amount not stated)"
struct EmptyAnswer {
    let engine: Engine
    let table: FactTable

    func explain(_ condition: Condition) -> String {
        let kind = table.kind
        var remaining = Array(0..<table.count)
        var steps: [String] = []
        for conjunct in condition.conjuncts {
            let kept = engine.matching(conjunct, in: table, among: remaining)
            if kept.isEmpty {
                let scope = steps.isEmpty ? "of the \(engine.counted(remaining.count, kind))" : "of them"
                var line = "0 \(kind.name) — " + steps.joined(separator: "; ")
                line += (steps.isEmpty ? "" : "; ") + "\(describe(conjunct)) holds for none \(scope)"
                if let nearest = nearest(conjunct, among: remaining) { line += " (\(nearest))" }
                return line
            }
            steps.append("\(describe(conjunct)) matches \(engine.counted(kept.count, kind))")
            remaining = kept
        }
        return "0 \(kind.name) — no \(kind.singular) satisfies the whole condition"
    }

    func describe(_ condition: Condition) -> String {
        switch condition {
        case .test(let test): test.text
        default: "the condition"
        }
    }

    /// For a comparison: the closest values there were, and the facts whose
    /// value is missing or too vague to decide.
    func nearest(_ condition: Condition, among rows: [Int]) -> String? {
        guard case .test(let test) = condition, !rows.isEmpty else { return nil }
        var parts: [String] = []
        let values = rows.map { table.value(row: $0, test.field) }
        var literalUnit = Quantity.Unit.none
        if case .compare(_, .quantity(let literal)) = test.test { literalUnit = literal.unit }
        if case .compare(let op, _) = test.test, test.field.type.element.isNumeric {
            let quantities = values.compactMap { value -> Quantity? in
                if case .quantity(let quantity)? = value, quantity.low != nil, literalUnit == .none || quantity.unit == literalUnit {
                    return quantity
                }
                return nil
            }
            let wantsLarger = op == .greater || op == .greaterEqual || op == .equal
            let best = wantsLarger ? quantities.max { ($0.high ?? 0) < ($1.high ?? 0) } : quantities.min { ($0.low ?? 0) < ($1.low ?? 0) }
            if let best { parts.append("\(wantsLarger ? "largest" : "smallest"): \(ValueText.human(best))") }
        } else if case .compare(.equal, _) = test.test {
            let seen = Set(values.compactMap { $0 }.flatMap { $0.members }.map { ValueText.human(engine.kb.cell($0)) })
            if !seen.isEmpty { parts.append("\(test.field.name) is " + seen.sorted().prefix(5).joined(separator: ", ")) }
        }
        let undecided = rows.filter { Comparison(kb: engine.kb).evaluate(test.test, table.value(row: $0, test.field)) == .unknown }
        for row in undecided.prefix(3) {
            let value = table.value(row: row, test.field)
            let reason: String
            if value == nil {
                reason = "\(test.field.name) not stated"
            } else if case .quantity(let quantity)? = value, quantity.precision == .unquantified {
                reason = "\(test.field.name) “\(quantity.wording ?? "")”, not a number"
            } else if case .quantity(let quantity)? = value, literalUnit != .none, quantity.unit != literalUnit {
                reason = "\(test.field.name) \(ValueText.human(quantity)), not in \(literalUnit.code ?? "")"
            } else {
                reason = "\(test.field.name) \(ValueText.human(engine.kb.cell(value))), too vague to tell"
            }
            parts.append("\(table.ids[row]): \(reason)")
        }
        if undecided.count > 3 { parts.append("\(undecided.count - 3) more unknown") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
