import Foundation

/// The throw-away PostgreSQL server `make test` starts (scripts/with-postgres),
/// named by AIQUERY_POSTGRES_URL; the tests that need it are skipped without it.
public enum ThrowawayPostgres {
    public static let url = ProcessInfo.processInfo.environment["AIQUERY_POSTGRES_URL"]

    /// A new database on the server, with `script` (an export) loaded by psql as a user would; its URL.
    public static func database(_ name: String, loading script: URL) throws -> String {
        guard let url else { throw PostgresProblem("AIQUERY_POSTGRES_URL is not set") }
        let database = "aiq_\(name)_\(ProcessInfo.processInfo.processIdentifier)"
        try psql(url, "-c", "DROP DATABASE IF EXISTS \(database)")
        try psql(url, "-c", "CREATE DATABASE \(database)")
        let target = String(url[..<url.lastIndex(of: "/")!]) + "/" + database
        try psql(target, "-f", script.path)
        return target
    }

    private static func psql(_ url: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-q", "-v", "ON_ERROR_STOP=1"] + arguments + [url]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PostgresProblem("psql \(arguments.joined(separator: " ")) failed on \(url)") }
    }
}

public struct PostgresProblem: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
