import FactStore
import Foundation

// MARK: - .ingest

extension Session {
    /// `.ingest FILE [ID]`: adds an article to this session. A bad file
    /// changes nothing.
    func ingest(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw ShellError(".ingest takes a file name, and optionally an id") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ShellError("cannot open '\(path)': no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read '\(path)'")
        }
        let id = arguments.count > 1 ? arguments[1] : KnowledgeBase.documentID(forFile: path)
        let updated = try kb.adding(id: id, file: path, bytes: Array(data))
        replaceKnowledgeBase(updated)
        let document = updated.documents.last!
        let sentences = updated.text.sentences.filter { $0.document == id }.count
        output.write("ingested \(id): \(document.lines.count) lines, \(sentences) sentences\n")
    }
}
