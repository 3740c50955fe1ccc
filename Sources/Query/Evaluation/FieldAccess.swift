import FactStore

extension FactTable {
    /// The value of a checked field for one row.
    public func value(row: Int, _ field: BoundField) -> Value? {
        switch field.reference {
        case .declared(let index): value(row: row, field: index)
        case .system(let name): value(row: row, named: name)
        case .identity(let kind): .entity(EntityRef(kind: kind, row: row))
        }
    }
}
