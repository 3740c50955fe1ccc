/// An engine that runs SQL and hands back rows: SQLite here, PostgreSQL on a server.
public protocol SQLConnection {
    func query(_ sql: String) throws(SQLError) -> [[SQLValue]]
}

extension SQLiteDatabase: SQLConnection {
    public func query(_ sql: String) throws(SQLError) -> [[SQLValue]] {
        try query(sql, [])
    }
}
