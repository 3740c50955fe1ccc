import Foundation

/// Where answers go: standard output, or a file chosen with `.output FILE`.
/// Diagnostics always go to standard error.
public final class OutputSink {
    private let standard: FileHandle?
    private var handle: FileHandle?
    public private(set) var path: String?
    /// What was written, when the sink captures instead of writing (tests).
    public private(set) var captured = ""

    /// Writes to `standard` (standard output by default).
    public convenience init(_ standard: FileHandle = .standardOutput) {
        self.init(handle: standard)
    }

    private init(handle: FileHandle?) {
        self.standard = handle
        self.handle = handle
    }

    /// A sink that keeps everything written in `captured` (for tests).
    public static func memory() -> OutputSink {
        OutputSink(handle: nil)
    }

    public var isStandardOutput: Bool { path == nil }
    /// Set by `.once`: the redirection ends with the next answer.
    private var once = false

    public func write(_ text: String) {
        if let handle { handle.write(Data(text.utf8)) } else { captured += text }
    }

    /// Sends answers to `path` (created or truncated) from now on. The file
    /// is opened where it is, never replaced: `.output /dev/null` writes to
    /// the device, a symbolic link to its target, a named pipe to its reader.
    public func redirect(to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw ShellError("cannot write to '\(path)': \(String(cString: strerror(errno)))")
        }
        close()
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.path = path
    }

    /// Sends only the next answer to `path` (`.once FILE`).
    public func redirectOnce(to path: String) throws {
        try redirect(to: path)
        once = true
    }

    /// Called after each answer: ends a `.once` redirection.
    func endOfAnswer() {
        if once { restore() }
    }

    public func restore() {
        once = false
        close()
        handle = standard
        path = nil
    }

    private func close() {
        if path != nil { try? handle?.close() }
    }
}

/// A problem of the shell itself (a file that cannot be read), as a message.
public struct ShellError: Error, CustomStringConvertible {
    public let description: String
    /// The dot-command argument the error is about (0 is the first), for the caret.
    public let argument: Int?
    public init(_ description: String, argument: Int? = nil) {
        self.description = description
        self.argument = argument
    }
}

/// Writes to standard error, outside a session (before one exists).
public enum StandardError {
    public static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
