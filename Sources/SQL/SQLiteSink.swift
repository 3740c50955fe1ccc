/// Writes an export into a SQLite database, in one transaction.
final class SQLiteSink: ExportSink {
    let database: SQLiteDatabase
    private var inserts: [String: SQLiteDatabase.PreparedStatement] = [:]

    init(_ database: SQLiteDatabase) throws(SQLError) {
        self.database = database
        try database.execute("BEGIN")
    }

    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String],
                spread: ExportSpread) throws(SQLError) {
        try database.execute(TableDefinition.create(table, columns: columns, key: key, dialect: .sqlite))
        let placeholders = columns.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        inserts[table] = try database.prepared("INSERT INTO \(SQLText.identifier(table)) VALUES (\(placeholders))")
    }

    func insert(into table: String, _ values: [SQLValue]) throws(SQLError) {
        try inserts[table]!.run(values)
    }

    func finish() throws(SQLError) {
        inserts = [:]
        try database.execute("COMMIT")
    }
}

/// `CREATE TABLE`, the same for every sink that runs SQL.
enum TableDefinition {
    static func create(_ table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String],
                       dialect: SQLDialect) -> String {
        var lines = columns.map { column in
            let type = switch column.type {
            case .integer: dialect.integerType
            case .real: dialect.realType
            case .text: dialect.textType
            }
            return "  \(SQLText.identifier(column.name)) \(type)"
        }
        if !key.isEmpty { lines.append("  PRIMARY KEY (" + key.map(SQLText.identifier).joined(separator: ", ") + ")") }
        return "CREATE TABLE \(SQLText.identifier(table)) (\n" + lines.joined(separator: ",\n") + "\n);\n"
    }
}
