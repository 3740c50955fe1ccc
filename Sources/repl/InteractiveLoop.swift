import FactStore
import Foundation
import Query
import Shell

/// The interactive session: prompt, continuation lines when the parser says
/// the statement is not finished, history, completion, Ctrl-C and Ctrl-D.
final class InteractiveLoop {
    let session: Session
    let historyPath: String?
    let editor = LineEditor(name: "aiquery")
    private var historyWritable = false

    init(session: Session, historyPath: String?) {
        self.session = session
        self.historyPath = historyPath
        session.isInterrupted = { LineEditor.isInterrupted }
        // On a terminal, long answers are capped and paged (psql, DuckDB).
        session.settings.maxRows = 40
        session.settings.pager = .auto
        session.settings.height = Terminal.height()
        // The knowledge base of the moment: `.ingest` may have added names.
        editor.enableCompletion { [session] before, word in Completer(kb: session.kb).candidates(before: before, word: word) }
        loadHistory()
    }

    func printBanner(version: String) {
        let kb = session.kb
        let facts = kb.factCount - kb.documents.count
        print("aiquery \(version) — \(kb.documents.count) documents, \(facts) facts and entities. Type .help for help, .quit to leave.")
    }

    /// The start-up file, as sqlite3's `~/.sqliterc` and psql's `~/.psqlrc`:
    /// its dot-commands and statements run before the first prompt.
    func runInitFile(_ path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            session.run(try ScriptFile.read(path), name: path)
        } catch {
            session.report(error)
        }
    }

    func run() {
        var pending: [String] = []
        while !session.shouldStop {
            CompletionBridge.pendingLines = pending.isEmpty ? "" : pending.joined(separator: "\n") + "\n"
            switch editor.read(prompt: pending.isEmpty ? session.settings.prompt : session.settings.continuationPrompt) {
            case .interrupted:
                print("^C")
                pending = []
            case .end where !pending.isEmpty:
                // Ctrl-D with a statement half-typed: drop it, leave on the next.
                print("\n(the unfinished statement was discarded; Ctrl-D again leaves)")
                pending = []
            case .end:
                print()
                saveHistory()
                return
            case .line(let line):
                if pending.isEmpty, line.allSatisfy(\.isWhitespace) { continue }
                pending.append(line)
                let entry = pending.joined(separator: "\n")
                let isCommand = pending.count == 1 && line.drop(while: \.isWhitespace).first == "."
                if !isCommand, session.isIncomplete(entry) { continue }
                pending = []
                remember(entry)
                session.settings.width = Terminal.width()
                session.settings.height = Terminal.height()
                session.run(entry)
                _ = editor.takeInterrupt()  // a stopped statement has said so itself
            }
        }
        saveHistory()
    }

    // MARK: - History

    private func loadHistory() {
        guard let historyPath else { return }
        switch HistoryFile.check(historyPath) {
        case .absent, .usable:
            HistoryFile.prepareFolder(of: historyPath)
            editor.loadHistory(historyPath)
            historyWritable = true
        case .unusable(let reason):
            StandardError.write("warning: \(reason); history is off for this session\n")
        }
    }

    private func remember(_ entry: String) {
        editor.addHistory(entry)
        saveHistory()
    }

    private func saveHistory() {
        guard historyWritable, let historyPath else { return }
        editor.saveHistory(historyPath)
    }
}
