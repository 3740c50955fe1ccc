import Foundation

/// A file written in large pieces: a million records are not one string.
final class BufferedFile {
    private let handle: FileHandle
    private var buffer = ""
    static let flushAt = 4 << 20

    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw GeneratorError("cannot write \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= Self.flushAt { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }
}

/// Why a data folder could not be generated.
public struct GeneratorError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
