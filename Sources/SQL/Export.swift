import FactStore
import Foundation

/// `repl export --to sqlite FILE | --to postgres FILE | --to csv DIR`.
public enum ExportTarget: Sendable {
    case sqlite(String)
    case postgres(String, distributes: Bool)
    case csv(String)
}

extension Exporter {
    /// Writes the export; a SQLite or PostgreSQL file is written whole or
    /// not at all (into a temporary name, then moved into place).
    public func export(to target: ExportTarget) throws(SQLError) -> Summary {
        var summary = Summary()
        switch target {
        case .sqlite(let path):
            try replacing(path) { (temporary) throws(SQLError) in
                let database = try SQLiteDatabase(path: temporary)
                summary = try write(to: SQLiteSink(database))
            }
        case .postgres(let path, let distributes):
            try replacing(path) { (temporary) throws(SQLError) in
                let file: BufferedFile
                do { file = try BufferedFile(URL(fileURLWithPath: temporary)) } catch { throw SQLError(String(describing: error)) }
                summary = try write(to: PostgresScriptSink(distributes: distributes) { (text) throws(SQLError) in
                    do { try file.write(text) } catch { throw SQLError(String(describing: error)) }
                })
                do { try file.close() } catch { throw SQLError(String(describing: error)) }
            }
        case .csv(let path):
            summary = try write(to: CSVFolderSink(folder: URL(fileURLWithPath: path)))
        }
        return summary
    }

    /// An in-memory SQLite database holding the export (the differential test's oracle).
    public func sqliteInMemory() throws(SQLError) -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: ":memory:")
        try write(to: SQLiteSink(database))
        return database
    }

    /// Writes into `PATH.partial`, then renames it over `path` in one step
    /// (rename(2)): the old file stays until the new one is whole. A folder is refused.
    private func replacing(_ path: String, _ work: (String) throws(SQLError) -> Void) throws(SQLError) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw SQLError("\(path) is a folder; give the name of a file to write")
        }
        let temporary = path + ".partial"
        if files.fileExists(atPath: temporary, isDirectory: &isFolder), isFolder.boolValue {
            throw SQLError("\(temporary) is a folder; move it away first")
        }
        try? files.removeItem(atPath: temporary)
        do {
            try work(temporary)
            guard rename(temporary, path) == 0 else { throw SQLError("cannot write \(path): \(String(cString: strerror(errno)))") }
        } catch {
            try? files.removeItem(atPath: temporary)
            throw (error as? SQLError) ?? SQLError(String(describing: error))
        }
    }
}
