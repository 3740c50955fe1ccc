import FactStore

/// A server that answers for a data folder (`repl --engine URL --data DIR`):
/// its tables must be an export of that folder, since answers name the
/// folder's facts by their place in it.
public enum RemoteStore {
    /// Connects and checks the server's export against the store; the error says what is wrong and what to do.
    public static func connect(_ url: String, for kb: KnowledgeBase) throws(SQLError) -> PostgresConnection {
        let connection = try PostgresConnection(url: url)
        let rows: [[SQLValue]]
        do {
            rows = try connection.query("SELECT \"key\", \"value\" FROM \"aiq_export\"")
        } catch where error.description.contains("does not exist") {
            throw SQLError("\(PostgresConnection.redacted(url)) holds no export of a store (\(error.description)); "
                           + "load one with: repl export --to postgres FILE && psql -v ON_ERROR_STOP=1 -f FILE URL")
        } catch {
            throw SQLError("cannot read the export's description on \(PostgresConnection.redacted(url)): \(error.description)")
        }
        let stored = Dictionary(rows.compactMap { row in row[0].string.map { ($0, row[1].string ?? "") } }, uniquingKeysWith: { a, _ in a })
        let expected = try Exporter(kb: kb).fingerprint()
        if let wrong = expected.first(where: { stored[$0.key] != $0.value }) {
            throw SQLError("the export on \(PostgresConnection.redacted(url)) is not of this data folder: \(wrong.key) is "
                           + "\(stored[wrong.key] ?? "absent") there, \(wrong.value) here; export this folder again and load it")
        }
        return connection
    }
}
