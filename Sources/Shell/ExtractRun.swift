import Extraction
import FactStore
import Lexer

/// `repl extract FILE…`: the facts the extractor reads from articles, as
/// records to review (facts-file format, or JSON), against the store's
/// known entities. A file that cannot be read stops it before anything is printed.
public enum ExtractRun {
    public static func records(of paths: [String], in kb: KnowledgeBase, limits: Limits, json: Bool) throws -> String {
        var articles: [KnowledgeBase.Article] = []
        var ids = Set(kb.documents.map(\.id))
        for path in paths {
            let bytes = try ArticleFile.read(path, limits: limits)
            let id = KnowledgeBase.documentID(forFile: path, avoiding: ids)
            ids.insert(id)
            articles.append(KnowledgeBase.Article(id: id, file: path, bytes: bytes))
        }
        let added = try kb.adding(articles)
        let records = ExtractedRecords(kb: added, documents: Set(articles.map(\.id)))
        return json ? records.json : records.factsFile
    }
}
