import Lexer

/// A reference to an entity: its kind (index into the schema's kinds) and
/// its row in that kind's table.
public struct EntityRef: Hashable, Sendable {
    public let kind: Int
    public let row: Int

    public init(kind: Int, row: Int) {
        self.kind = kind
        self.row = row
    }
}

/// A reference to any fact: kind and row.
public typealias FactRef = EntityRef

/// One stored field value. A missing value is `nil` in its column.
public enum Value: Hashable, Sendable {
    case text(String)
    case quantity(Quantity)
    case date(CalendarDate)
    case boolean(Bool)
    case enumeration(String)
    case entity(EntityRef)
    case fact(FactRef)
    case list([Value])

    /// The members of a list, or the value itself.
    public var members: [Value] {
        if case .list(let values) = self { return values }
        return [self]
    }
}
