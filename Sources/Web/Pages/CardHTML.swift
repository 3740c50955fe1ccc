import FactStore
import Query

/// `describe` as HTML: the entity's fields, where it is stated, how often
/// the articles name it, and every fact that refers to it, each linked.
struct CardHTML {
    func render(_ card: EntityCard, contradictions: [Contradiction] = []) -> String {
        var html = "<section class=\"card\"><h1>\(HTML.escape(card.name)) <span class=\"kind\">\(HTML.escape(card.kind))</span></h1>\n<dl>\n"
        for (name, cell) in card.fields {
            html += "<dt>\(HTML.escape(name))</dt><dd>\(HTML.escape(ValueText.human(cell)))</dd>\n"
        }
        if let citation = card.citation {
            html += "<dt>source</dt><dd>\(Self.source(citation)) “\(HTML.escape(citation.evidence))”</dd>\n"
        }
        if let named = card.textMentions {
            let query = "find mentions where entity = " + CanonicalPrinter.quote(card.name)
            html += "<dt>named</dt><dd><a href=\"\(HTML.escape(Links.query(query)))\">\(named.count == 1 ? "once" : "\(named.count) times") in "
                + "\(named.documents == 1 ? "1 document" : "\(named.documents) documents")</a></dd>\n"
        }
        html += "</dl>\n"
        for group in card.mentions {
            html += "<h2>\(HTML.escape(group.kind)) (\(group.facts.count))</h2>\n<ul class=\"facts\">\n"
            for fact in group.facts {
                html += "<li>" + Self.factLink(kind: group.kind, id: fact.id) + " " + HTML.escape(fact.summary)
                    + (fact.citation.map { " " + Self.source($0) } ?? "") + "</li>\n"
            }
            html += "</ul>\n"
        }
        if card.mentions.isEmpty { html += "<p class=\"note\">no other fact refers to \(HTML.escape(card.name))</p>\n" }
        if !contradictions.isEmpty {
            html += "<h2>contradictions (\(contradictions.count))</h2>\n<ul class=\"facts\">\n"
            for contradiction in contradictions {
                html += "<li>" + Self.factLink(kind: contradiction.kind, id: contradiction.id) + " " + HTML.escape(contradiction.summary)
                    + (contradiction.citation.map { " " + Self.source($0) } ?? "") + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    /// A contradiction between two facts, one of which involves the entity.
    struct Contradiction {
        let kind: String
        let id: String
        let summary: String
        let citation: Citation?
    }

    static func factLink(kind: String, id: String) -> String {
        let query = "find \(kind) where id = " + CanonicalPrinter.quote(id)
        return "<a class=\"fact\" href=\"\(HTML.escape(Links.query(query)))\">\(HTML.escape(id))</a>"
    }

    static func source(_ citation: Citation) -> String {
        let link = Links.document(citation.document, line: citation.line, evidence: citation.evidence)
        return "<a class=\"source\" href=\"\(HTML.escape(link))\">[\(HTML.escape(citation.description))]</a>"
    }
}
