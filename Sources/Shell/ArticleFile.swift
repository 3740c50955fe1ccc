import Extraction
import FactStore
import Foundation
import Lexer

/// An article named on the command line or to `.ingest`: read whole, within
/// the article size limit, its byte-order mark dropped.
enum ArticleFile {
    /// Throws a `ShellError` about `argument` (its position, for the caret).
    static func read(_ path: String, limits: Limits, argument: Int = 0) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ShellError("cannot open '\(TerminalText.safe(path))': no such file", argument: argument)
        }
        guard !isDirectory.boolValue else { throw ShellError("cannot read '\(TerminalText.safe(path))': it is a folder", argument: argument) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limits[.articleBytes] else {
            throw ShellError("'\(TerminalText.safe(path))' is \(Limits.grouped(size)) bytes; an article has " + limits.explain(.articleBytes),
                             argument: argument)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read '\(TerminalText.safe(path))'", argument: argument)
        }
        return SeedFiles.withoutByteOrderMark(Array(data))
    }
}

/// `repl extract FILE…`: the facts the extractor reads from articles, as
/// records to review (facts-file format, or JSON), against the store's
/// known entities. A file that cannot be read stops it before anything is printed.
public enum ExtractRun {
    public static func records(of paths: [String], in kb: KnowledgeBase, limits: Limits, json: Bool) throws -> String {
        var articles: [KnowledgeBase.Article] = []
        var ids = Set(kb.documents.map(\.id))
        for path in paths {
            let bytes = try ArticleFile.read(path, limits: limits)
            var id = KnowledgeBase.documentID(forFile: path)
            if ids.contains(id) { id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
            ids.insert(id)
            articles.append(KnowledgeBase.Article(id: id, file: path, bytes: bytes))
        }
        let added = try kb.adding(articles)
        let records = ExtractedRecords(kb: added, documents: Set(articles.map(\.id)))
        return json ? records.json : records.factsFile
    }
}
