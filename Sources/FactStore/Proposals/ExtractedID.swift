import Lexer

/// Ids for what the extractor adds, readable like curated ones:
/// `nvidia_acquisition_velora`, `priya_natarajan_joins_anthropic`.
enum ExtractedID {
    /// Folded words joined by `_`: `Mistral AI` → `mistral_ai`.
    static func slug(_ text: String) -> String {
        let words = Words.split(text).map(\.text)
        return words.isEmpty ? "unnamed" : words.joined(separator: "_")
    }

    static func forFact(_ values: [Value?], kind: KindSchema, name: (EntityRef) -> String) -> String {
        func names(_ field: String) -> String? {
            guard let index = kind.fieldIndex(named: field), let value = values[index] else { return nil }
            let refs = value.members.compactMap { if case .entity(let ref) = $0 { ref } else { nil } }
            return refs.isEmpty ? nil : refs.map { slug(name($0)) }.joined(separator: "_")
        }
        func word(_ field: String) -> String? {
            guard let index = kind.fieldIndex(named: field) else { return nil }
            switch values[index] {
            case .enumeration(let text)?, .text(let text)?: return slug(text)
            default: return nil
            }
        }
        let parts: [String?]
        switch kind.name {
        case "deals": parts = [names("buyer"), word("kind") ?? "deal", names("target")]
        case "hires": parts = names("person").map { [$0, "joins", names("to")] } ?? [names("to"), "hires_from", names("from")]
        case "projects": parts = [names("owner"), word("what") ?? "project"]
        default: parts = [kind.singular]
        }
        return parts.compactMap { $0 }.joined(separator: "_")
    }
}
