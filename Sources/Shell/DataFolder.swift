import FactStore
import Foundation
import Lexer

/// Opens a data folder: the checked load of its files, then the articles
/// of `corpus/` the manifest does not list (each gets an id from its file
/// name), then extraction unless told not to. A bad article stops the whole load.
public enum DataFolder {
    public struct Opened {
        public let kb: KnowledgeBase
        /// What the user should know: articles loaded that the manifest does not list.
        public let notes: [String]
    }

    /// With `extracting` false, facts come from the facts files only (a
    /// folder that is curated throughout, a generated one); the articles
    /// still get their text layer. With `snapshot`, a large folder's store
    /// is read from its snapshot while its files are unchanged, and
    /// written there after it is loaded from them (`StoreSnapshot`); so are
    /// the facts extracted from its articles (`ExtractionSnapshot`).
    public static func open(_ directory: URL, limits: Limits, extracting: Bool = true, snapshot: Bool = true) throws -> Opened {
        let files = try SeedFiles.read(directory: directory, limits: limits)
        let kb = snapshot ? try StoreSnapshot.load(files, snapshot: StoreSnapshot.path(in: directory.path)).0 : try Loader.load(files)
        let listed = Set(kb.documents.map(\.file))
        var ids = Set(kb.documents.map(\.id))
        var articles: [KnowledgeBase.Article] = []
        for path in files.corpusFiles where !listed.contains(path) {
            let bytes = try files.readDocument(path).get()
            let id = KnowledgeBase.documentID(forFile: path, avoiding: ids)
            ids.insert(id)
            articles.append(KnowledgeBase.Article(id: id, file: path, bytes: SeedFiles.withoutByteOrderMark(bytes)))
        }
        let added = try kb.adding(articles)
        let opened = extracting ? added.withExtraction().keepingExtraction(snapshot: snapshot, in: directory, files: files) : added
        guard !articles.isEmpty else { return Opened(kb: opened, notes: []) }
        let shown = articles.prefix(5).map { "\($0.file) as \($0.id)" }.joined(separator: ", ") + (articles.count > 5 ? ", …" : "")
        let count = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        return Opened(kb: opened, notes: ["note: loaded \(count) of corpus/ that manifest.kb does not list: \(shown); "
                                          + "list \(articles.count == 1 ? "it" : "them") in manifest.kb to give a title and a date"])
    }
}

private extension KnowledgeBase {
    func keepingExtraction(snapshot: Bool, in directory: URL, files: SeedFiles) -> KnowledgeBase {
        guard snapshot, let kept = ExtractionSnapshot(path: ExtractionSnapshot.path(in: directory.path), files: files, documents: documents) else {
            return self
        }
        return keepingExtraction(in: kept)
    }
}
