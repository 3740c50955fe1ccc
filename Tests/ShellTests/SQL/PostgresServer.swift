import FactStore
import Foundation
import SQL

/// The throw-away PostgreSQL server `.ci/run` starts (scripts/throwaway-postgres),
/// named by AIQUERY_POSTGRES_URL; tests that need it are skipped without it.
enum PostgresServer {
    static let url = ProcessInfo.processInfo.environment["AIQUERY_POSTGRES_URL"]

    /// A new database on the server holding the export of `kb`, loaded with psql as a user would.
    static func database(holding kb: KnowledgeBase, named name: String) throws -> String {
        guard let url else { throw SQLError("AIQUERY_POSTGRES_URL is not set") }
        let database = "aiq_\(name)_\(ProcessInfo.processInfo.processIdentifier)"
        let admin = try PostgresConnection(url: url)
        _ = try admin.query("DROP DATABASE IF EXISTS \(database)")
        _ = try admin.query("CREATE DATABASE \(database)")
        let target = String(url[..<url.lastIndex(of: "/")!]) + "/" + database
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("\(database).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        _ = try Exporter(kb: kb).export(to: .postgres(script.path, distributes: false))
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", script.path, target]
        psql.standardOutput = FileHandle.nullDevice
        try psql.run()
        psql.waitUntilExit()
        guard psql.terminationStatus == 0 else { throw SQLError("psql could not load \(script.path)") }
        return target
    }
}
