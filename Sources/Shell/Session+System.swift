import Foundation
import Lexer

// MARK: - .shell, .system

extension Session {
    /// Runs `command` with `/bin/sh -c`; what it prints goes where answers
    /// go (standard output, or the `.output` file), its errors to standard
    /// error. A status other than 0 is an error of the dot-command.
    func runShell(_ command: String?) throws {
        guard let command else { throw ShellError(".shell takes a command to run") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let printed = Pipe()
        process.standardOutput = printed
        do { try process.run() } catch { throw ShellError("cannot run /bin/sh: \(error.localizedDescription)") }
        let data = printed.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        output.write(TerminalText.safe(String(decoding: data, as: UTF8.self), keepingLineBreaks: true))
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status \(process.terminationStatus)" : "was stopped by signal \(process.terminationStatus)"
            throw ShellError("'\(TerminalText.safe(command))' \(how)", argument: 0)
        }
    }
}
