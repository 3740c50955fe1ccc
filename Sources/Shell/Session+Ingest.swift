import Lexer
import FactStore
import Foundation

// MARK: - .ingest

extension Session {
    /// `.ingest FILE [ID]`: adds an article to this session. A bad file,
    /// or Ctrl-C before its text layer is derived, changes nothing.
    func ingest(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw ShellError(".ingest takes a file name, and optionally an id") }
        // The server answers for the store as exported; an article added here only would part them.
        guard remote == nil else { throw ShellError(".ingest is not available with --engine: add the article to the data folder, export it again and load it") }
        let bytes = try ArticleFile.read(path, limits: settings.limits)
        let id = arguments.count > 1 ? arguments[1] : KnowledgeBase.documentID(forFile: path)
        let updated = try kb.adding(id: id, file: path, bytes: bytes)
        guard updated.deriveTextLayer(isCancelled: isInterrupted) != nil else {
            throw ShellError("interrupted: '\(TerminalText.safe(path))' was not ingested; the session is as it was")
        }
        replaceKnowledgeBase(updated)
        let document = updated.documents.last!
        func derived(_ kind: String) -> Int {
            guard let table = updated.table(named: kind) else { return 0 }
            return table.citations.filter { $0?.document == id }.count
        }
        output.write("ingested \(id): \(counted(document.lineCount, "line")), \(counted(derived("sentences"), "sentence")), "
                     + "\(counted(derived("mentions"), "mention")), \(counted(derived("amounts"), "amount"))"
                     + extractionReport(updated, document: id) + "\n")
    }

    /// `; extracted 1 deal, 0 hires, 1 project (2 new entities; 1 more restates a known fact)`
    private func extractionReport(_ kb: KnowledgeBase, document: String) -> String {
        let summary = ExtractionSummary(kb: kb, document: document)
        guard !summary.kinds.isEmpty else { return "" }
        var report = "; extracted " + summary.kinds.map { counted($0.new, $0.singular) }.joined(separator: ", ")
        var notes: [String] = []
        if summary.newEntities > 0 { notes.append(counted(summary.newEntities, "new entity", plural: "new entities")) }
        if summary.joined > 0 { notes.append("\(summary.joined) more \(summary.joined == 1 ? "restates a known fact" : "restate known facts")") }
        if !notes.isEmpty { report += " (" + notes.joined(separator: "; ") + ")" }
        return report
    }

    private func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
