import FactStore
import Foundation
import Query

/// Writes an export as one CSV file per table (RFC 4180, a header row,
/// NULL as an empty field), for tools that read CSV.
final class CSVFolderSink: ExportSink {
    private let folder: URL
    private var files: [String: BufferedFile] = [:]

    init(folder: URL) throws(SQLError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SQLError("cannot create \(folder.path): \(error.localizedDescription)")
        }
    }

    func create(table: String, columns: [(name: String, type: ValueColumns.ColumnType)], key: [String],
                spread: ExportSpread) throws(SQLError) {
        let file = try attempt { try BufferedFile(folder.appendingPathComponent(table + ".csv")) }
        files[table] = file
        try attempt { try file.write(columns.map { Self.field(.text($0.name)) }.joined(separator: ",") + "\r\n") }
    }

    func insert(into table: String, _ values: [SQLValue]) throws(SQLError) {
        let file = files[table]!
        try attempt { try file.write(values.map(Self.field).joined(separator: ",") + "\r\n") }
    }

    func finish() throws(SQLError) {
        for file in files.values { try attempt { try file.close() } }
        files = [:]
    }

    private func attempt<T>(_ work: () throws -> T) throws(SQLError) -> T {
        do { return try work() } catch { throw SQLError(String(describing: error)) }
    }

    static func field(_ value: SQLValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let n): return String(n)
        case .real(let x): return x == .infinity ? "inf" : "\(x)"
        case .text(let text):
            return CSVQuoting.quoted(text, always: text.isEmpty)
        }
    }
}
