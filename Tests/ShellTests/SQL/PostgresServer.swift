import FactStore
import Foundation
import SQL
import TestSupport

/// The PostgreSQL tests' stores, each exported with the library and loaded into a database of its own.
enum PostgresServer {
    static let url = ThrowawayPostgres.url

    /// A new database on the server holding the export of `kb`.
    static func database(holding kb: KnowledgeBase, named name: String) throws -> String {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("aiq-\(name)-\(UUID()).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        _ = try Exporter(kb: kb).export(to: .postgres(script.path, distributes: false))
        return try ThrowawayPostgres.database(name, loading: script)
    }
}
