import Extraction
import FactStore

extension KnowledgeBase {
    /// The store with the deals, hires and projects the extractor reads
    /// from its articles, merged with the curated ones (read lazily, with
    /// the text layer).
    public func withExtraction() -> KnowledgeBase {
        extracting(with: Extractor(schema: schema))
    }
}
