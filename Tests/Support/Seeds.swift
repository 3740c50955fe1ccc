import Foundation

/// Folders of the repository, found from this file's path.
public enum RepositoryPaths {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    public static let seeds = root.appendingPathComponent("seeds")
}
