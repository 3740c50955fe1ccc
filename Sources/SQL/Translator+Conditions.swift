import FactStore
import Lexer
import Query

// MARK: - Conditions: a SQL boolean that is NULL exactly when the language says unknown

extension Translator {
    func sql(_ condition: Condition, layout: TableLayout) -> String {
        switch condition {
        case .and(let left, let right): "(\(sql(left, layout: layout)) AND \(sql(right, layout: layout)))"
        case .or(let left, let right): "(\(sql(left, layout: layout)) OR \(sql(right, layout: layout)))"
        case .not(let operand): "(NOT \(sql(operand, layout: layout)))"
        case .test(let test): self.test(test, field: layout.field(test.field))
        }
    }

    /// A missing value (or an empty list) makes every test but `is missing` unknown.
    private func test(_ test: FieldTest, field: TableLayout.Field) -> String {
        let missing = field.memberTable == nil
            ? Self.column("t", field.values.presence) + " IS NULL"
            : "COALESCE(\(Self.column("t", field.countColumn)), 0) = 0"
        if case .missing(let negated) = test.test { return negated ? "(NOT (\(missing)))" : "(\(missing))" }
        return "(CASE WHEN \(missing) THEN NULL ELSE \(body(test.test, field: field)) END)"
    }

    private func body(_ test: FieldTest.Test, field: TableLayout.Field) -> String {
        switch test {
        case .compare(.notEqual, let operand):
            return "(NOT \(anyMember(field) { equal($0, operand) }))"
        case .compare(let op, let operand):
            return anyMember(field) { compare($0, op, operand) }
        case .within(let operands, let negated):
            let found = anyMember(field) { alias in "(" + operands.map { equal(alias, $0) }.joined(separator: " OR ") + ")" }
            return negated ? "(NOT \(found))" : found
        case .between(let low, let high, let negated):
            let inside = anyMember(field) { "(\(compare($0, .greaterEqual, low)) AND \(compare($0, .lessEqual, high)))" }
            return negated ? "(NOT \(inside))" : inside
        case .contains(let text, let negated):
            let found = anyMember(field) { contains($0, TextFolding.fold(text)) }
            return negated ? "(NOT \(found))" : found
        case .missing:
            preconditionFailure("handled by test")
        }
    }

    /// A value's columns, under a table alias.
    struct Place {
        let alias: String
        let values: ValueColumns

        func callAsFunction(_ part: String? = nil) -> String {
            Translator.column(alias, values.column(part))
        }
    }

    /// A scalar field's test; a list's is true when a member's is true,
    /// else unknown when a member's is unknown, else false (Kleene's `or`).
    private func anyMember(_ field: TableLayout.Field, _ test: (Place) -> String) -> String {
        guard let member = field.memberTable else { return test(Place(alias: "t", values: field.values)) }
        let inner = test(Place(alias: "m", values: field.values))
        let members = "FROM \(SQLText.identifier(member)) m WHERE m.\"#row\" = t.\"#row\""
        return "(CASE WHEN EXISTS (SELECT 1 \(members) AND (\(inner)) IS TRUE) THEN TRUE "
            + "WHEN EXISTS (SELECT 1 \(members) AND (\(inner)) IS NULL) THEN NULL ELSE FALSE END)"
    }

    private func equal(_ place: Place, _ operand: Operand) -> String {
        compare(place, .equal, operand)
    }

    private func compare(_ place: Place, _ op: ComparisonOperator, _ operand: Operand) -> String {
        switch (place.values.shape, operand) {
        case (.quantity, .quantity(let literal)): return compare(quantity: place, op, literal)
        case (.date, .date(let literal)): return compare(date: place, op, literal)
        case (.text, .text(let literal)): return equality("\(place("fold")) = \(SQLText.string(TextFolding.fold(literal)))", op)
        case (.entity, .entities(let candidates)):
            guard !candidates.isEmpty else { return equality("FALSE", op) }
            // Each number says whose it is, for the reader of `explain sql`.
            let numbers = candidates.map { "\(numbering.number(of: $0)) /* \(Self.commentSafe(kb.name(of: $0))) */" }.joined(separator: ", ")
            return equality("\(place("entity")) IN (\(numbers))", op)
        case (.fact, .fact(let fact)):
            let table = kb.table(fact.kind)
            return equality("(\(place("kind")) = \(SQLText.string(table.kind.name)) AND \(place()) = \(SQLText.string(table.ids[fact.row])))", op)
        case (.boolean, .boolean(let flag)): return equality("\(place()) = \(flag ? 1 : 0)", op)
        default: return "NULL"
        }
    }

    /// A name inside a SQL comment, unable to close it or (PostgreSQL nests them) to open another.
    static func commentSafe(_ name: String) -> String {
        name.split(separator: "*/", omittingEmptySubsequences: false).joined(separator: "* /")
            .split(separator: "/*", omittingEmptySubsequences: false).joined(separator: "/ *")
    }

    /// `=` and `!=` decide; an order on names or text is unknown.
    private func equality(_ same: String, _ op: ComparisonOperator) -> String {
        switch op {
        case .equal: "(\(same))"
        case .notEqual: "(NOT (\(same)))"
        default: "NULL"
        }
    }

    /// True when the comparison holds for every value the fact allows, false
    /// when for none: an unquantified amount is anything from zero up; an
    /// amount in another currency than the literal's is unknown.
    private func compare(quantity place: Place, _ op: ComparisonOperator, _ literal: Quantity) -> String {
        guard let value = literal.low else { return "NULL" }
        let target = SQLText.number(value, dialect)
        let low = "COALESCE(\(place("low")), 0)"
        let high = "COALESCE(\(place("high")), \(dialect.infinity))"
        let decided: String = switch op {
        case .greater: decide("\(low) > \(target)", "\(high) <= \(target)")
        case .greaterEqual: decide("\(low) >= \(target)", "\(high) < \(target)")
        case .less: decide("\(high) < \(target)", "\(low) >= \(target)")
        case .lessEqual: decide("\(high) <= \(target)", "\(low) > \(target)")
        case .equal: decide("\(low) = \(target) AND \(high) = \(target)", "\(target) < \(low) OR \(target) > \(high)")
        case .notEqual: "(NOT \(compare(quantity: place, .equal, literal)))"
        }
        guard let code = literal.unit.code else { return decided }
        return "(CASE WHEN COALESCE(\(place("unit")), '') <> \(SQLText.string(code)) THEN NULL ELSE \(decided) END)"
    }

    /// A partial date stands for its whole period, and so does the literal.
    private func compare(date place: Place, _ op: ComparisonOperator, _ literal: CalendarDate) -> String {
        let (first, last) = (place("first"), place("last"))
        let (from, to) = (literal.firstDay, literal.lastDay)
        return switch op {
        case .equal: decide("\(first) >= \(from) AND \(last) <= \(to)", "\(last) < \(from) OR \(first) > \(to)")
        case .notEqual: "(NOT \(compare(date: place, .equal, literal)))"
        case .less: decide("\(last) < \(from)", "\(first) >= \(from)")
        case .lessEqual: decide("\(last) <= \(to)", "\(first) > \(to)")
        case .greater: decide("\(first) > \(to)", "\(last) <= \(to)")
        case .greaterEqual: decide("\(first) >= \(from)", "\(last) < \(from)")
        }
    }

    private func decide(_ holdsForAll: String, _ holdsForNone: String) -> String {
        "(CASE WHEN \(holdsForAll) THEN TRUE WHEN \(holdsForNone) THEN FALSE ELSE NULL END)"
    }

    /// `contains` looks in text, in every name of an entity, in a fact's id.
    private func contains(_ place: Place, _ needle: String) -> String {
        let literal = SQLText.string(needle)
        switch place.values.shape {
        case .text, .fact:
            return "(\(dialect.contains(place("fold"), literal)))"
        case .entity:
            return "EXISTS (SELECT 1 FROM \"entity_names\" n WHERE n.\"entity\" = \(place("entity")) AND \(dialect.contains("n.\"fold\"", literal)))"
        case .quantity, .date, .boolean:
            return "FALSE"
        }
    }
}
