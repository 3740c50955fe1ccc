/// Where an export's tables go: a SQLite database, a PostgreSQL script, a folder of CSV files.
protocol ExportSink {
    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String],
                spread: ExportSpread) throws(SQLError)
    /// One row, its values in the columns' order; rows come table by table.
    func insert(into table: String, _ values: [SQLValue]) throws(SQLError)
    func finish() throws(SQLError)
}

/// How a table spreads over a Citus cluster (`--distribute`): by the
/// document its rows cite (every row has one), or copied to every node.
enum ExportSpread {
    case byDocument
    case everywhere
}
