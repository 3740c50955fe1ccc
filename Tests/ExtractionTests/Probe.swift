import Extraction
import FactStore

/// Runs the extractor on a text added to the bundled store, as `.ingest`
/// does, and gives the facts it extracted from that text.
enum Probe {
    static let base = BundledCorpusExtractionTests.curated.settingAside(BundledCorpusExtractionTests.kinds).extracting(with: Extractor(schema: BundledCorpusExtractionTests.curated.schema))

    static func store(with text: String, id: String = "t") throws -> KnowledgeBase {
        try base.adding(id: id, file: "\(id).txt", bytes: Array(text.utf8))
    }

    static func facts(_ text: String) throws -> [FactKey] {
        let kb = try store(with: text)
        return BundledCorpusExtractionTests.keys(kb, extractedOnly: true).filter { $0.document == "t" }
    }
}
