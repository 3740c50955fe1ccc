import FactStore
import Lexer
import Query

/// The SQL columns that hold one value of a field, named after the field:
/// `amount` is `amount` (as people read it), `amount.low`, `amount.high`,
/// `amount.precision`, `amount.unit`, … so that a comparison over an
/// uncertain value can be written against its bounds.
struct ValueColumns {
    enum Shape {
        /// Text and enumerations: as written, and folded for comparison.
        case text
        case quantity
        /// A day, a month or a year: its first and last day.
        case date
        case boolean
        /// The entity's name, its number in `entity_names`, the folded name.
        case entity
        /// The fact's id and kind.
        case fact
    }

    let shape: Shape
    let field: String

    init(field: String, type: FieldType) {
        self.field = field
        switch type.element {
        case .text, .enumeration: shape = .text
        case .number, .money, .percent, .quantity: shape = .quantity
        case .date: shape = .date
        case .boolean: shape = .boolean
        case .reference: shape = .entity
        case .fact: shape = .fact
        case .list: preconditionFailure("lists of lists are not declared")
        }
    }

    /// The part of the value a column holds, named `field.part`.
    func column(_ part: String? = nil) -> String {
        part.map { field + "." + $0 } ?? field
    }

    private var parts: [(String?, ColumnType)] {
        switch shape {
        case .text: [(nil, .text), ("fold", .text)]
        case .quantity: [(nil, .text), ("low", .real), ("high", .real), ("precision", .text), ("unit", .text),
                         ("about_low", .integer), ("about_high", .integer), ("wording", .text)]
        case .date: [(nil, .text), ("first", .integer), ("last", .integer)]
        case .boolean: [(nil, .integer)]
        case .entity: [(nil, .text), ("entity", .integer), ("fold", .text)]
        case .fact: [(nil, .text), ("kind", .text), ("fold", .text)]
        }
    }

    enum ColumnType { case integer, real, text }

    var columns: [(name: String, type: ColumnType)] {
        parts.map { (column($0.0), $0.1) }
    }

    /// The column that is NULL exactly when the value is missing.
    var presence: String {
        switch shape {
        case .quantity: column("precision")
        case .date: column("first")
        case .entity: column("entity")
        default: column()
        }
    }

    /// What `sort by` orders on, in order: numbers by their bounds, dates
    /// by their days, text and names folded, fact ids as written. A number
    /// the text does not quantify has no bounds, and sorts with the missing.
    var sortColumns: [String] {
        switch shape {
        case .text, .entity: [column("fold")]
        case .quantity: [column("low"), column("high")]
        case .date: [column("first"), column("last")]
        case .boolean, .fact: [column()]
        }
    }

    /// Whether a sort column holds text (sorted by code point).
    var sortsText: Bool {
        switch shape {
        case .text, .entity, .fact: true
        default: false
        }
    }

    /// The columns that tell one group's value from another's, as `by`
    /// groups: text folded, entities by identity, numbers by every part.
    var keyColumns: [String] {
        switch shape {
        case .text, .boolean: sortColumns
        case .quantity: parts.dropFirst().map { column($0.0) }
        case .date: [column("first"), column("last")]
        case .entity: [column("entity"), column("fold")]
        case .fact: [column("kind"), column()]
        }
    }
}

// MARK: - Values as columns

extension ValueColumns {
    /// The column values for one stored value (all NULL when it is missing).
    func encode(_ value: Value?, numbering: EntityNumbering, kb: KnowledgeBase) -> [SQLValue] {
        guard let value else { return Array(repeating: .null, count: parts.count) }
        switch (shape, value) {
        case (.text, .text(let text)), (.text, .enumeration(let text)):
            return [.text(text), .text(TextFolding.fold(text))]
        case (.quantity, .quantity(let quantity)):
            return [.text(ValueText.human(.quantity(quantity))), quantity.low.map(SQLValue.real) ?? .null, quantity.high.map(SQLValue.real) ?? .null,
                    .text(quantity.precision.rawValue), quantity.unit.code.map(SQLValue.text) ?? .null,
                    .integer(quantity.approximateLow ? 1 : 0), .integer(quantity.approximateHigh ? 1 : 0),
                    quantity.wording.map(SQLValue.text) ?? .null]
        case (.date, .date(let date)):
            return [.text(date.description), .integer(Int64(date.firstDay)), .integer(Int64(date.lastDay))]
        case (.boolean, .boolean(let flag)):
            return [.integer(flag ? 1 : 0)]
        case (.entity, .entity(let entity)):
            let name = kb.name(of: entity)
            return [.text(name), .integer(Int64(numbering.number(of: entity))), .text(TextFolding.fold(name))]
        case (.fact, .fact(let fact)):
            let table = kb.table(fact.kind)
            let id = table.ids[fact.row]
            return [.text(id), .text(table.kind.name), .text(TextFolding.fold(id))]
        default:
            preconditionFailure("a \(shape) column cannot hold \(value)")
        }
    }
}

extension Quantity.Unit {
    /// A unit from its column: a currency code, `%`, or NULL for none.
    init(code: String?) {
        switch code {
        case nil: self = .none
        case "%": self = .percent
        case let code?: self = Currency(code: code).map(Quantity.Unit.currency) ?? .none
        }
    }
}
