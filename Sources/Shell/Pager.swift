import Foundation

/// When long answers go through a pager, as psql's `\pset pager` does.
public enum PagerMode: String, CaseIterable, Sendable {
    /// Page an answer taller than the terminal.
    case auto
    case on
    case off
}

/// Shows text through `$PAGER` (or `less -SFRX`: no wrapping, quit when it
/// fits one screen, colours kept, the screen not cleared).
enum Pager {
    static let standardCommand = "less -SFRX"

    static func wanted(_ mode: PagerMode, lines: Int, height: Int?) -> Bool {
        switch mode {
        case .off: false
        case .on: true
        case .auto: height.map { lines >= $0 } ?? false
        }
    }

    static var command: String {
        let configured = ProcessInfo.processInfo.environment["PAGER"] ?? ""
        return configured.allSatisfy(\.isWhitespace) ? standardCommand : configured
    }

    /// Runs the pager with `text` on its input and waits for it; if it
    /// cannot start, the text goes to `fallback` with a word on why.
    static func show(_ text: String, fallback: OutputSink) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            StandardError.write("warning: the pager '\(command)' did not start; .pager off turns it off\n")
            return fallback.write(text)
        }
        // A pager that quits early closes the pipe: writing must not kill us.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        if process.terminationReason == .exit, process.terminationStatus == 127 {
            StandardError.write("warning: the pager '\(command)' was not found; .pager off turns it off\n")
            fallback.write(text)
        }
    }
}

extension String {
    var lineCount: Int { utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
}
