import FactStore
import Query

/// An article line by line, the cited line marked and scrolled into view
/// (its anchor is in the address) with the evidence highlighted; then the
/// facts it states and the names it mentions, each linked to a query.
struct ArticlePage {
    let kb: KnowledgeBase

    func render(_ document: Document, line cited: Int?, evidence: String?) -> String {
        var html = "<article class=\"document\"><h1>\(HTML.escape(document.title ?? document.id))</h1>\n<p class=\"meta\">"
        html += [document.outlet, document.date?.description, "document \(document.id)", document.file].compactMap { $0 }.map(HTML.escape)
            .joined(separator: " · ")
        html += "</p>\n<ol class=\"lines\">\n"
        for (index, text) in document.lines.enumerated() {
            let number = index + 1
            let isCited = number == cited
            html += "<li id=\"L\(number)\"\(isCited ? " class=\"cited\"" : "")><a class=\"number\" href=\"#L\(number)\">\(number)</a>"
            html += isCited ? Self.highlighted(text, evidence) : HTML.escape(text)
            html += "</li>\n"
        }
        html += "</ol></article>\n"
        return html + facts(in: document) + mentions(in: document)
    }

    /// The line with the evidence marked where it occurs (it is quoted verbatim).
    static func highlighted(_ line: String, _ evidence: String?) -> String {
        guard let evidence, !evidence.isEmpty, let range = line.range(of: evidence) else { return HTML.escape(line) }
        return HTML.escape(String(line[..<range.lowerBound])) + "<mark>" + HTML.escape(String(line[range])) + "</mark>"
            + HTML.escape(String(line[range.upperBound...]))
    }

    /// Every curated or extracted fact one of whose citations is in the document.
    private func facts(in document: Document) -> String {
        var html = ""
        for (kind, schema) in kb.schema.kinds.enumerated() where !schema.isDerived {
            let table = kb.table(kind)
            let rows = (0..<table.count).filter { row in table.allCitations(row: row).contains { $0.document == document.id } }
            guard !rows.isEmpty else { continue }
            html += "<h2>\(HTML.escape(schema.name)) (\(rows.count))</h2>\n<ul class=\"facts\">\n"
            for row in rows {
                let places = table.allCitations(row: row).filter { $0.document == document.id }
                html += "<li>" + CardHTML.factLink(kind: schema.name, id: table.ids[row]) + " "
                    + places.map(CardHTML.source).joined(separator: " ") + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html.isEmpty ? "" : "<section class=\"held\"><h1>Facts stated here</h1>\n" + html + "</section>\n"
    }

    /// The entities the text names, most named first.
    private func mentions(in document: Document) -> String {
        guard let kind = kb.schema.kindIndex(named: "mentions"), let entityField = kb.schema.kinds[kind].fieldIndex(named: "entity") else { return "" }
        let table = kb.table(kind)
        var counts: [String: Int] = [:]
        var order: [String] = []
        for row in 0..<table.count where table.citations[row]?.document == document.id {
            guard case .entity(let entity)? = table.value(row: row, field: entityField) else { continue }
            let name = kb.name(of: entity)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        guard !order.isEmpty else { return "" }
        let query = "find mentions where doc = " + CanonicalPrinter.quote(document.id)
        var html = "<section class=\"mentions\"><h1>Names mentioned (<a href=\"\(HTML.escape(Links.query(query)))\">\(counts.values.reduce(0, +))</a>)</h1>\n<ul>\n"
        for name in order.sorted(by: { counts[$0]! > counts[$1]! }) {
            html += "<li><a href=\"\(HTML.escape(Links.entity(name)))\">\(HTML.escape(name))</a> \(counts[name]!)</li>\n"
        }
        return html + "</ul></section>\n"
    }
}
