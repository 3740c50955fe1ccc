/// The type of a field, as declared in the schema file.
public indirect enum FieldType: Hashable, Sendable, CustomStringConvertible {
    case text
    case number
    case money
    case percent
    /// A number in any unit: a count, an amount of money or a percentage.
    case quantity
    case date
    case boolean
    case enumeration([String])
    /// A name that must resolve to an entity of this kind (`companies`), or
    /// of any entity kind (`entity`).
    case reference(String)
    /// The id of another fact.
    case fact
    case list(FieldType)

    public static let anyEntity = "entity"

    /// Numbers, money, percents and quantities carry a `Quantity`.
    public var isNumeric: Bool {
        switch self {
        case .number, .money, .percent, .quantity: true
        default: false
        }
    }

    public var element: FieldType {
        if case .list(let inner) = self { return inner }
        return self
    }

    public var isList: Bool {
        if case .list = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .text: "text"
        case .number: "number"
        case .money: "money"
        case .percent: "percent"
        case .quantity: "quantity"
        case .date: "date"
        case .boolean: "boolean"
        case .enumeration(let values): "enum(" + values.joined(separator: ", ") + ")"
        case .reference(let kind): kind == Self.anyEntity ? "entity" : "name of \(kind)"
        case .fact: "fact id"
        case .list(let inner): "list of \(inner)"
        }
    }
}
