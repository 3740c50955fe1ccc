import Lexer
import FactStore

/// `describe`: the entity's card, then every fact about it by kind, each
/// with its citation.
struct CardRenderer {
    let options: RenderOptions

    func render(_ card: EntityCard) -> String {
        var out = bold(TerminalText.safe(card.name)) + " (\(card.kind))\n"
        let labelWidth = max(card.fields.map { $0.0.count }.max() ?? 0, 6)
        for (name, cell) in card.fields {
            out += "  " + name.padding(labelWidth) + "  " + TerminalText.safe(ValueText.human(cell)) + "\n"
        }
        if let citation = card.citation {
            out += "  " + "source".padding(labelWidth) + "  \(citation) “\(TerminalText.safe(citation.evidence))”\n"
        }
        if let named = card.textMentions {
            let times = named.count == 1 ? "once" : "\(named.count) times"
            let documents = named.documents == 1 ? "1 document" : "\(named.documents) documents"
            out += "  " + "named".padding(labelWidth) + "  \(times) in \(documents)"
                + " (find mentions where entity = \(CanonicalPrinter.quote(card.name)))\n"
        }
        for group in card.mentions {
            out += "\n" + bold("\(group.kind) (\(group.facts.count))") + "\n"
            let idWidth = group.facts.map { $0.id.count }.max() ?? 0
            for fact in group.facts {
                out += "  " + fact.id.padding(idWidth) + "  " + TerminalText.safe(fact.summary)
                if let citation = fact.citation { out += "  [\(citation)]" }
                out += "\n"
                if options.citations, let citation = fact.citation {
                    out += "  " + String(repeating: " ", count: idWidth) + "  ↳ “\(TerminalText.safe(citation.evidence))”\n"
                }
            }
        }
        if card.mentions.isEmpty { out += "\nno other fact refers to \(TerminalText.safe(card.name))\n" }
        return out
    }

    func bold(_ text: String) -> String { options.color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
}

private extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
