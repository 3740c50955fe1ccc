/// Where an export's tables go: a SQLite database, a PostgreSQL script, a folder of CSV files.
protocol ExportSink {
    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String]) throws(SQLError)
    /// One row, its values in the columns' order; rows come table by table.
    func insert(into table: String, _ values: [SQLValue]) throws(SQLError)
    func finish() throws(SQLError)
}
