import Foundation

/// Where the interactive history lives: `$AIQUERY_HISTORY`, else
/// `$XDG_STATE_HOME/aiquery/history`, else `~/.local/state/aiquery/history`.
public enum HistoryFile {
    public static let maxEntries = 1_000
    static let signature = "_HiStOrY_V2_"

    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let override = environment["AIQUERY_HISTORY"], !override.isEmpty { return override }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/aiquery/history"
    }

    /// Whether the file may be read and later written: absent, empty, or a
    /// libedit history file. Anything else is reported by the caller and left
    /// untouched.
    public enum State: Equatable {
        case absent
        case usable
        case unusable(String)
    }

    public static func check(_ path: String) -> State {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return .absent }
        if isDirectory.boolValue { return .unusable("\(path) is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unusable("\(path) cannot be read") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: signature.utf8.count)) ?? Data()
        if head.isEmpty { return .usable }
        guard head == Data(signature.utf8) else { return .unusable("\(path) is not a history file of this program") }
        return .usable
    }

    /// Creates the folder of the history file if needed.
    public static func prepareFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
}
