/// Writes an export as a script for `psql -f`: the tables, then their rows
/// with `COPY … FROM stdin` (PostgreSQL's fast path), in one transaction.
final class PostgresScriptSink: ExportSink {
    private let write: (String) throws(SQLError) -> Void
    private var open: String?
    /// With Citus: fact tables spread by document, entity tables copied to every node.
    private let distributes: Bool
    private var tables: [(name: String, columns: [String], spread: ExportSpread)] = []

    init(distributes: Bool, write: @escaping (String) throws(SQLError) -> Void) throws(SQLError) {
        self.write = write
        self.distributes = distributes
        try write("-- An aiquery export (repl export --to postgres). Load with: psql -v ON_ERROR_STOP=1 -f FILE\n"
                  + "\\set ON_ERROR_STOP on\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nBEGIN;\n")
    }

    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String],
                spread: ExportSpread) throws(SQLError) {
        try endCopy()
        // Citus requires the distribution column in every unique key, so a distributed export declares none.
        try write(TableDefinition.create(table, columns: columns, key: distributes ? [] : key, dialect: .postgres))
        tables.append((table, columns.map(\.name), spread))
    }

    func insert(into table: String, _ values: [SQLValue]) throws(SQLError) {
        if open != table {
            try endCopy()
            let columns = tables.first { $0.name == table }!.columns.map(SQLText.identifier).joined(separator: ", ")
            try write("COPY \(SQLText.identifier(table)) (\(columns)) FROM stdin;\n")
            open = table
        }
        try write(values.map(Self.field).joined(separator: "\t") + "\n")
    }

    func finish() throws(SQLError) {
        try endCopy()
        if distributes { try write(distribution) }
        try write("COMMIT;\nANALYZE;\n")
    }

    private func endCopy() throws(SQLError) {
        if open != nil { try write("\\.\n") }
        open = nil
    }

    /// Facts, citations and lines by the document; entities, documents, names and list members on
    /// every node. Citus wants one connection per node for this within a transaction: sequential mode.
    private var distribution: String {
        "SET LOCAL citus.multi_shard_modify_mode TO 'sequential';\n" + tables.map { table in
            let name = SQLText.string(table.name)
            switch table.spread {
            case .byDocument: return "SELECT create_distributed_table(\(name), 'doc');\n"
            case .everywhere: return "SELECT create_reference_table(\(name));\n"
            }
        }.joined()
    }

    /// A value in COPY's text format: `\N` for NULL, backslash escapes for the rest.
    static func field(_ value: SQLValue) -> String {
        switch value {
        case .null: return "\\N"
        case .integer(let n): return String(n)
        case .real(let x): return x == .infinity ? "Infinity" : x == -.infinity ? "-Infinity" : "\(x)"
        case .text(let text):
            var escaped = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\u{0}": continue
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped
        }
    }
}
