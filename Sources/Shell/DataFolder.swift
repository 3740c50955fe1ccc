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
        let folder = try SeedFolder.read(directory: directory, limits: limits)
        let kb: KnowledgeBase, sources: [SourceDigest]?
        if snapshot {
            let loaded = try StoreSnapshot.load(folder, snapshot: StoreSnapshot.path(in: directory.path))
            (kb, sources) = (loaded.kb, loaded.sources)
        } else {
            (kb, sources) = (try Loader.load(try folder.files()), nil)
        }
        let listed = Set(kb.documents.map(\.file))
        var ids = Set(kb.documents.map(\.id))
        var articles: [KnowledgeBase.Article] = []
        for path in folder.corpusFiles where !listed.contains(path) {
            let bytes = try folder.readDocument(path).get()
            let id = KnowledgeBase.documentID(forFile: path, avoiding: ids)
            ids.insert(id)
            articles.append(KnowledgeBase.Article(id: id, file: path, bytes: SeedFiles.withoutByteOrderMark(bytes)))
        }
        let added = try kb.adding(articles)
        let opened = extracting ? added.withExtraction().keepingExtraction(in: directory, sources: sources) : added
        guard !articles.isEmpty else { return Opened(kb: opened, notes: []) }
        let shown = articles.prefix(5).map { "\($0.file) as \($0.id)" }.joined(separator: ", ") + (articles.count > 5 ? ", …" : "")
        let count = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        return Opened(kb: opened, notes: ["note: loaded \(count) of corpus/ that manifest.kb does not list: \(shown); "
                                          + "list \(articles.count == 1 ? "it" : "them") in manifest.kb to give a title and a date"])
    }
}

private extension KnowledgeBase {
    /// `sources`: nil when the folder is loaded without snapshots.
    func keepingExtraction(in directory: URL, sources: [SourceDigest]?) -> KnowledgeBase {
        guard let sources, let kept = ExtractionSnapshot(path: ExtractionSnapshot.path(in: directory.path), sources: sources, documents: documents) else {
            return self
        }
        return keepingExtraction(in: kept)
    }
}
