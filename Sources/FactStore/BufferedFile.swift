import Foundation

/// A file written in large pieces: a million records are not one string.
public final class BufferedFile {
    private let handle: FileHandle
    private var buffer = ""
    static let flushAt = 4 << 20

    public init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw WriteError(description: "cannot write \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
    }

    public func write(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= Self.flushAt { try flush() }
    }

    public func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }
}

/// A file that could not be written.
public struct WriteError: Error, CustomStringConvertible {
    public let description: String
}
