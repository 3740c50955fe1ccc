import Extraction
import FactStore
import FuzzDriver
import Lexer

/// Article bytes through ingestion and the text layer (sentences,
/// mentions, amounts, and the extractor's deals, hires and projects merged
/// with the curated facts), and the amount reader in each language.
let kb = try! Loader.load(try! SeedFiles.read(directory: SeedFiles.bundledDirectory()))
let extractor = Extractor(schema: kb.schema)

// libFuzzer looks this symbol up even when main.swift runs its driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = bytes(data, size)
    // The checks of .ingest, then the text layer of that one article (the
    // bundled ones are not derived again for every input).
    if let grown = try? kb.adding(id: "fuzz", file: "fuzz.txt", bytes: bytes), let document = grown.documents.last {
        _ = TextLayer.derive(documents: [document], schema: kb.schema, entities: kb.entities, curated: kb.tables, proposer: extractor)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    for language in [nil] + Language.allCases.map(Optional.some) {
        _ = AmountExtractor().amounts(in: text, language: language)
    }
    return 0
}
