import CEditLine
import Foundation
import Shell

/// libedit, as the REPL uses it: reading a line with a prompt, history,
/// completion, and Ctrl-C that interrupts instead of killing.
final class LineEditor {
    enum Input {
        case line(String)
        case interrupted
        case end
    }

    init(name: String) {
        cedit_setup(name)
        cedit_install_interrupt_handler()
    }

    func read(prompt: String) -> Input {
        guard let raw = cedit_readline(prompt) else {
            return cedit_take_interrupt() != 0 ? .interrupted : .end
        }
        defer { free(raw) }
        _ = cedit_take_interrupt()
        return .line(String(cString: raw))
    }

    /// Adds an entry unless it repeats the previous one; trailing blanks
    /// (completion leaves a space) do not make an entry different.
    func addHistory(_ entry: String) {
        var trimmed = Substring(entry)
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        if let last = cedit_last_history(), String(cString: last) == trimmed { return }
        cedit_add_history(String(trimmed))
    }

    func loadHistory(_ path: String) {
        cedit_stifle_history(Int32(HistoryFile.maxEntries))
        _ = cedit_read_history(path)
    }

    func saveHistory(_ path: String) {
        cedit_stifle_history(Int32(HistoryFile.maxEntries))
        _ = cedit_write_history(path)
    }

    /// Whether Ctrl-C was pressed; safe to ask from any thread.
    static var isInterrupted: Bool { cedit_is_interrupted() != 0 }

    func takeInterrupt() -> Bool { cedit_take_interrupt() != 0 }

    /// The C callback cannot capture context, so the completion source is a
    /// global set once here.
    func enableCompletion(_ provider: @escaping (_ before: String, _ word: String) -> [String]) {
        CompletionBridge.provider = provider
        cedit_set_completion(CompletionBridge.generate, " \t\n(),=<>;")
    }
}

/// Holds the completion source for libedit's C callback.
enum CompletionBridge {
    nonisolated(unsafe) static var provider: ((String, String) -> [String])?
    nonisolated(unsafe) static var pendingLines = ""
    nonisolated(unsafe) private static var candidates: [String] = []

    static let generate: cedit_generator = { text, state in
        if state == 0 {
            let word = text.map { String(cString: $0) } ?? ""
            let buffer = cedit_line_buffer().map { String(cString: $0) } ?? ""
            let point = Int(cedit_point())
            let bytes = Array(buffer.utf8)
            let upToCursor = String(decoding: bytes[..<min(point, bytes.count)], as: UTF8.self)
            let before = pendingLines + String(upToCursor.dropLast(word.count))
            candidates = provider?(before, word) ?? []
        }
        let index = Int(state)
        guard index < candidates.count else { return nil }
        return strdup(candidates[index])
    }
}
