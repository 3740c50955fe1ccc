import FactStore
import Query

/// How one kind is laid out in SQL: a table named after the kind, one row
/// per fact (`#row` is its place in the store, so store order is kept),
/// the columns of each scalar field, and for each list field a member
/// table `kind.field` (`#row`, `#position`, the member's columns) with the
/// member count `field.count` in the main table (NULL when missing).
struct TableLayout {
    struct Field {
        let name: String
        let values: ValueColumns
        /// The member table of a list field.
        let memberTable: String?

        var countColumn: String { values.column("count") }
    }

    let kind: Int
    let name: String
    let isEntity: Bool
    /// The system fields (`id`, `doc`, `line`, `evidence`), then the declared ones.
    let system: [Field]
    let declared: [Field]

    init(kind: Int, schema: KindSchema) {
        self.kind = kind
        self.name = schema.name
        self.isEntity = schema.isEntity
        system = KindSchema.systemFields.map { Field(name: $0.name, values: ValueColumns(field: $0.name, type: $0.type), memberTable: nil) }
        declared = schema.fields.map { field in
            Field(name: field.name, values: ValueColumns(field: field.name, type: field.type),
                  memberTable: field.type.isList ? schema.name + "." + field.name : nil)
        }
    }

    /// The entity a row of an entity kind is: `name = Musk` matches it by any of its names.
    static let identity = ValueColumns(field: "#entity", type: .reference(FieldType.anyEntity))

    /// The field a checked statement names.
    func field(_ bound: BoundField) -> Field {
        switch bound.reference {
        case .declared(let index): declared[index]
        case .system(let name): system.first { $0.name.lowercased() == name.lowercased() }!
        case .identity: Field(name: "#entity", values: Self.identity, memberTable: nil)
        }
    }

    /// The main table's columns, in order.
    var columns: [(name: String, type: ValueColumns.ColumnType)] {
        var columns: [(String, ValueColumns.ColumnType)] = [("#row", .integer)]
        if isEntity { columns += Self.identity.columns }
        for field in system + declared {
            if field.memberTable != nil { columns.append((field.countColumn, .integer)) } else { columns += field.values.columns }
        }
        return columns
    }

    /// A member table's columns, in order.
    static func memberColumns(_ field: Field) -> [(name: String, type: ValueColumns.ColumnType)] {
        [("#row", .integer), ("#position", .integer)] + field.values.columns
    }
}
