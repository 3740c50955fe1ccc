import Lexer

extension KnowledgeBase {
    /// An article to add: its id, its file (as named to the user) and its bytes.
    public struct Article: Sendable {
        public let id: String
        public let file: String
        public let bytes: [UInt8]

        public init(id: String, file: String, bytes: [UInt8]) {
            self.id = id
            self.file = file
            self.bytes = bytes
        }
    }

    /// A knowledge base with one more article: the same facts, the document
    /// added to `documents` (its language guessed from its words: `fr`, `en`
    /// or `und`), and the text layer derived for it. The article must be
    /// non-empty UTF-8 text with an id no document has.
    public func adding(id: String, file: String, bytes: [UInt8]) throws(SeedError) -> KnowledgeBase {
        try adding([Article(id: id, file: file, bytes: bytes)])
    }

    /// Several articles at once; if any is refused, none is added.
    public func adding(_ articles: [Article]) throws(SeedError) -> KnowledgeBase {
        var ids = Set(documents.map(\.id))
        var added: [Document] = []
        var tables = curated
        for article in articles {
            guard ids.insert(article.id).inserted else {
                throw SeedError("a document with the id '\(article.id)' is already loaded; give another: .ingest FILE ID")
            }
            let document = try Self.document(article)
            added.append(document)
            guard let index = schema.kindIndex(named: "documents") else { continue }
            var values = [Value?](repeating: nil, count: schema.kinds[index].fields.count)
            if let field = schema.kinds[index].fieldIndex(named: "file") { values[field] = .text(article.file) }
            if let field = schema.kinds[index].fieldIndex(named: "language") { values[field] = .text(document.language) }
            tables[index].append(id: article.id, values: values, citation: nil, also: [], article: nil)
        }
        return KnowledgeBase(schema: schema, documents: documents + added, tables: tables, entities: curatedEntities, proposer: proposer)
    }

    private static func document(_ article: Article) throws(SeedError) -> Document {
        let file = article.file
        guard !article.bytes.isEmpty else { throw SeedError("'\(file)' is empty") }
        guard !article.bytes.contains(0) else { throw SeedError("'\(file)' is binary, not text") }
        guard let text = String(validating: article.bytes, as: UTF8.self) else { throw SeedError("'\(file)' is not UTF-8 text") }
        guard text.contains(where: { $0.isLetter }) else { throw SeedError("'\(file)' has no words") }
        let untagged = Document(id: article.id, file: file, title: nil, outlet: nil, date: nil, language: "und", bytes: article.bytes)
        let language = Language.guess(lines: untagged.lines)?.rawValue ?? "und"
        return Document(id: article.id, file: file, title: nil, outlet: nil, date: nil, language: language, bytes: article.bytes)
    }

    /// An id for an article from its file name: the digits before the first
    /// `_` (`005_story.txt` → `005`), else the name without its extension.
    public static func documentID(forFile path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let prefix = stem.prefix { $0.isNumber }
        return prefix.isEmpty ? stem : String(prefix)
    }

    /// An id for an article that none of `taken` is: `documentID(forFile:)`,
    /// else the file's name without its extension (`005_a.txt` beside a
    /// listed `005` is `005_a`).
    public static func documentID(forFile path: String, avoiding taken: Set<String>) -> String {
        let id = documentID(forFile: path)
        guard taken.contains(id) else { return id }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
