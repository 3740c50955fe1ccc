import CPostgres
import Foundation

/// A connection to a PostgreSQL server through libpq.
public final class PostgresConnection: SQLConnection {
    private let connection: OpaquePointer?

    /// Connects to `url` (`postgresql://USER@HOST:PORT/DB`); the error says why not.
    public init(url: String) throws(SQLError) {
        if let problem = aiq_pq_open() {
            connection = nil
            throw SQLError("cannot connect to \(Self.redacted(url)): " + String(cString: problem))
        }
        connection = aiq_PQconnectdb(url)
        guard aiq_PQstatus(connection) == Int32(AIQ_CONNECTION_OK) else {
            // deinit closes the failed connection: every property is set, so it runs.
            let message = Self.message(aiq_PQerrorMessage(connection))
            throw SQLError("cannot connect to \(Self.redacted(url)): \(message)")
        }
        // The translation quotes strings as standard SQL does, reads text as UTF-8 and
        // numbers as exact doubles: make sure of all three, whatever the server's defaults.
        _ = try query("SET standard_conforming_strings = on; SET client_encoding = 'UTF8'; SET extra_float_digits = 3")
    }

    deinit { if connection != nil { aiq_PQfinish(connection) } }

    public func query(_ sql: String) throws(SQLError) -> [[SQLValue]] {
        guard let result = aiq_PQexec(connection, sql) else { throw SQLError(Self.message(aiq_PQerrorMessage(connection))) }
        defer { aiq_PQclear(result) }
        let status = aiq_PQresultStatus(result)
        guard status == Int32(AIQ_PGRES_TUPLES_OK) || status == Int32(AIQ_PGRES_COMMAND_OK) else {
            throw SQLError(Self.message(aiq_PQresultErrorMessage(result)))
        }
        let columns = aiq_PQnfields(result)
        let types = (0..<columns).map { aiq_PQftype(result, $0) }
        return (0..<aiq_PQntuples(result)).map { row in
            (0..<columns).map { column in
                guard aiq_PQgetisnull(result, row, column) == 0 else { return .null }
                return Self.value(String(cString: aiq_PQgetvalue(result, row, column)), type: types[Int(column)])
            }
        }
    }

    /// Text as the server sends it, typed by the column's type (OIDs of pg_type).
    private static func value(_ text: String, type: Oid) -> SQLValue {
        switch type {
        case 20, 21, 23: Int64(text).map(SQLValue.integer) ?? .text(text)
        case 700, 701, 1700: Double(text).map(SQLValue.real) ?? .text(text)
        default: .text(text)
        }
    }

    private static func message(_ text: UnsafePointer<CChar>?) -> String {
        text.map { String(cString: $0) }?.split(separator: "\n").first.map(String.init) ?? "unknown error"
    }

    /// The URL (or key=value settings) without its password, for messages.
    static func redacted(_ url: String) -> String {
        var text = url
        if let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
           let colon = text[scheme.upperBound..<at].firstIndex(of: ":") {
            text = String(text[..<colon]) + ":***" + String(text[at...])
        }
        // `?password=…` in a URL, `password=…` in key=value settings.
        while let found = text.range(of: "password=", options: .caseInsensitive),
              !text[found.upperBound...].hasPrefix("***") {
            let end = text[found.upperBound...].firstIndex { $0 == "&" || $0 == " " } ?? text.endIndex
            text.replaceSubrange(found.upperBound..<end, with: "***")
        }
        return text
    }
}
