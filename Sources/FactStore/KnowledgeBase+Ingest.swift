import Lexer

extension KnowledgeBase {
    /// A knowledge base with one more article: the same facts, the document
    /// added to `documents` (its language guessed from its words: `fr`, `en`
    /// or `und`), and the text layer derived for it. The article must be
    /// non-empty UTF-8 text with an id no document has.
    public func adding(id: String, file: String, bytes: [UInt8]) throws(SeedError) -> KnowledgeBase {
        guard !documents.contains(where: { $0.id == id }) else {
            throw SeedError("a document with the id '\(id)' is already loaded; give another: .ingest FILE ID")
        }
        guard !bytes.isEmpty else { throw SeedError("'\(file)' is empty") }
        guard !bytes.contains(0) else { throw SeedError("'\(file)' is binary, not text") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw SeedError("'\(file)' is not UTF-8 text") }
        guard text.contains(where: { $0.isLetter }) else { throw SeedError("'\(file)' has no words") }
        let language = Language.guess(lines: Document.splitLines(text))?.rawValue ?? "und"
        let document = Document(id: id, file: file, title: nil, outlet: nil, date: nil, language: language, text: text)
        var tables = curated
        if let index = schema.kindIndex(named: "documents") {
            var values = [Value?](repeating: nil, count: schema.kinds[index].fields.count)
            if let field = schema.kinds[index].fieldIndex(named: "file") { values[field] = .text(file) }
            if let field = schema.kinds[index].fieldIndex(named: "language") { values[field] = .text(language) }
            tables[index].append(id: id, values: values, citation: nil, also: [])
        }
        return KnowledgeBase(schema: schema, documents: documents + [document], tables: tables, entities: curatedEntities, proposer: proposer)
    }

    /// An id for an article from its file name: the digits before the first
    /// `_` (`005_story.txt` → `005`), else the name without its extension.
    public static func documentID(forFile path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let prefix = stem.prefix { $0.isNumber }
        return prefix.isEmpty ? stem : String(prefix)
    }
}
