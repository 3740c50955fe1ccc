import CSQLite

/// A SQLite database through its C library: the export's target, and the
/// independent engine the differential test asks.
public final class SQLiteDatabase {
    private var handle: OpaquePointer?

    /// Opens (creating) a database file, or an in-memory one for ":memory:".
    public init(path: String) throws(SQLError) {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            // deinit closes the failed handle: every property is set, so it runs.
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            throw SQLError("cannot open \(path): \(message)")
        }
    }

    deinit { sqlite3_close(handle) }

    /// Runs statements that return nothing (schema, transactions).
    public func execute(_ sql: String) throws(SQLError) {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw SQLError(text)
        }
    }

    /// Runs one statement, binding `parameters` to ?1, ?2, …, and returns its rows.
    public func query(_ sql: String, _ parameters: [SQLValue] = []) throws(SQLError) -> [[SQLValue]] {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        try bind(parameters, to: statement)
        var rows: [[SQLValue]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return rows }
            guard step == SQLITE_ROW else { throw SQLError(String(cString: sqlite3_errmsg(handle))) }
            rows.append((0..<sqlite3_column_count(statement)).map { column(statement, $0) })
        }
    }

    /// A statement prepared once and run for many rows (inserts).
    public func prepared(_ sql: String) throws(SQLError) -> PreparedStatement {
        PreparedStatement(database: self, statement: try prepare(sql))
    }

    public final class PreparedStatement {
        let database: SQLiteDatabase
        let statement: OpaquePointer?

        init(database: SQLiteDatabase, statement: OpaquePointer?) {
            self.database = database
            self.statement = statement
        }

        deinit { sqlite3_finalize(statement) }

        public func run(_ parameters: [SQLValue]) throws(SQLError) {
            sqlite3_reset(statement)
            try database.bind(parameters, to: statement)
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw SQLError(String(cString: sqlite3_errmsg(database.handle)))
            }
        }
    }

    private func prepare(_ sql: String) throws(SQLError) -> OpaquePointer? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw SQLError(String(cString: sqlite3_errmsg(handle)))
        }
        return statement
    }

    /// SQLite copies bound text at once (SQLITE_TRANSIENT, a macro Swift cannot import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ parameters: [SQLValue], to statement: OpaquePointer?) throws(SQLError) {
        sqlite3_clear_bindings(statement)
        for (index, parameter) in parameters.enumerated() {
            let position = Int32(index + 1)
            let status: Int32 = switch parameter {
            case .null: sqlite3_bind_null(statement, position)
            case .integer(let n): sqlite3_bind_int64(statement, position, n)
            case .real(let x): sqlite3_bind_double(statement, position, x)
            case .text(let text): sqlite3_bind_text(statement, position, text, -1, Self.transient)
            }
            guard status == SQLITE_OK else { throw SQLError(String(cString: sqlite3_errmsg(handle))) }
        }
    }

    private func column(_ statement: OpaquePointer?, _ index: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(statement, index))
        case SQLITE_NULL: .null
        default: .text(String(cString: sqlite3_column_text(statement, index)))
        }
    }
}

/// What a SQL engine said went wrong.
public struct SQLError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
