/// What a proposer's reading of the articles adds to a store: the tables
/// of the kinds that took proposed facts or entities, merged with the
/// curated ones, and the entity names, the extracted entities' included.
struct ExtractedFacts: Sendable {
    /// By kind index; a kind that took nothing is absent.
    let tables: [Int: FactTable]
    let entities: EntityIndex
}
