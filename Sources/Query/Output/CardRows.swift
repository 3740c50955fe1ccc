import FactStore

extension EntityCard {
    /// The card as rows, for CSV, TSV and Markdown, with the same columns
    /// for every entity: one row per field of the entity (the first, `kind`,
    /// carries the entity's own citation), how often the text names it, then
    /// one row per fact that refers to it (`part` is the fact's kind, `name`
    /// its id, `value` its summary) with its place.
    public var rows: ResultTable {
        var parts: [(part: String, name: String, value: Cell, citation: Citation?)] = [("entity", "kind", .text(kind), citation)]
        parts += fields.map { ("entity", $0.0, $0.1, nil) }
        if let named = textMentions {
            parts += [("named", "times", .count(named.count), nil), ("named", "documents", .count(named.documents), nil)]
        }
        for group in mentions {
            parts += group.facts.map { (group.kind, $0.id, .text($0.summary), $0.citation) }
        }
        return ResultTable(columns: ["entity", "part", "name", "value", "source"].map { ResultColumn($0) },
                           rows: parts.map { [.text(name), .text($0.part), .text($0.name), $0.value,
                                              $0.citation.map { .text($0.description) } ?? .missing] },
                           citations: parts.map { $0.citation.map { [$0] } ?? [] },
                           footer: "\(parts.count) rows about \(name)", cited: true)
    }
}
